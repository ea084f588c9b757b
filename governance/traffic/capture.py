"""What one request leaves in the traffic log, and from which address it came.

Never stored: request and response bodies (form fields, passwords), cookies, and the values of query
parameters whose names say they are secret (``password``, ``token``, ``csrfmiddlewaretoken``, …).
"""

import ipaddress
from urllib.parse import parse_qsl, urlencode

from django.conf import settings

from governance.access.middleware import ADMIN_PREFIX

SECRET_PARAMETERS = ("pass", "pwd", "token", "secret", "csrf", "session", "key", "otp", "signature")
REDACTED = "[REDACTED]"
MAX_PATH = 2000


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


def safe_path(request) -> str:
    """Path and query with the values of secret-looking parameters replaced."""
    path = request.path
    query = request.META.get("QUERY_STRING", "")
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        cleaned = [
            (name, REDACTED if any(word in name.lower() for word in SECRET_PARAMETERS) else value)
            for name, value in pairs
        ]
        path = f"{path}?{urlencode(cleaned)}"
    return path[:MAX_PATH]


def response_size(response) -> int | None:
    if getattr(response, "streaming", False):
        length = response.get("Content-Length")
        return int(length) if length and length.isdigit() else None
    return len(response.content)


def entry_for(request, response, started_at, duration_seconds: float) -> dict:
    """The field values of one TrafficRecord (its chain fields are added when it is written)."""
    user_id = None
    if request.path.startswith(ADMIN_PREFIX):
        user = getattr(request, "user", None)  # set by AuthenticationMiddleware; read only for admin requests
        if user is not None and user.is_authenticated:
            user_id = user.pk
    return {
        "time": started_at,
        "client_ip": client_ip(request),
        "method": request.method[:10],
        "host": (request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", ""))[:255],
        "path": safe_path(request),
        "status": response.status_code,
        "response_size": response_size(response),
        "duration_ms": max(0, round(duration_seconds * 1000)),
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:512],
        "referrer": request.META.get("HTTP_REFERER", "")[:1000],
        "user_id": user_id,
    }
