"""Every model of the governance app, re-exported from the slice that defines it (Django finds an app's models
here). Code inside the project imports a model from its slice (``governance.requests.models``), so that each
slice's dependencies show in its imports."""

from governance.access.models import Designation, ExtraDayOff, ManagedPagePermission, PageOwner, Profile, Unit
from governance.periodic_reports.models import PeriodicReport
from governance.requests.models import PublicationRequest, RequestAttachment, RequestEvent, SlaClock
from governance.traffic.models import LegalHold, TrafficChainHead, TrafficRecord, TrafficSeal
from governance.upkeep.models import PageReview, SiteIssue
from governance.workflow.models import ExecutiveApprovalTask, UnitApprovalTask

__all__ = [
    "Designation",
    "ExecutiveApprovalTask",
    "ExtraDayOff",
    "LegalHold",
    "ManagedPagePermission",
    "PageOwner",
    "PageReview",
    "PeriodicReport",
    "Profile",
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
