"""Outside addresses: does each still answer? Off unless asked for (``check_site --external`` or the setting
``SSO_SITE_CHECK_EXTERNAL_LINKS``), because it makes the server call other websites.

HEAD first, as it fetches no body; GET when HEAD is refused, since some servers answer HEAD with an error. At
most ``SSO_SITE_CHECK_EXTERNAL_MAX_LINKS`` addresses a run, the ones with an open issue first (so a repaired
link closes its issue), then the rest in an order that changes daily, so that successive runs cover them all.
"""

import hashlib
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings

TIMEOUT_SECONDS = 5
WORKERS = 8
DEFAULT_MAX_LINKS = 200
USER_AGENT = "SSO-SiteCheck/1.0 (+https://www.sso.go.th)"


def enabled_by_default() -> bool:
    return getattr(settings, "SSO_SITE_CHECK_EXTERNAL_LINKS", False)


def max_links() -> int:
    return getattr(settings, "SSO_SITE_CHECK_EXTERNAL_MAX_LINKS", DEFAULT_MAX_LINKS)


def choose(urls, first, limit: int, day) -> list[str]:
    """Up to ``limit`` of ``urls``: those in ``first`` (addresses with an open issue), then a daily rotation."""
    urls = set(urls)
    priority = sorted(urls & set(first))
    rest = sorted(urls - set(priority), key=lambda url: hashlib.sha256(f"{day}|{url}".encode()).hexdigest())
    return (priority + rest)[:limit]


def probe(url: str, opener) -> str | None:
    """None when the address answers; otherwise what went wrong, in Thai."""
    problem = None
    for method in ("HEAD", "GET"):
        # Only http(s) addresses reach here (see references), so no file: or other scheme is opened.
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310
        try:
            with opener.open(request, timeout=TIMEOUT_SECONDS):
                return None
        except urllib.error.HTTPError as error:
            problem = f"เว็บไซต์ปลายทางตอบกลับรหัส {error.code}"
            error.close()
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):  # a second try would only wait as long again
                return f"เว็บไซต์ปลายทางไม่ตอบภายใน {TIMEOUT_SECONDS} วินาที"
            problem = f"เปิดไม่ได้ ({reason})"
    return problem


def check_urls(urls: list[str], opener=None) -> dict[str, str | None]:
    """Each address's problem (None when it answers), a few at a time."""
    if not urls:
        return {}
    opener = opener or urllib.request.build_opener()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return dict(zip(urls, pool.map(lambda url: probe(url, opener), urls), strict=True))
