from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    """Who may publish what, and the checks around it (seed §2, §3), as slices: access, workflow, requests and the
    3-day clock, upkeep, periodic reports, traffic log. See docs/governance.md."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "governance"
    verbose_name = "การกำกับการเผยแพร่"

    def ready(self):
        from governance.requests import signals as request_signals
        from governance.workflow import signals as workflow_signals

        workflow_signals.connect()
        request_signals.connect()
