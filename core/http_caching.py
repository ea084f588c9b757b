"""Which responses a shared cache (Varnish, a CDN, a proxy) may keep, and the surrogate keys that let it drop them.

``CachePolicyMiddleware`` gives every response a ``Cache-Control`` unless its view chose one (``never_cache`` on
the health endpoints, the problem-report form …):

- a 200 answer to an anonymous ``GET``/``HEAD`` outside ``SSO_PRIVATE_PATH_PREFIXES`` that sets no cookie:
  ``public, max-age=SSO_BROWSER_CACHE_SECONDS, s-maxage=SSO_SHARED_CACHE_SECONDS``. Browsers keep it a minute;
  the front cache keeps it for hours, because every change that shows on a page purges it by key
  (``core.front_cache``), so the long lifetime costs no staleness;
- anything else: ``private, no-store`` (via ``add_never_cache_headers``). That covers the admin and previews
  (under ``/admin/``), a request that carries a session cookie (someone signed in, or a visitor who entered a
  page's password: the answer may be theirs alone), a response that sets a cookie (the CSRF cookie of any
  form with a token), the search (its results depend on the whole index, so no key could purge them exactly),
  documents (each request re-checks that a live page still uses the file), POSTs and every non-200 answer.

The public pages carry no CSRF token (``base.html``): the "report a problem" link goes to its own never-cached
form, which is guarded by a signed token and a shared rate limit (``governance.upkeep.problem_reports``).

Surrogate keys: views and hooks call ``add_keys(request, …)``; the middleware writes them, space-separated, into
the ``xkey`` header that Varnish's xkey module indexes and the VCL strips before the client sees it. Only
responses a shared cache may keep carry the header.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers

KEY_HEADER = "xkey"
# Every HTML page shows the menu and the footer (main_menu, SiteContact): purged when they change.
LAYOUT_KEY = "layout"
_REQUEST_ATTRIBUTE = "sso_surrogate_keys"


def add_keys(request, *keys: str) -> None:
    """Mark the response to ``request`` with surrogate ``keys`` (see the module's docstring)."""
    if request is None:
        return
    existing = getattr(request, _REQUEST_ATTRIBUTE, None)
    if existing is None:
        existing = set()
        setattr(request, _REQUEST_ATTRIBUTE, existing)
    existing.update(keys)


def page_key(page_id: int) -> str:
    return f"page-{page_id}"


def tree_key(path: str) -> str:
    """The key of every page under the page at treebeard ``path`` (their breadcrumbs show it)."""
    return f"tree-{path}"


def app_key(app_label: str) -> str:
    """The key of every page of an app's page types (purged when a snippet those pages show changes)."""
    return f"app-{app_label}"


def served_page_keys(page) -> set[str]:
    """The keys of a page's own response, computed from its fields without a query: itself, each ancestor below
    the home page (breadcrumbs), its app, and what its type shows from elsewhere (``front_cache_shows``: e.g. a
    benefit page's related questions, "faq")."""
    steplen = page.steplen
    ancestors = {tree_key(page.path[:end]) for end in range(3 * steplen, len(page.path), steplen)}
    return {page_key(page.pk), app_key(page._meta.app_label), *ancestors, *getattr(page, "front_cache_shows", ())}


def _path_keys(path: str) -> set[str]:
    return {key for prefix, key in getattr(settings, "SSO_SURROGATE_KEY_PATHS", ()) if path.startswith(prefix)}


def _session_cookie(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def shared_cacheable(request, response) -> bool:
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.cookies:
        return False
    if _session_cookie(request) or getattr(request, "is_preview", False):
        return False
    return not request.path.startswith(tuple(settings.SSO_PRIVATE_PATH_PREFIXES))


class CachePolicyMiddleware:
    """Sets ``Cache-Control`` and the ``xkey`` header (see the module's docstring). Sits inside
    ``ConditionalGetMiddleware``, which then adds the ETag and answers 304 to a matching ``If-None-Match``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            if "public" in response["Cache-Control"]:  # the view's own choice (robots.txt): keys still apply
                _write_keys(request, response)
            return response
        if not shared_cacheable(request, response):
            add_never_cache_headers(response)
            return response
        response["Cache-Control"] = (
            f"public, max-age={settings.SSO_BROWSER_CACHE_SECONDS}, s-maxage={settings.SSO_SHARED_CACHE_SECONDS}"
        )
        # No "Vary: Cookie": the public copy is the same for everyone (no user name, no token: base.html), so a
        # cache may give it to any visitor; what differs per user is answered "private" above.
        _write_keys(request, response)
        return response


def _write_keys(request, response) -> None:
    keys = getattr(request, _REQUEST_ATTRIBUTE, set()) | _path_keys(request.path)
    if response.get("Content-Type", "").startswith("text/html"):
        keys.add(LAYOUT_KEY)
    if keys:
        response[KEY_HEADER] = " ".join(sorted(keys))
