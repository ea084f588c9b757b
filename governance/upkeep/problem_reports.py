"""The public's "report a problem" form (seed §3.2: errors are fixed at once): linked from every public page with
the page's id, so the link is the same for every visitor and the pages stay cacheable. A report becomes a site
issue of the page's checking unit and its director is e-mailed.

Spam-safe without a third-party captcha: a hidden field that people leave empty, a signed token that must be at
least a few seconds old (bots post at once) and at most a day old, a cap on links in the message, and at most
``RATE_LIMIT`` reports an hour from one address, counted across every worker and server (``core.rate_limits``:
Redis or the database, never one process's memory). Bots that trip the silent checks are thanked and nothing is kept.

No cookie (PDPA; no consent banner needed): the form is exempt from Django's CSRF token, which would set the
``csrftoken`` cookie on the GET. A post from another site is still refused: browsers send ``Origin`` with every
post, and one naming another origin is turned away (``_from_another_site``), as Django's CSRF check does before it
looks at the token. The form is anonymous and grants nothing, and the signed, time-limited token plus the rate limit
bind a post to a form this site served. The contact given is blanked after ``SSO_PROBLEM_REPORT_RETENTION_DAYS``
(jobs.py).
"""

import datetime
import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from categories.models import PolicyPage
from core import rate_limits
from core.client_address import client_ip
from core.page_queries import public
from governance.upkeep import issues as upkeep
from governance.upkeep.models import SiteIssue

RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 3600
MIN_SECONDS_TO_FILL = 3
MAX_TOKEN_AGE_SECONDS = 24 * 3600
MAX_LINKS = 3
_SALT = "sso.problem-report"
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


class ProblemReportForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("The problem"),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=5,
        max_length=2000,
        help_text=gettext_lazy("e.g. wrong information, a broken link or a document that does not open"),
    )
    contact = forms.CharField(
        label=gettext_lazy("E-mail or telephone to reach you (optional)"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"aria-describedby": "privacy-notice", "autocomplete": "email"}),
    )  # the template states purpose and retention beside it
    website = forms.CharField(label=gettext_lazy("Leave this field empty"), required=False)
    token = forms.CharField(widget=forms.HiddenInput)

    def clean_message(self):
        message = self.cleaned_data["message"]
        if len(_LINK.findall(message)) > MAX_LINKS:
            raise forms.ValidationError(_("At most %(count)s links, please") % {"count": MAX_LINKS})
        return message


def _token(page) -> str:
    return signing.TimestampSigner(salt=_SALT).sign(str(page.pk))


def _read_token(token: str) -> tuple[int | None, float]:
    """(page id, seconds since the form was served) from a form's token; (None, 0) for a forged one."""
    signer = signing.TimestampSigner(salt=_SALT)
    try:
        page_id = int(signer.unsign(token))
        served_at = signing.b62_decode(token.split(signer.sep)[-2])
    except (signing.BadSignature, ValueError, IndexError):
        return None, 0
    return page_id, time.time() - served_at


def _public_page(page_id) -> Page:
    page = Page.objects.live().public().filter(pk=page_id, depth__gt=1).first()
    if page is None:
        raise Http404
    return page


def _over_limit(request) -> bool:
    key = f"problem-report:{client_ip(request) or 'unknown'}"
    return rate_limits.hit(key, RATE_WINDOW_SECONDS) > RATE_LIMIT


def _from_another_site(request) -> bool:
    """True for a post whose ``Origin`` is not this site's (nor one of ``CSRF_TRUSTED_ORIGINS``). A post without
    ``Origin`` comes from no browser page (every browser sends it on a post), so it cannot be a cross-site forgery."""
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        return False
    return origin != f"{request.scheme}://{request.get_host()}" and origin not in settings.CSRF_TRUSTED_ORIGINS


@csrf_exempt
@never_cache
def problem_report_view(request):
    if request.method == "POST":
        if _from_another_site(request):
            return _render(request, None, None, cross_site=True, status=403)
        page_id, age = _read_token(request.POST.get("token", ""))
        if page_id is None:
            raise Http404
        page = _public_page(page_id)
        form = ProblemReportForm(request.POST)
        if age > MAX_TOKEN_AGE_SECONDS:
            form = ProblemReportForm(initial={"token": _token(page), "message": request.POST.get("message", "")})
            return _render(request, page, form, expired=True, status=400)
        if form.is_valid():
            person = age >= MIN_SECONDS_TO_FILL and not form.cleaned_data["website"]
            if _over_limit(request):
                return _render(request, page, form, limited=True, status=429)
            if person:
                upkeep.open_issue(
                    kind=SiteIssue.Kind.REPORTED,
                    page=page.specific,
                    detail=form.cleaned_data["message"],
                    source=SiteIssue.Source.PUBLIC,
                    reporter_contact=form.cleaned_data["contact"],
                )
            return _render(request, page, None, sent=True)
        return _render(request, page, form, status=400)
    page = _public_page(request.GET.get("page", "0") if request.GET.get("page", "").isdigit() else 0)
    return _render(request, page, ProblemReportForm(initial={"token": _token(page)}))


def _render(request, page, form, sent=False, limited=False, expired=False, cross_site=False, status=200):
    context = {"reported_page": page, "form": form, "sent": sent, "limited": limited, "expired": expired}
    context["cross_site"] = cross_site
    context["retention_days"] = settings.SSO_PROBLEM_REPORT_RETENTION_DAYS
    context["privacy_policy"] = public(PolicyPage.objects.live()).filter(kind=PolicyPage.Kind.PRIVACY).first()
    return TemplateResponse(request, "governance/upkeep/problem_report_form.html", context, status=status)


def purge_reporter_contacts(now=None) -> int:
    """Blank the contact (e-mail, telephone or name) that people left on reports older than the retention
    period; the report itself stays, as the record of the fix. Returns how many were blanked."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.SSO_PROBLEM_REPORT_RETENTION_DAYS)
    return (
        SiteIssue.objects.filter(source=SiteIssue.Source.PUBLIC, opened_at__lt=cutoff)
        .exclude(reporter_contact="")
        .update(reporter_contact="")
    )
