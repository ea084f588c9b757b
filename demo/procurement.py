"""Demo procurement: a few projects followed from the annual plan to the contract, central and regional.

Dates are counted from ``today`` so the demo always looks current: the complete projects were signed last
month (the monthly summary, แบบ สขร.1, lists them; it is created last because it reads the live contracts),
one central invitation still takes bids and one draft TOR still takes comments, so the "open for bids" view
has something to show. Each plan is created after its unit's projects because it saves the list it shows.

Idempotent like the rest of the demo: projects are found by e-GP number, notices by slug under their parent.
Every notice is published through a revision, so the publish signal moves its project's status.
"""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone

from core.thai_dates import format_thai_date, format_thai_datetime
from demo.spec import DocumentSpec, paragraph
from governance.access.models import Unit
from procurement import models as m
from procurement.models import Method, fiscal_year_be

CENTRAL_UNIT = "กค."
DAY = datetime.timedelta(days=1)
METHOD_PHRASES = {
    Method.E_BIDDING: "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    Method.E_MARKET: "ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)",
}


@dataclass(frozen=True)
class Bid:
    name: str
    tax_id: str
    price: str


@dataclass(frozen=True)
class DemoProject:
    """A purchase of the demo. ``bids`` are in the order received; the lowest wins."""

    slug: str
    egp_suffix: str  # the e-GP number is the fiscal year's last two digits and these nine
    title: str  # may name the fiscal year as {fy}
    budget: str
    cost_lines: tuple[tuple[str, str, str, str], ...]  # item, quantity, unit of count, unit price
    scope: tuple[str, ...]
    bids: tuple[Bid, ...] = ()
    method: str = Method.E_BIDDING
    province: str = ""
    delivery_days: int = 90

    @property
    def issuer(self) -> str:
        return "สำนักงานประกันสังคม" + (f"จังหวัด{self.province}" if self.province else "")

    def amount(self, quantity, unit_price) -> Decimal:
        return (Decimal(quantity) * Decimal(unit_price)).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def reference_price(self) -> Decimal:
        """The sum of the cost table, as the reference price notice must show it."""
        return sum((self.amount(q, price) for _item, q, _unit, price in self.cost_lines), Decimal("0"))

    @property
    def winner(self) -> Bid:
        return min(self.bids, key=lambda bid: Decimal(bid.price))


NETWORK = DemoProject(
    slug="network-maintenance",
    egp_suffix="089041275",
    title="จ้างบำรุงรักษาระบบเครือข่ายคอมพิวเตอร์และอุปกรณ์รักษาความปลอดภัย ประจำปีงบประมาณ พ.ศ. {fy}",
    budget="1800000.00",
    cost_lines=(
        ("ค่าบำรุงรักษาอุปกรณ์เครือข่ายและสายสัญญาณ", "12", "เดือน", "95000.00"),
        ("ค่าบำรุงรักษาระบบไฟร์วอลล์และระบบป้องกันการบุกรุก", "12", "เดือน", "38500.00"),
        ("ค่าอะไหล่ทดแทนอุปกรณ์ที่ชำรุด", "1", "ชุด", "148000.00"),
    ),
    scope=(
        "ตรวจสอบและบำรุงรักษาเชิงป้องกันอุปกรณ์เครือข่ายทุกไตรมาส",
        "แก้ไขเหตุขัดข้องภายใน 4 ชั่วโมงนับแต่ได้รับแจ้ง ตลอด 24 ชั่วโมง",
        "รายงานผลการให้บริการและสถิติการใช้งานเครือข่ายเป็นรายเดือน",
    ),
    bids=(
        Bid("บริษัท สยามเน็ตเวิร์ค โซลูชั่น จำกัด", "0105558123451", "1690000.00"),
        Bid("บริษัท ไทยดาต้าคอม จำกัด", "0105561234562", "1712500.00"),
        Bid("บริษัท อินโฟเทค เซอร์วิส จำกัด", "0105549876543", "1745000.00"),
    ),
    delivery_days=365,
)
NOTEBOOKS = DemoProject(
    slug="notebooks",
    egp_suffix="089052318",
    title="ซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊กสำหรับงานบริการผู้ประกันตน จำนวน 120 เครื่อง",
    budget="3000000.00",
    method=Method.E_MARKET,
    cost_lines=(
        ("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล", "120", "เครื่อง", "23900.00"),
        ("ค่าติดตั้งซอฟต์แวร์และตั้งค่าเครื่องพร้อมใช้งาน", "120", "เครื่อง", "500.00"),
    ),
    scope=(
        "คุณลักษณะตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานครุภัณฑ์คอมพิวเตอร์ของกระทรวงดิจิทัลฯ",
        "ส่งมอบและติดตั้ง ณ สำนักงานประกันสังคม ถนนติวานนท์ จังหวัดนนทบุรี",
        "รับประกันความชำรุดบกพร่องไม่น้อยกว่า 3 ปี",
    ),
    bids=(
        Bid("บริษัท ไทยดาต้าคอม จำกัด", "0105561234562", "2830000.00"),
        Bid("บริษัท คอมพิวเตอร์ ซัพพลาย จำกัด", "0105552468013", "2795000.00"),
        Bid("บริษัท ดิจิทัล ออฟฟิศ จำกัด", "0105563579024", "2901000.00"),
    ),
    delivery_days=60,
)
UPS = DemoProject(
    slug="ups",
    egp_suffix="089063409",
    title="ซื้อเครื่องสำรองไฟฟ้า (UPS) ขนาด 3 kVA จำนวน 80 เครื่อง",
    budget="2000000.00",
    cost_lines=(
        ("เครื่องสำรองไฟฟ้า ขนาด 3 kVA", "80", "เครื่อง", "23500.00"),
        ("ค่าขนส่งและติดตั้ง", "80", "เครื่อง", "900.00"),
    ),
    scope=(
        "ส่งมอบและติดตั้ง ณ สำนักงานประกันสังคมเขตพื้นที่และสาขาตามบัญชีแนบท้าย",
        "รับประกันตัวเครื่องและแบตเตอรี่ไม่น้อยกว่า 2 ปี",
    ),
)
APP = DemoProject(
    slug="benefit-alerts",
    egp_suffix="089074520",
    title="จ้างพัฒนาระบบแจ้งเตือนสิทธิประโยชน์ผู้ประกันตนผ่านแอปพลิเคชัน SSO Plus",
    budget="4500000.00",
    cost_lines=(
        ("ค่าพัฒนาระบบและเชื่อมโยงฐานข้อมูลผู้ประกันตน", "1", "งาน", "3650000.00"),
        ("ค่าฝึกอบรมเจ้าหน้าที่ผู้ใช้งานระบบ", "2", "รุ่น", "95000.00"),
        ("ค่าบำรุงรักษาระบบหลังส่งมอบ", "12", "เดือน", "45000.00"),
    ),
    scope=(
        "แจ้งเตือนสิทธิประโยชน์ทดแทนที่ผู้ประกันตนมีสิทธิได้รับผ่านแอปพลิเคชัน",
        "รองรับผู้ใช้งานพร้อมกันไม่น้อยกว่า 50,000 ราย",
        "เป็นไปตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
    ),
    delivery_days=240,
)
CHIANG_MAI = DemoProject(
    slug="service-hall-renovation",
    egp_suffix="089085631",
    title="จ้างปรับปรุงห้องบริการผู้ประกันตน ชั้น 1 สำนักงานประกันสังคมจังหวัดเชียงใหม่",
    budget="1400000.00",
    province="เชียงใหม่",
    cost_lines=(
        ("งานรื้อถอนและงานโครงสร้าง", "1", "งาน", "268000.00"),
        ("งานพื้นและฝ้าเพดาน", "180", "ตร.ม.", "2150.00"),
        ("งานระบบไฟฟ้าและแสงสว่าง", "1", "งาน", "214500.00"),
        ("เคาน์เตอร์บริการพร้อมติดตั้ง", "8", "ชุด", "58000.00"),
    ),
    scope=(
        "ปรับปรุงพื้นที่บริการให้รองรับผู้สูงอายุและคนพิการ พร้อมทางลาดและที่นั่งรอ",
        "ดำเนินงานนอกเวลาราชการเพื่อไม่ให้กระทบการให้บริการ",
    ),
    bids=(
        Bid("ห้างหุ้นส่วนจำกัด ล้านนาก่อสร้าง", "0503551000123", "1289000.00"),
        Bid("บริษัท เชียงใหม่ บิลดิ้ง จำกัด", "0505560000456", "1305000.00"),
        Bid("ห้างหุ้นส่วนจำกัด ดอยสุเทพการช่าง", "0503548000789", "1326800.00"),
    ),
    delivery_days=120,
)
KHON_KAEN = DemoProject(
    slug="roof-repair",
    egp_suffix="089096742",
    title="จ้างปรับปรุงหลังคาและรางระบายน้ำอาคารสำนักงานประกันสังคมจังหวัดขอนแก่น",
    budget="850000.00",
    province="ขอนแก่น",
    cost_lines=(
        ("รื้อถอนและมุงหลังคาเมทัลชีท", "420", "ตร.ม.", "1150.00"),
        ("รางระบายน้ำสแตนเลส", "160", "เมตร", "1450.00"),
        ("ฉนวนกันความร้อน", "420", "ตร.ม.", "250.00"),
    ),
    scope=("เปลี่ยนหลังคาและรางระบายน้ำที่รั่วซึมทั้งหมด", "รับประกันงานไม่น้อยกว่า 2 ปี"),
)
AUCTION_LOTS = (
    ("เครื่องคอมพิวเตอร์ตั้งโต๊ะ ชำรุดและเสื่อมสภาพ", 45, "เครื่อง", "300.00"),
    ("เครื่องพิมพ์เลเซอร์ ชำรุด", 18, "เครื่อง", "250.00"),
    ("จอภาพแอลซีดี ชำรุด", 60, "จอ", "100.00"),
)


def _money(value) -> str:
    return f"{Decimal(value):,.2f}"


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class ProcurementDemo:
    """Creates what is missing, counting the pages it creates."""

    def __init__(self, loader, today: datetime.date):
        self.loader = loader
        self.today = today
        self.fy = fiscal_year_be(today)
        self.last_month = (today.replace(day=1) - DAY).replace(day=1)
        self.created = 0
        self._numbers: dict[tuple[str, str], int] = {}

    # Finding and creating ------------------------------------------------------------------------------

    def unit(self, province: str = "") -> Unit:
        if province:
            return Unit.objects.get(province=province, parent__isnull=False)
        return Unit.objects.get(code=CENTRAL_UNIT)

    def parent(self, unit: Unit, kind: str):
        """A central notice goes under its kind's list, a regional one under its province's office page."""
        return m.notice_parent(unit, kind)

    def project(self, spec: DemoProject) -> m.ProcurementProject:
        project, _created = m.ProcurementProject.objects.get_or_create(
            egp_number=f"{self.fy % 100:02d}{spec.egp_suffix}",
            defaults={
                "title": spec.title.format(fy=self.fy),
                "unit": self.unit(spec.province),
                "fiscal_year": self.fy,
                "budget": Decimal(spec.budget),
                "method": spec.method,
            },
        )
        return project

    def number(self, unit: Unit, series: str = "notice") -> str:
        """The unit's next number in a series (``12/2570``), in creation order so a second run numbers alike."""
        key = (unit.code, series)
        self._numbers[key] = self._numbers.get(key, 10) + 1
        return f"{self._numbers[key]}/{self.fy}"

    def add(self, model, unit: Unit, slug: str, **fields):
        """The published notice ``slug`` under its parent: the existing one, or a new one."""
        parent = self.parent(unit, model.NOTICE_KIND)
        if "notice_number" not in fields:
            fields["notice_number"] = self.number(unit)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, **fields)
        if not fields.get("project"):
            page.unit = unit
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def attachment(self, spec: DocumentSpec, label: str) -> list:
        document = self.loader.document_for(spec)
        return [{"type": "attachment", "value": {"document": document.pk, "label": label}}]

    # Notices of a project ------------------------------------------------------------------------------

    def reference_price(self, spec, project, announced):
        lines = [
            {"type": "line", "value": {"item": item, "quantity": q, "unit": unit, "unit_price": price}}
            for item, q, unit, price in spec.cost_lines
        ]
        return self.add(
            m.ReferencePriceNoticePage,
            project.unit,
            f"{spec.slug}-reference-price-{self.fy}",
            title=f"ประกาศราคากลาง {project.title}",
            project=project,
            announced_on=announced,
            reference_price=spec.reference_price,
            price_set_on=announced - 2 * DAY,
            committee="นางสาวพรทิพย์ ศรีสุข ผู้อำนวยการกองคลัง ประธานกรรมการ\n"
            "นายวีระพงษ์ ใจดี นักวิชาการคอมพิวเตอร์ชำนาญการ กรรมการ\n"
            "นางกาญจนา แก้วมณี นักวิชาการพัสดุชำนาญการ กรรมการและเลขานุการ",
            cost_lines=lines,
            body=[paragraph(f"{spec.issuer}กำหนดราคากลางตามแบบ บก.06 เป็นเงิน {_money(spec.reference_price)} บาท")],
        )

    def draft_tor(self, spec, project, opens):
        closes = opens + 4 * DAY
        return self.add(
            m.DraftTorNoticePage,
            project.unit,
            f"{spec.slug}-draft-tor-{self.fy}",
            title=f"รับฟังความคิดเห็นร่างขอบเขตของงาน {project.title}",
            project=project,
            announced_on=opens,
            hearing_starts=opens,
            hearing_ends=closes,
            comment_channel="อีเมล procurement@sso.go.th หรือหนังสือถึงกองคลัง สำนักงานประกันสังคม "
            "88/28 หมู่ 4 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000",
            body=[
                paragraph(
                    f"{spec.issuer}เผยแพร่ร่างขอบเขตของงานเพื่อรับฟังความคิดเห็นจากผู้ประกอบการ "
                    f"ตั้งแต่วันที่ {format_thai_date(opens)} ถึงวันที่ {format_thai_date(closes)}"
                )
            ],
            attachments=self.attachment(self.tor_pdf(spec, project), "ร่างขอบเขตของงาน (TOR)"),
        )

    def invitation(self, spec, project, opens, closes):
        return self.add(
            m.InvitationNoticePage,
            project.unit,
            f"{spec.slug}-invitation-{self.fy}",
            title=f"ประกาศ{spec.issuer} เรื่อง ประกวดราคา{project.title} {METHOD_PHRASES[spec.method]}",
            project=project,
            announced_on=opens.date(),
            bid_submission_starts=opens,
            bid_submission_ends=closes,
            documents_from="www.gprocurement.go.th",
            body=[
                paragraph(
                    f"{spec.issuer}มีความประสงค์จะประกวดราคา{project.title} "
                    f"ราคากลางเป็นเงินทั้งสิ้น {_money(spec.reference_price)} บาท (รวมภาษีมูลค่าเพิ่ม)",
                    "ผู้สนใจดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ",
                )
            ],
            attachments=self.attachment(self.invitation_pdf(spec, project, opens, closes), "เอกสารประกวดราคา"),
        )

    def qualified_bidders(self, spec, project, announced):
        return self.add(
            m.QualifiedBiddersNoticePage,
            project.unit,
            f"{spec.slug}-qualified-bidders-{self.fy}",
            title=f"ประกาศรายชื่อผู้มีสิทธิ์เสนอราคา {project.title}",
            project=project,
            announced_on=announced,
            bidders=[{"type": "bidder", "value": {"name": b.name, "tax_id": b.tax_id}} for b in spec.bids],
        )

    def winner(self, spec, project, announced):
        winner = spec.winner
        return self.add(
            m.WinnerNoticePage,
            project.unit,
            f"{spec.slug}-winner-{self.fy}",
            title=f"ประกาศ{spec.issuer} เรื่อง ประกาศผู้ชนะการเสนอราคา {project.title}",
            project=project,
            announced_on=announced,
            bids=[{"type": "bid", "value": {"name": b.name, "tax_id": b.tax_id, "price": b.price}} for b in spec.bids],
            winner_name=winner.name,
            winner_tax_id=winner.tax_id,
            agreed_price=Decimal(winner.price),
            selection_reason="เป็นผู้เสนอราคาต่ำสุด และมีคุณสมบัติถูกต้องครบถ้วนตามเงื่อนไขในเอกสารประกวดราคา",
        )

    def contract(self, spec, project, signed):
        winner = spec.winner
        number = f"{'สปจ.' + spec.province if spec.province else 'สปส.'} {self.number(project.unit, 'contract')}"
        return self.add(
            m.ContractNoticePage,
            project.unit,
            f"{spec.slug}-contract-{self.fy}",
            title=f"สัญญาเลขที่ {number} {project.title}",
            project=project,
            announced_on=signed,
            notice_number="",
            contract_number=number,
            contract_date=signed,
            contract_value=Decimal(winner.price),
            vendor_name=winner.name,
            vendor_tax_id=winner.tax_id,
            delivery_due=signed + spec.delivery_days * DAY,
        )

    def change(self, spec, project, invitation, announced, *, cancel=False, new_close=None):
        if cancel:
            title = f"ประกาศ{spec.issuer} เรื่อง ยกเลิกประกาศประกวดราคา{project.title}"
            fields = {
                "change_type": m.ChangeNoticePage.ChangeType.CANCEL,
                "what_changed": "ยกเลิกการประกวดราคาทั้งโครงการ",
                "reason": "ไม่มีผู้ยื่นข้อเสนอภายในกำหนด ตามมาตรา 67 (1) แห่งพระราชบัญญัติการจัดซื้อจัดจ้าง"
                "และการบริหารพัสดุภาครัฐ พ.ศ. 2560",
            }
        else:
            title = f"ประกาศ{spec.issuer} เรื่อง ขยายระยะเวลาการยื่นข้อเสนอ {project.title}"
            fields = {
                "what_changed": f"ขยายกำหนดวันยื่นข้อเสนอจาก {format_thai_datetime(invitation.bid_submission_ends)} "
                f"เป็น {format_thai_datetime(new_close)}",
                "reason": "ผู้ซื้อเอกสารขอขยายเวลาเพื่อจัดเตรียมเอกสารรับรองผลิตภัณฑ์จากผู้ผลิต",
                "new_bid_submission_ends": new_close,
            }
        return self.add(
            m.ChangeNoticePage,
            project.unit,
            f"{spec.slug}-{'cancellation' if cancel else 'change'}-{self.fy}",
            title=title,
            project=project,
            announced_on=announced,
            amends=invitation,
            **fields,
        )

    # PDFs ----------------------------------------------------------------------------------------------

    def tor_pdf(self, spec, project) -> DocumentSpec:
        return DocumentSpec(
            title=f"ร่างขอบเขตของงาน {project.title} ({project.egp_number})",
            filename=f"tor-{spec.slug}-{self.fy}.pdf",
            heading="ร่างขอบเขตของงาน (Terms of Reference: TOR)",
            subheading=project.title,
            code="TOR",
            blocks=(
                ("h", "1. ความเป็นมา"),
                ("p", f"{spec.issuer}มีความจำเป็นต้อง{project.title} เพื่อให้บริการผู้ประกันตนได้อย่างต่อเนื่อง"),
                ("h", "2. คุณสมบัติของผู้ยื่นข้อเสนอ"),
                (
                    "ol",
                    (
                        "มีความสามารถตามกฎหมายและไม่เป็นบุคคลล้มละลาย",
                        "ไม่เป็นผู้ถูกระบุชื่อไว้ในบัญชีรายชื่อผู้ทิ้งงาน",
                        "ลงทะเบียนในระบบจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ (e-GP)",
                    ),
                ),
                ("h", "3. ขอบเขตของงาน"),
                ("ul", spec.scope),
                ("h", "4. ระยะเวลาดำเนินการ"),
                ("p", f"ภายใน {spec.delivery_days} วัน นับถัดจากวันลงนามในสัญญา"),
                ("h", "5. วงเงินงบประมาณ"),
                ("p", f"{_money(spec.budget)} บาท (รวมภาษีมูลค่าเพิ่ม) เกณฑ์การพิจารณาใช้เกณฑ์ราคา"),
                ("sign", "ประธานกรรมการจัดทำร่างขอบเขตของงาน"),
            ),
        )

    def invitation_pdf(self, spec, project, opens, closes) -> DocumentSpec:
        rows = [["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"]]
        rows += [
            [item, q, unit, _money(price), _money(spec.amount(q, price))] for item, q, unit, price in spec.cost_lines
        ]
        rows.append(["รวมราคากลาง", "", "", "", _money(spec.reference_price)])
        return DocumentSpec(
            title=f"เอกสารประกวดราคา {project.title} ({project.egp_number})",
            filename=f"invitation-{spec.slug}-{self.fy}.pdf",
            heading=f"ประกาศ{spec.issuer}",
            subheading=f"เรื่อง ประกวดราคา{project.title} {METHOD_PHRASES[spec.method]}",
            code=f"e-GP {project.egp_number}",
            blocks=(
                ("p", f"{spec.issuer}มีความประสงค์จะประกวดราคา{project.title} {METHOD_PHRASES[spec.method]}"),
                ("table", rows),
                (
                    "p",
                    f"กำหนดยื่นข้อเสนอตั้งแต่ {format_thai_datetime(opens)} ถึง {format_thai_datetime(closes)} "
                    "ผ่านระบบจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์",
                ),
                ("h", "ขอบเขตของงานโดยสังเขป"),
                ("ul", spec.scope),
                ("sign", f"ประกันสังคมจังหวัด{spec.province}" if spec.province else "เลขาธิการสำนักงานประกันสังคม"),
            ),
        )

    # Whole projects ------------------------------------------------------------------------------------

    def complete(self, spec, signed: datetime.date):
        """Reference price, draft TOR, invitation, qualified bidders, winner and the contract signed on ``signed``."""
        project = self.project(spec)
        self.reference_price(spec, project, signed - 56 * DAY)
        self.draft_tor(spec, project, signed - 52 * DAY)
        self.invitation(spec, project, _at(signed - 44 * DAY, 8, 30), _at(signed - 30 * DAY, 16, 30))
        self.qualified_bidders(spec, project, signed - 27 * DAY)
        self.winner(spec, project, signed - 20 * DAY)
        self.contract(spec, project, signed)

    def bidding(self, spec):
        """Invited a week ago; the bid deadline has been extended and has not passed."""
        project, today = self.project(spec), self.today
        self.reference_price(spec, project, today - 22 * DAY)
        self.draft_tor(spec, project, today - 20 * DAY)
        invitation = self.invitation(spec, project, _at(today - 8 * DAY, 8, 30), _at(today + 4 * DAY, 16, 30))
        self.change(spec, project, invitation, today - 2 * DAY, new_close=_at(today + 11 * DAY, 16, 30))

    def hearing(self, spec):
        """The draft TOR is still taking comments."""
        project = self.project(spec)
        self.reference_price(spec, project, self.today - 4 * DAY)
        self.draft_tor(spec, project, self.today - DAY)

    def cancelled(self, spec):
        """Invited, nobody bid, cancelled."""
        project, today = self.project(spec), self.today
        self.reference_price(spec, project, today - 40 * DAY)
        invitation = self.invitation(spec, project, _at(today - 36 * DAY, 8, 30), _at(today - 22 * DAY, 16, 30))
        self.change(spec, project, invitation, today - 18 * DAY, cancel=True)

    # Unit notices --------------------------------------------------------------------------------------

    def plan(self, province: str = ""):
        unit = self.unit(province)
        issuer = "สำนักงานประกันสังคม" + (f"จังหวัด{province}" if province else "")
        return self.add(
            m.ProcurementPlanNoticePage,
            unit,
            f"procurement-plan-{self.fy}",
            title=f"ประกาศ{issuer} เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {self.fy}",
            fiscal_year=self.fy,
            announced_on=self.last_month - 75 * DAY,
            body=[paragraph(f"{issuer}เผยแพร่แผนการจัดซื้อจัดจ้างตามมาตรา 11 แห่งพระราชบัญญัติการจัดซื้อจัดจ้างฯ")],
        )

    def monthly_summary(self, province: str = ""):
        month = format_thai_date(self.last_month, "month")
        return self.add(
            m.MonthlySummaryNoticePage,
            self.unit(province),
            f"monthly-summary-{self.last_month:%Y-%m}",
            title=f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{month}",
            announced_on=min(self.today, self.today.replace(day=10)),
            summary_month=self.last_month,
        )

    def auction(self):
        day = self.today + 12 * DAY
        return self.add(
            m.AuctionNoticePage,
            self.unit(),
            f"auction-computers-{self.fy}",
            title="ประกาศสำนักงานประกันสังคม เรื่อง ขายทอดตลาดครุภัณฑ์คอมพิวเตอร์ชำรุดและเสื่อมสภาพ",
            announced_on=self.today - 5 * DAY,
            auction_at=_at(day, 10),
            place="ห้องประชุม 1 ชั้น 3 อาคารสำนักงานประกันสังคม ถนนติวานนท์ จังหวัดนนทบุรี",
            viewing=f"ตั้งแต่วันที่ {format_thai_date(self.today)} ถึงวันที่ {format_thai_date(day - 2 * DAY)} "
            "เวลา 09.00–15.00 น. ณ อาคารเก็บพัสดุ",
            lots=[
                {"type": "lot", "value": {"description": d, "quantity": q, "unit": u, "starting_price": p}}
                for d, q, u, p in AUCTION_LOTS
            ],
        )

    def load(self) -> int:
        for spec in (NETWORK, NOTEBOOKS, UPS, APP, CHIANG_MAI, KHON_KAEN):
            self.project(spec)
        for province in ("", CHIANG_MAI.province, KHON_KAEN.province):
            self.plan(province)
        self.complete(NETWORK, self.last_month + 8 * DAY)
        self.complete(NOTEBOOKS, self.last_month + 20 * DAY)
        self.bidding(UPS)
        self.hearing(APP)
        self.complete(CHIANG_MAI, self.last_month + 14 * DAY)
        self.cancelled(KHON_KAEN)
        self.auction()
        self.monthly_summary()
        self.monthly_summary(CHIANG_MAI.province)
        return self.created


def load_procurement_demo(loader, today: datetime.date) -> int:
    """Load the demo procurement with ``loader`` (a ``DemoLoader``, for its PDFs); the number of pages created."""
    with transaction.atomic():
        return ProcurementDemo(loader, today).load()
