"""A front-cache backend for tests: records the keys and URLs it is asked to purge, or fails when told to."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from core.front_cache import PurgeFailed

purged_keys: list[set[str]] = []
purged_urls: list[str] = []
state = {"down": False}


def reset():
    purged_keys.clear()
    purged_urls.clear()
    state["down"] = False


def all_keys() -> set[str]:
    return set().union(*purged_keys) if purged_keys else set()


class RecordingBackend(BaseBackend):
    def purge(self, url):
        purged_urls.append(url)

    def purge_keys(self, keys):
        if state["down"]:
            raise PurgeFailed("varnish down (test)")
        purged_keys.append(set(keys))
