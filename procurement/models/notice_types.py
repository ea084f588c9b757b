"""Every notice page type, one per kind of seed §1, in the order of the kinds."""

from procurement.models.monthly_summary import MonthlySummaryNoticePage
from procurement.models.notices import (
    AuctionNoticePage,
    ChangeNoticePage,
    ContractNoticePage,
    DraftTorNoticePage,
    InvitationNoticePage,
    ProcurementPlanNoticePage,
    QualifiedBiddersNoticePage,
    ReferencePriceNoticePage,
    WinnerNoticePage,
)

NOTICE_PAGE_TYPES = [
    ProcurementPlanNoticePage,
    ReferencePriceNoticePage,
    DraftTorNoticePage,
    InvitationNoticePage,
    QualifiedBiddersNoticePage,
    ChangeNoticePage,
    WinnerNoticePage,
    MonthlySummaryNoticePage,
    AuctionNoticePage,
    ContractNoticePage,
]
NOTICE_TYPE_BY_KIND = {model.NOTICE_KIND: model for model in NOTICE_PAGE_TYPES}
