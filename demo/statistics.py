"""Sample fund statistics for the demo: two years of monthly figures for a few parts and three years for others,
so that the charts show a trend. The numbers are generated (seeded, so every run gives the same ones), and every
dataset says so in its title and source note. Only parts without any dataset get them: safe to run again."""

import datetime
import random
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction

from categories.models import Category
from core.provinces import CAPITAL, PROVINCE_NAMES
from sso_statistics.models import Dataset
from sso_statistics.periods import Period, PeriodKind
from sso_statistics.public_views import subject

SAMPLE_NOTE = "ตัวเลขตัวอย่างที่ระบบสร้างขึ้นเพื่อสาธิตเท่านั้น ไม่ใช่สถิติจริงของสำนักงานประกันสังคม"
MONTHS = 24
YEARS = 3
BENEFITS = ("เจ็บป่วย", "คลอดบุตร", "ทุพพลภาพ", "ตาย", "สงเคราะห์บุตร", "ชราภาพ", "ว่างงาน")
FUND_ITEMS = (
    ("เงินสมทบรับ", 260_000),
    ("ผลตอบแทนจากการลงทุน", 60_000),
    ("ประโยชน์ทดแทนจ่าย", -190_000),
    ("ค่าใช้จ่ายในการบริหารสำนักงาน", -9_000),
)


def _province_shares(seed: str) -> dict[str, float]:
    """Bangkok a quarter, the rest shared unevenly (the same every run)."""
    rng = random.Random(seed)
    weights = {name: rng.uniform(0.3, 3.0) for name in PROVINCE_NAMES if name != CAPITAL}
    total = sum(weights.values())
    return {CAPITAL: 0.25} | {name: 0.75 * weight / total for name, weight in weights.items()}


def _months(today: datetime.date) -> list[Period]:
    """The last MONTHS full months before ``today``'s month."""
    year, month = today.year, today.month
    periods = []
    for _ in range(MONTHS):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        periods.append(Period(PeriodKind.MONTH, year, month))
    return periods[::-1]


def _years(today: datetime.date) -> list[Period]:
    return [Period(PeriodKind.YEAR, today.year - back, None) for back in range(YEARS, 0, -1)]


class _Trend:
    """A national figure growing ``growth`` per step with a little noise, shared out by province."""

    def __init__(self, seed: str, base: float, growth: float):
        self.rng = random.Random(seed)
        self.base, self.growth = base, growth

    def value(self, step: int) -> float:
        return self.base * (1 + self.growth) ** step * self.rng.uniform(0.995, 1.005)


def _by_province(total: float, shares: dict[str, float]) -> dict[str, int]:
    return {name: round(total * share) for name, share in shares.items()}


def insured_33(periods):
    shares, trend = _province_shares("ssf-2"), _Trend("ssf-2-trend", 11_800_000, 0.0015)
    for step, period in enumerate(periods):
        rows = []
        for name, count in _by_province(trend.value(step), shares).items():
            male = round(count * 0.48)
            rows.append([name, male, count - male, count])
        yield period, rows


def establishments(periods):
    shares, trend = _province_shares("ssf-1"), _Trend("ssf-1-trend", 490_000, 0.002)
    for step, period in enumerate(periods):
        counts = _by_province(trend.value(step), shares)
        yield period, [[name, count, count * 24] for name, count in counts.items()]


def insured_40(periods):
    shares, trend = _province_shares("ssf-4"), _Trend("ssf-4-trend", 10_500_000, 0.004)
    for step, period in enumerate(periods):
        rows = []
        for name, count in _by_province(trend.value(step), shares).items():
            first, second = round(count * 0.3), round(count * 0.2)
            rows.append([name, first, second, count - first - second, count])
        yield period, rows


def benefits(periods):
    rng = random.Random("ssf-5")
    for step, period in enumerate(periods):
        rows = []
        for i, benefit in enumerate(BENEFITS):
            cases = round((900_000 / (i + 1)) * (1 + 0.002 * step) * rng.uniform(0.9, 1.1))
            amount = Decimal(cases * rng.uniform(900, 4000)).quantize(Decimal("0.01"), ROUND_HALF_UP)
            rows.append([benefit, cases, str(amount)])
        yield period, rows


def injury_rates(periods):
    shares, rng = _province_shares("wcf-3"), random.Random("wcf-3")
    for step, period in enumerate(periods):
        rows = []
        for name, employees in _by_province(11_500_000 * (1.01**step), shares).items():
            rate = Decimal(rng.uniform(3.0, 12.0) * (0.97**step)).quantize(Decimal("0.01"), ROUND_HALF_UP)
            cases = round(employees * rate / 1000)
            rows.append([name, employees, cases, str((Decimal(cases) * 1000 / employees).quantize(Decimal("0.01")))])
        yield period, rows


def fund_accounts(periods):
    rng = random.Random("ssf-8")
    for step, period in enumerate(periods):
        items = [(item, base * (1.04**step) * rng.uniform(0.97, 1.03)) for item, base in FUND_ITEMS]
        rows = [[item, str(Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_UP))] for item, value in items]
        balance = sum(Decimal(row[1]) for row in rows)
        rows.append(["รายรับสูงกว่า (ต่ำกว่า) รายจ่าย", str(balance)])
        yield period, rows


# (taxonomy key of the part, generator, monthly or yearly)
SAMPLES = (
    ("knowledge/ssf-statistics/part-1", establishments, _months),
    ("knowledge/ssf-statistics/part-2", insured_33, _months),
    ("knowledge/ssf-statistics/part-4", insured_40, _months),
    ("knowledge/ssf-statistics/part-5", benefits, _months),
    ("knowledge/ssf-statistics/part-8", fund_accounts, _years),
    ("knowledge/wcf-statistics/part-3", injury_rates, _years),
)


def load_statistics_demo(today: datetime.date) -> int:
    """Give each sample part its datasets and publish it; the number of datasets created."""
    created = 0
    with transaction.atomic():
        for key, generate, periods_of in SAMPLES:
            page = Category.objects.get(key=key).page.specific
            if page.datasets.exists() or page.schema is None:
                continue
            columns = [column.as_dict() for column in page.schema.columns]
            datasets = []
            for period, rows in generate(periods_of(today)):
                dataset = Dataset(
                    title=f"{subject(page)} {period.label} (ตัวเลขตัวอย่าง)",
                    source_note=SAMPLE_NOTE,
                    updated_on=min(today, period.end + datetime.timedelta(days=20)),
                    columns=columns,
                    rows=rows,
                )
                dataset.period = period
                datasets.append(dataset)
            draft = page.get_latest_revision_as_object()
            draft.datasets = datasets
            draft.save_revision().publish()
            created += len(datasets)
    return created
