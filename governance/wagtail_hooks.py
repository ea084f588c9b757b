"""Wagtail finds the governance app's admin hooks here; each slice registers its own."""

from governance.access import hooks as access_hooks
from governance.ita import hooks as ita_hooks
from governance.periodic_reports import hooks as periodic_report_hooks
from governance.requests import hooks as request_hooks
from governance.signin import hooks as signin_hooks
from governance.traffic import hooks as traffic_hooks
from governance.upkeep import hooks as upkeep_hooks
from governance.workflow import hooks as workflow_hooks

SLICE_HOOKS = (
    access_hooks,
    signin_hooks,
    workflow_hooks,
    request_hooks,
    upkeep_hooks,
    periodic_report_hooks,
    traffic_hooks,
    ita_hooks,
)
