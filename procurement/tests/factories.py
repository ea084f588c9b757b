"""Factories for procurement projects and notices. Notices need ``parent=``: a kind's list (central) or a
provincial office's page (regional); ``central_list(kind)`` and ``office_page(province)`` find them."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from categories.models import Category
from core.tests.bulk_pages import first_free_step, live_page_row
from governance.access.models import Unit
from procurement import models
from procurement.models import NoticeKind, ProcurementNoticePage, fiscal_year_be
from procurement.models.listing import notices_changed

CENTRAL_KEY = "news/procurement-central"
REGIONAL_KEY = "news/procurement-regional"


def central_list(kind: str):
    """The central list page of a notice kind, e.g. ``central_list(NoticeKind.INVITATION)``."""
    section = Category.objects.get(key=CENTRAL_KEY).page
    return models.ProcurementNoticeIndexPage.objects.child_of(section).get(kind=kind)


def office_page(province: str):
    return models.ProcurementOfficePage.objects.get(province=province)


def office_unit(province: str) -> Unit:
    return Unit.objects.get(province=province, parent__isnull=False)


class ProjectFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"จ้างบำรุงรักษาระบบคอมพิวเตอร์ ลำดับ {n}")
    unit = factory.LazyFunction(lambda: Unit.objects.get(code="กค."))
    fiscal_year = 2570
    budget = Decimal("500000.00")
    method = models.Method.E_BIDDING
    egp_number = factory.Sequence(lambda n: f"{69010000000 + n}")

    class Meta:
        model = models.ProcurementProject


class NoticeFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ประกาศทดสอบ ลำดับ {n}")
    project = factory.SubFactory(ProjectFactory)
    announced_on = factory.LazyFunction(timezone.localdate)

    class Meta:
        abstract = True


class PlanNoticeFactory(NoticeFactory):
    project = None
    unit = factory.LazyFunction(lambda: Unit.objects.get(code="กค."))
    fiscal_year = 2570

    class Meta:
        model = models.ProcurementPlanNoticePage


class ReferencePriceNoticeFactory(NoticeFactory):
    reference_price = Decimal("480000.00")
    price_set_on = datetime.date(2026, 10, 15)

    class Meta:
        model = models.ReferencePriceNoticePage


class DraftTorNoticeFactory(NoticeFactory):
    hearing_starts = factory.LazyFunction(timezone.localdate)
    hearing_ends = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=5))
    comment_channel = "ส่งความเห็นทางอีเมล procurement@sso.go.th"

    class Meta:
        model = models.DraftTorNoticePage


class InvitationNoticeFactory(NoticeFactory):
    bid_submission_starts = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    bid_submission_ends = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    documents_from = "www.gprocurement.go.th"

    class Meta:
        model = models.InvitationNoticePage


class QualifiedBiddersNoticeFactory(NoticeFactory):
    class Meta:
        model = models.QualifiedBiddersNoticePage


class ChangeNoticeFactory(NoticeFactory):
    change_type = models.ChangeNoticePage.ChangeType.CHANGE
    what_changed = "ขยายเวลายื่นข้อเสนอ"
    reason = "ผู้ประกอบการขอขยายเวลาเพื่อเตรียมเอกสาร"

    class Meta:
        model = models.ChangeNoticePage


class WinnerNoticeFactory(NoticeFactory):
    winner_name = "บริษัท ตัวอย่างเทคโนโลยี จำกัด"
    winner_tax_id = "0105560000001"
    agreed_price = Decimal("455000.00")
    selection_reason = "เสนอราคาต่ำสุดและคุณสมบัติครบถ้วนตาม TOR"

    class Meta:
        model = models.WinnerNoticePage


class MonthlySummaryNoticeFactory(NoticeFactory):
    project = None
    unit = factory.LazyFunction(lambda: Unit.objects.get(code="กค."))
    summary_month = datetime.date(2026, 11, 1)

    class Meta:
        model = models.MonthlySummaryNoticePage


class AuctionNoticeFactory(NoticeFactory):
    project = None
    unit = factory.LazyFunction(lambda: Unit.objects.get(code="กค."))
    auction_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    place = "ห้องประชุม ชั้น 2 สำนักงานประกันสังคม"

    class Meta:
        model = models.AuctionNoticePage


class ContractNoticeFactory(NoticeFactory):
    contract_number = factory.Sequence(lambda n: f"สปส. {n}/2570")
    contract_date = factory.LazyFunction(timezone.localdate)
    contract_value = Decimal("455000.00")
    vendor_name = "บริษัท ตัวอย่างเทคโนโลยี จำกัด"

    class Meta:
        model = models.ContractNoticePage


FACTORY_BY_KIND = {
    NoticeKind.PLAN: PlanNoticeFactory,
    NoticeKind.REFERENCE_PRICE: ReferencePriceNoticeFactory,
    NoticeKind.DRAFT_TOR: DraftTorNoticeFactory,
    NoticeKind.INVITATION: InvitationNoticeFactory,
    NoticeKind.QUALIFIED_BIDDERS: QualifiedBiddersNoticeFactory,
    NoticeKind.CHANGE: ChangeNoticeFactory,
    NoticeKind.WINNER: WinnerNoticeFactory,
    NoticeKind.MONTHLY_SUMMARY: MonthlySummaryNoticeFactory,
    NoticeKind.AUCTION: AuctionNoticeFactory,
    NoticeKind.CONTRACT: ContractNoticeFactory,
}


def publish(page):
    """Publish a factory-made page as the workflow would at its end (status signals fire)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def bulk_notices(parent, count: int, *, projects, start: datetime.date = datetime.date(2021, 10, 1), batch=500):
    """Add ``count`` live notices under ``parent`` in a few bulk inserts, for volume tests and bench/.

    Wagtail adds pages one at a time (a few queries each), far too slow for tens of thousands. This writes the
    tree paths itself and inserts the page rows and the base notice rows in batches. The notices are of the
    base type (listings read only the base table) and cycle through ``projects`` and the ten kinds.
    """
    kinds = list(NoticeKind.values)
    content_type = ContentType.objects.get_for_model(ProcurementNoticePage)
    parent = Page.objects.get(pk=parent.pk)
    first_step = first_free_step(parent)
    now = timezone.now()
    fields = list(ProcurementNoticePage._meta.local_concrete_fields)
    with transaction.atomic():
        for offset in range(0, count, batch):
            pages, notices = [], []
            for i in range(offset, min(offset + batch, count)):
                slug = f"bulk-notice-{parent.pk}-{first_step + i}"
                project = projects[i % len(projects)]
                announced = start + datetime.timedelta(days=i % 1800)
                title = f"ประกาศสำนักงานประกันสังคม เรื่อง {project.title} ครั้งที่ {i}"
                page = live_page_row(
                    parent, first_step + i, slug=slug, title=title, content_type=content_type, published=now
                )
                pages.append(page)
                notices.append((page, project, announced, kinds[i % len(kinds)]))
            Page.objects.bulk_create(pages)
            if any(page.pk is None for page in pages):  # backends that return no ids
                by_path = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
                for page in pages:
                    page.pk = page.id = by_path[page.path]
            rows = []
            for page, project, announced, kind in notices:
                row = ProcurementNoticePage(
                    page_ptr_id=page.pk,
                    kind=kind,
                    project=project,
                    unit_id=project.unit_id,
                    fiscal_year=fiscal_year_be(announced),
                    announced_on=announced,
                )
                rows.append(row)
            ProcurementNoticePage._base_manager._insert(rows, fields=fields, raw=True)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    notices_changed()
