"""What one request leaves in the traffic log, and from which address it came.

Never stored: request and response bodies (form fields, passwords), cookies, and the values of query
parameters whose names say they are secret (``password``, ``token``, ``csrfmiddlewaretoken``, …).
"""

from urllib.parse import parse_qsl, urlencode

from core.client_address import client_ip
from governance.access.middleware import ADMIN_PREFIX

SECRET_PARAMETERS = ("pass", "pwd", "token", "secret", "csrf", "session", "key", "otp", "signature")
REDACTED = "[REDACTED]"
MAX_PATH = 2000


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
