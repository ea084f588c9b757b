"""Thai names of the codes the figures keep (the figures store codes, so a renamed label changes no report).

The names are the models' own choice labels, in the site's language whatever the reader's admin language:
the report is a Thai document.
"""

from django.conf import settings
from django.utils import translation

from governance.periodic_reports.models import PeriodicReport
from governance.requests.models import PublicationRequest, SlaClock
from governance.upkeep.models import SiteIssue

REQUEST_SOURCES = PublicationRequest.Source
CLOCK_SOURCES = SlaClock.Source
ISSUE_KINDS = SiteIssue.Kind
ISSUE_SOURCES = SiteIssue.Source
STATUSES = PeriodicReport.Status
UNKNOWN_CATEGORY = "ไม่อยู่ในหมวดใด"
UNKNOWN_UNIT = "ไม่ระบุหน่วยงาน"


def label(choices, code: str) -> str:
    """The Thai label of ``code`` among ``choices`` (a model's TextChoices); an unknown code as it is."""
    if code not in choices.values:
        return code
    with translation.override(settings.LANGUAGE_CODE):
        return str(choices(code).label)
