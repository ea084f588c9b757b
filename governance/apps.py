from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Who may publish what, and the checks around it (seed §2, §3), as slices: access, workflow, requests and the
    3-day clock, upkeep, periodic reports, traffic log. See docs/governance.md."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "governance"
    verbose_name = _("Publication governance")

    def ready(self):
        from governance.access import signals as access_signals
        from governance.requests import signals as request_signals
        from governance.signin import signals as signin_signals
        from governance.workflow import signals as workflow_signals

        access_signals.connect()
        workflow_signals.connect()
        request_signals.connect()
        signin_signals.connect()
