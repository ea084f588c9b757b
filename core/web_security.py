"""Content-Security-Policy and Permissions-Policy on every response, and the endpoint that logs CSP violations.

- ``ContentSecurityPolicyMiddleware`` (django-csp's middleware): the strict public policy of
  ``CONTENT_SECURITY_POLICY`` everywhere, except under the admin prefixes (``SSO_CSP_ADMIN_PREFIXES``) where the
  Wagtail admin's policy ``SSO_CSP_ADMIN_DIRECTIVES`` applies: the admin needs more than the public site (see
  docs/security/web.md for what and why), and the public site must not inherit it.
- ``PermissionsPolicyMiddleware``: ``Permissions-Policy`` (``SSO_PERMISSIONS_POLICY``) on every response: the
  site uses no camera, microphone, location, payment… so no page (nor anything injected into one) may.
- ``csp_report``: browsers POST violation reports here (``report-uri``); each is logged at WARNING on the
  ``sso.csp`` logger. Small JSON bodies only, CSRF-exempt (browsers send no token), never a 500.
"""

import json
import logging

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("sso.csp")

REPORT_MAX_BYTES = 8 * 1024
REPORT_CONTENT_TYPES = ("application/csp-report", "application/json", "application/reports+json")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.SSO_CSP_ADMIN_PREFIXES):
            parts.config = settings.SSO_CSP_ADMIN_DIRECTIVES
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})" for feature, allowed in settings.SSO_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


@csrf_exempt
@require_POST
def csp_report(request):
    """Log one violation report (204). A body that is too large, not JSON or of another type: 400, not logged
    in full (an attacker could fill the log)."""
    content_type = request.content_type or ""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = REPORT_MAX_BYTES + 1
    if content_type not in REPORT_CONTENT_TYPES or not 0 < length <= REPORT_MAX_BYTES:
        return HttpResponse(status=400)
    try:
        report = json.loads(request.read(REPORT_MAX_BYTES).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, OSError, RecursionError):  # RecursionError: deeply nested arrays
        return HttpResponse(status=400)
    if isinstance(report, dict):
        report = report.get("csp-report", report)
    logger.warning("CSP violation: %s", json.dumps(report, ensure_ascii=False, sort_keys=True)[:2000])
    return HttpResponse(status=204)
