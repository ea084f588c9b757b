"""The address a request came from, believing X-Forwarded-For only from the proxies listed in
``settings.SSO_TRUSTED_PROXIES`` (the traffic log records it; rate limits count by it)."""

import ipaddress

from django.conf import settings


def _trusted_networks():
    return [ipaddress.ip_network(net, strict=False) for net in getattr(settings, "SSO_TRUSTED_PROXIES", [])]


def _is_trusted(address: str, networks) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_ip(request) -> str | None:
    """REMOTE_ADDR, or when that is a trusted proxy, the right-most X-Forwarded-For address that is not one
    (addresses to its left were written by the client and can be forged)."""
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _trusted_networks()
    if networks and _is_trusted(remote, networks):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        for address in reversed(forwarded):
            if not _is_trusted(address, networks):
                remote = address
                break
    try:
        return str(ipaddress.ip_address(remote))
    except ValueError:
        return None
