"""Outside addresses: does each still answer? Off unless asked for (``check_site --external`` or the setting
``SSO_SITE_CHECK_EXTERNAL_LINKS``), because it makes the server call other websites.

HEAD first, as it fetches no body; GET when HEAD is refused, since some servers answer HEAD with an error. At
most ``SSO_SITE_CHECK_EXTERNAL_MAX_LINKS`` addresses a run, the ones with an open issue first (so a repaired
link closes its issue), then the rest in an order that changes daily, so that successive runs cover them all.

Links come from what editors write, so the check refuses addresses that resolve inside our own networks
(private, loopback, link-local: the server must not become a way to probe them), also when a redirect leads
there; such a link is reported as a problem, since the public could not follow it either.
"""

import hashlib
import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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
            problem = _("The website answered with code %(code)s") % {"code": error.code}
            error.close()
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):  # a second try would only wait as long again
                return _("The website did not answer within %(seconds)s seconds") % {"seconds": TIMEOUT_SECONDS}
            problem = _("It cannot be opened (%(reason)s)") % {"reason": reason}
    return problem


INTERNAL_ADDRESS = gettext_lazy(
    "The address is on an internal network: the public cannot open it, and internal addresses are not checked"
)


def _require_public(url: str) -> None:
    host = urllib.parse.urlsplit(url).hostname
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)} if host else set()
    except (socket.gaierror, UnicodeError):
        return  # the request itself fails and says so
    if not addresses or not all(ipaddress.ip_address(address.split("%")[0]).is_global for address in addresses):
        raise urllib.error.URLError(str(INTERNAL_ADDRESS))


class _PublicRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _require_public(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class PublicOnlyOpener:
    """urllib's opener for public addresses only (the request and every redirect it follows)."""

    def __init__(self):
        self._opener = urllib.request.build_opener(_PublicRedirects)

    def open(self, request, timeout):
        _require_public(request.full_url)
        return self._opener.open(request, timeout=timeout)


def check_urls(urls: list[str], opener=None) -> dict[str, str | None]:
    """Each address's problem (None when it answers), a few at a time."""
    if not urls:
        return {}
    opener = opener or PublicOnlyOpener()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return dict(zip(urls, pool.map(lambda url: probe(url, opener), urls), strict=True))
