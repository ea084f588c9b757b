"""Records every request to the public site and the admin in the traffic log (seed §3.4)."""

import time

from django.conf import settings
from django.utils import timezone

from core.health import PREFIX as HEALTH_PREFIX
from governance.traffic.capture import entry_for
from governance.traffic.writer import writer


class TrafficLogMiddleware:
    """First in MIDDLEWARE, so the duration covers the whole stack and every response is seen (errors too).

    The health endpoints (``/-/live/``, ``/-/ready/``) are left out: a load balancer probes them every few
    seconds from its own address, which is no visitor's traffic and would bury the records that are."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "SSO_TRAFFIC_LOG_ENABLED", True) or request.path.startswith(HEALTH_PREFIX):
            return self.get_response(request)
        started_at = timezone.now()
        clock = time.perf_counter()
        response = self.get_response(request)
        writer.add(entry_for(request, response, started_at, time.perf_counter() - clock))
        return response
