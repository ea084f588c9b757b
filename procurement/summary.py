"""The monthly procurement summary (แบบ สขร.1) of one unit: its lines, totals and headings, and its JSON snapshot.
It is built from the unit's published notices by ``procurement.models.monthly_summary.build_monthly_summary``.

A line per procurement whose contract (or purchase order) was signed in the month: the work, its budget,
the reference price, the method, the bidders and their prices, the one chosen and the agreed price, the
reason, and the contract's number and date. A month with no contract has one line saying nothing was bought.
"""

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from core.thai_dates import format_thai_date

NOTHING_BOUGHT = "ไม่มีการจัดซื้อจัดจ้าง"
TOTAL_LABEL = "รวม"

# The column headings of แบบ สขร.1 as the form prints them; the page, the XLSX and the PDF all use these.
HEADINGS = (
    "ลำดับที่",
    "งานที่จัดซื้อหรือจัดจ้าง",
    "วงเงินที่จัดซื้อหรือจัดจ้าง (บาท)",
    "ราคากลาง (บาท)",
    "วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
    "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
    "เหตุผลที่คัดเลือกโดยสังเขป",
    "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง",
)


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

    @property
    def contract_reference(self) -> str:
        """``สปส. 12/2570 ลงวันที่ 25 พฤศจิกายน 2569``: the form's last column, dated in the Buddhist era."""
        return f"{self.contract_number} ลงวันที่ {format_thai_date(self.contract_date)}"

    @classmethod
    def from_json(cls, data: dict) -> "SummaryLine":
        return cls(
            work=data["work"],
            budget=Decimal(data["budget"]),
            reference_price=_decimal_or_none(data.get("reference_price")),
            method=data.get("method", ""),
            bids=[{"name": bid["name"], "price": Decimal(bid["price"])} for bid in data.get("bids", [])],
            selected=data.get("selected", ""),
            agreed_price=Decimal(data["agreed_price"]),
            reason=data.get("reason", ""),
            contract_number=data.get("contract_number", ""),
            contract_date=date.fromisoformat(data["contract_date"]),
        )


def _decimal_or_none(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(value)


@dataclass
class MonthlySummary:
    unit_code: str
    year: int
    month: int
    lines: list[SummaryLine] = field(default_factory=list)

    @property
    def month_start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def month_label(self) -> str:
        """``พฤศจิกายน 2569``: the month as the public reads it."""
        return format_thai_date(self.month_start, "month")

    @property
    def nothing_bought(self) -> bool:
        return not self.lines

    def numbered_lines(self) -> list[tuple[int, SummaryLine]]:
        """The table rows in order, each with its ลำดับที่."""
        return list(enumerate(self.lines, start=1))

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

    @classmethod
    def from_json(cls, data: dict) -> "MonthlySummary":
        """The summary as a notice saved it (its snapshot), so the published page shows what was approved, not
        today's data. Totals are recomputed from the lines, as the snapshot's own totals were."""
        return cls(
            unit_code=data["unit"],
            year=int(data["year"]),
            month=int(data["month"]),
            lines=[SummaryLine.from_json(line) for line in data.get("lines", [])],
        )
