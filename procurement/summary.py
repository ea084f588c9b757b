"""The monthly procurement summary (แบบ สขร.1) of one unit, built from its published notices.

A line per procurement whose contract (or purchase order) was signed in the month: the work, its budget,
the reference price, the method, the bidders and their prices, the one chosen and the agreed price, the
reason, and the contract's number and date. A month with no contract has one line saying nothing was bought.
"""

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

NOTHING_BOUGHT = "ไม่มีการจัดซื้อจัดจ้าง"


@dataclass
class SummaryLine:
    work: str
    budget: Decimal
    reference_price: Decimal | None
    method: str
    bids: list[dict]  # {"name": …, "price": Decimal}
    selected: str
    agreed_price: Decimal
    reason: str
    contract_number: str
    contract_date: date


@dataclass
class MonthlySummary:
    unit_code: str
    year: int
    month: int
    lines: list[SummaryLine] = field(default_factory=list)

    @property
    def total_budget(self) -> Decimal:
        return sum((line.budget for line in self.lines), Decimal("0"))

    @property
    def total_reference_price(self) -> Decimal:
        return sum((line.reference_price or Decimal("0") for line in self.lines), Decimal("0"))

    @property
    def total_agreed_price(self) -> Decimal:
        return sum((line.agreed_price for line in self.lines), Decimal("0"))

    def as_json(self) -> dict:
        """A JSON-safe snapshot (decimals as strings, dates ISO) kept on the published notice."""

        def plain(value):
            if isinstance(value, Decimal):
                return str(value)
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, list):
                return [plain(item) for item in value]
            if isinstance(value, dict):
                return {key: plain(item) for key, item in value.items()}
            return value

        return {
            "unit": self.unit_code,
            "year": self.year,
            "month": self.month,
            "lines": [plain(asdict(line)) for line in self.lines],
            "totals": {
                "budget": str(self.total_budget),
                "reference_price": str(self.total_reference_price),
                "agreed_price": str(self.total_agreed_price),
            },
        }


def _latest(model, project_ids):
    """The latest live notice of ``model`` per project (one query)."""
    latest = {}
    for notice in model.objects.live().filter(project_id__in=project_ids).order_by("announced_on", "pk"):
        latest[notice.project_id] = notice
    return latest


def build_monthly_summary(unit, year: int, month: int) -> MonthlySummary:
    """The สขร.1 of ``unit`` for a Gregorian ``year`` and ``month`` (the public page shows it in B.E.)."""
    from procurement.models import ContractNoticePage, ReferencePriceNoticePage, WinnerNoticePage

    contracts = list(
        ContractNoticePage.objects.live()
        .filter(unit=unit, contract_date__year=year, contract_date__month=month)
        .select_related("project")
        .order_by("contract_date", "pk")
    )
    project_ids = [c.project_id for c in contracts if c.project_id]
    winners = _latest(WinnerNoticePage, project_ids)
    prices = _latest(ReferencePriceNoticePage, project_ids)
    summary = MonthlySummary(unit_code=unit.code, year=year, month=month)
    for contract in contracts:
        project = contract.project
        winner = winners.get(contract.project_id)
        price = prices.get(contract.project_id)
        bids = [{"name": b.value["name"], "price": b.value["price"]} for b in winner.bids] if winner else []
        summary.lines.append(
            SummaryLine(
                work=project.title if project else contract.title,
                budget=project.budget if project else contract.contract_value,
                reference_price=price.reference_price if price else None,
                method=project.get_method_display() if project else "",
                bids=bids,
                selected=winner.winner_name if winner else contract.vendor_name,
                agreed_price=winner.agreed_price if winner else contract.contract_value,
                reason=winner.selection_reason if winner else "",
                contract_number=contract.contract_number,
                contract_date=contract.contract_date,
            )
        )
    return summary
