"""The steps of a periodic report: draft (figures refreshed, text written by ศสน. staff) → submitted to the
supervisor → acknowledged (who and when), or returned to draft. Each step is one conditional UPDATE, so two
people acting at once cannot both move the report, and each is written to Wagtail's audit log. The next person
to act is e-mailed: the supervisors (ศสน.'s directors) on submission, the preparer on acknowledgement or return.

The views check who may act (``access``); this module refuses what no one may do, with a Thai message.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from core.mail import send_templated_mail
from governance.access.roles import CENTRAL_UNIT
from governance.periodic_reports.access import prepared
from governance.periodic_reports.figures import gather_figures
from governance.periodic_reports.models import PeriodicReport
from governance.upkeep.issues import director_emails

DRAFT, SUBMITTED, ACKNOWLEDGED = (
    PeriodicReport.Status.DRAFT,
    PeriodicReport.Status.SUBMITTED,
    PeriodicReport.Status.ACKNOWLEDGED,
)
LOG_ACTIONS = (
    ("sso.periodic_report.draft", gettext_lazy("Report drafted"), gettext_lazy("Periodic report drafted")),
    (
        "sso.periodic_report.refresh",
        gettext_lazy("Figures refreshed"),
        gettext_lazy("Figures of the periodic report refreshed"),
    ),
    (
        "sso.periodic_report.text",
        gettext_lazy("Problems, obstacles and suggestions saved"),
        gettext_lazy("Problems, obstacles and suggestions saved"),
    ),
    (
        "sso.periodic_report.submit",
        gettext_lazy("Submitted to the supervisor"),
        gettext_lazy("Periodic report submitted to the supervisor"),
    ),
    (
        "sso.periodic_report.acknowledge",
        gettext_lazy("Acknowledged by the supervisor"),
        gettext_lazy("The supervisor acknowledged the periodic report"),
    ),
    (
        "sso.periodic_report.return",
        gettext_lazy("Returned for changes"),
        gettext_lazy("The supervisor returned the periodic report for changes"),
    ),
)


class ReportError(ValueError):
    """The report is not in a state that allows this step; the message is Thai, for the admin."""


def _move(report: PeriodicReport, from_status: str, message: str, action: str, user, changes: dict, data=None):
    """Apply ``changes`` if the report is still in ``from_status`` (else ReportError), and log the step."""
    with transaction.atomic():
        if not PeriodicReport.objects.filter(pk=report.pk, status=from_status).update(**changes):
            raise ReportError(message)
        for name, value in changes.items():
            setattr(report, name, value)
        log(instance=report, action=action, user=user, data=data or {})


def _tell(report: PeriodicReport, event: str, recipients: list[str], note: str = "") -> None:
    """E-mail the next person to act: the supervisor on submission, the preparer on acknowledgement or return."""
    recipients = sorted({email for email in recipients if email})
    if not recipients:
        return
    context = {"report": report, "event": event, "note": note}
    transaction.on_commit(lambda: send_templated_mail("governance/periodic_reports/email/step", context, recipients))


def _preparer_email(report) -> list[str]:
    return [report.prepared_by.email] if report.prepared_by_id and report.prepared_by.email else []


def refresh_figures(report: PeriodicReport, user=None) -> None:
    now = timezone.now()
    figures = gather_figures(report.period_start, report.period_end, now=now)
    message = _("Only a draft report can have its figures refreshed")
    changes = {"figures": figures, "figures_at": now}
    _move(report, DRAFT, message, "sso.periodic_report.refresh", user, changes)


def save_text(report: PeriodicReport, user, *, problems: str, obstacles: str, suggestions: str) -> None:
    text = {"problems": problems.strip(), "obstacles": obstacles.strip(), "suggestions": suggestions.strip()}
    message = _("Only a draft report can be changed")
    _move(report, DRAFT, message, "sso.periodic_report.text", user, text | {"prepared_by": user})


def submit(report: PeriodicReport, user) -> None:
    if not (report.problems and report.obstacles and report.suggestions):
        raise ReportError(
            _(
                "Write the problems, obstacles and suggestions before submitting to the supervisor"
                " (write “none” where there are none)"
            )
        )
    if not report.figures:
        raise ReportError(_("The period has no figures yet: refresh the figures first"))
    message = _("Only a draft report can be submitted")
    changes = {"status": SUBMITTED, "submitted_at": timezone.now(), "prepared_by": user}
    _move(report, DRAFT, message, "sso.periodic_report.submit", user, changes)
    _tell(report, "submitted", director_emails(CENTRAL_UNIT))


def acknowledge(report: PeriodicReport, user) -> None:
    if prepared(user, report):
        raise ReportError(_("The preparer cannot acknowledge their own report"))
    message = _("Only a submitted report not yet acknowledged can be acknowledged")
    changes = {"status": ACKNOWLEDGED, "acknowledged_by": user, "acknowledged_at": timezone.now()}
    _move(report, SUBMITTED, message, "sso.periodic_report.acknowledge", user, changes)
    _tell(report, "acknowledged", _preparer_email(report))


def return_to_draft(report: PeriodicReport, user, note: str = "") -> None:
    message = _("Only a submitted report not yet acknowledged can be returned")
    changes = {"status": DRAFT, "submitted_at": None}
    _move(report, SUBMITTED, message, "sso.periodic_report.return", user, changes, {"note": note.strip()})
    _tell(report, "returned", _preparer_email(report), note.strip())
