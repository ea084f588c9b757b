"""Who may publish what: responsible units, page ownership, the permissions setup_site manages, account
designations, the workflow tasks whose approvers depend on the page's unit, and the 3-day clocks (seed §2)."""

from governance.models.reports import PeriodicReport
from governance.models.requests import PublicationRequest, RequestAttachment, RequestEvent
from governance.models.site_issues import PageReview, SiteIssue
from governance.models.sla import SlaClock
from governance.models.traffic import LegalHold, TrafficChainHead, TrafficRecord, TrafficSeal
from governance.models.units import Designation, ExtraDayOff, ManagedPagePermission, PageOwner, Unit
from governance.models.workflow import ExecutiveApprovalTask, UnitApprovalTask

__all__ = [
    "Designation",
    "ExecutiveApprovalTask",
    "ExtraDayOff",
    "LegalHold",
    "ManagedPagePermission",
    "PageOwner",
    "PageReview",
    "PeriodicReport",
    "PublicationRequest",
    "RequestAttachment",
    "RequestEvent",
    "SiteIssue",
    "SlaClock",
    "TrafficChainHead",
    "TrafficRecord",
    "TrafficSeal",
    "Unit",
    "UnitApprovalTask",
]
