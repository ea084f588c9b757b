from procurement.models.monthly_summary import MonthlySummaryNoticePage
from procurement.models.notice_types import NOTICE_PAGE_TYPES, NOTICE_TYPE_BY_KIND
from procurement.models.notices import (
    AuctionNoticePage,
    ChangeNoticePage,
    ContractNoticePage,
    DraftTorNoticePage,
    InvitationNoticePage,
    NoticeKind,
    ProcurementNoticePage,
    ProcurementPlanNoticePage,
    QualifiedBiddersNoticePage,
    ReferencePriceNoticePage,
    WinnerNoticePage,
)
from procurement.models.projects import Method, ProcurementProject, Status, fiscal_year_be
from procurement.models.sections import (
    ProcurementIndexPage,
    ProcurementNoticeIndexPage,
    ProcurementOfficePage,
    notice_parent,
)

__all__ = [
    "NOTICE_PAGE_TYPES",
    "NOTICE_TYPE_BY_KIND",
    "AuctionNoticePage",
    "ChangeNoticePage",
    "ContractNoticePage",
    "DraftTorNoticePage",
    "InvitationNoticePage",
    "Method",
    "MonthlySummaryNoticePage",
    "NoticeKind",
    "ProcurementIndexPage",
    "ProcurementNoticeIndexPage",
    "ProcurementNoticePage",
    "ProcurementOfficePage",
    "ProcurementPlanNoticePage",
    "ProcurementProject",
    "QualifiedBiddersNoticePage",
    "ReferencePriceNoticePage",
    "Status",
    "WinnerNoticePage",
    "fiscal_year_be",
    "notice_parent",
]
