"""Each notice kind on the public site, how notices thread into a project, and the project's status."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.blocks import StructBlockValidationError

from core.tests.factories import DocumentFactory
from procurement.blocks import PdfAttachmentBlock
from procurement.models import ChangeNoticePage, NoticeKind, Status
from procurement.tests.factories import (
    AuctionNoticeFactory,
    ChangeNoticeFactory,
    ContractNoticeFactory,
    DraftTorNoticeFactory,
    InvitationNoticeFactory,
    PlanNoticeFactory,
    ProjectFactory,
    QualifiedBiddersNoticeFactory,
    ReferencePriceNoticeFactory,
    WinnerNoticeFactory,
    central_list,
    office_page,
    office_unit,
    publish,
)

pytestmark = pytest.mark.django_db


def _html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_every_notice_shows_its_date_in_buddhist_era_its_unit_and_its_project(client):
    project = ProjectFactory(title="จ้างพัฒนาระบบงานทะเบียน", budget=Decimal("1250000"))
    page = publish(
        InvitationNoticeFactory(
            parent=central_list(NoticeKind.INVITATION), project=project, announced_on=datetime.date(2026, 11, 25)
        )
    )
    html = _html(client, page)
    assert "25 พฤศจิกายน 2569" in html
    assert "กค." in html
    assert "จ้างพัฒนาระบบงานทะเบียน" in html
    assert "1,250,000.00 บาท" in html


def test_plan_lists_the_units_projects_of_that_fiscal_year_with_the_total(client):
    ProjectFactory(title="ซื้อครุภัณฑ์คอมพิวเตอร์", budget=Decimal("300000"), fiscal_year=2571)
    ProjectFactory(title="จ้างทำความสะอาดอาคาร", budget=Decimal("200000.50"), fiscal_year=2571)
    ProjectFactory(title="โครงการของปีอื่น", fiscal_year=2570)
    page = publish(PlanNoticeFactory(parent=central_list(NoticeKind.PLAN), fiscal_year=2571))
    html = _html(client, page)
    assert "ซื้อครุภัณฑ์คอมพิวเตอร์" in html and "จ้างทำความสะอาดอาคาร" in html
    assert "โครงการของปีอื่น" not in html
    assert "500,000.50" in html


def test_reference_price_shows_the_price_the_date_set_and_the_cost_table(client):
    page = ReferencePriceNoticeFactory(
        parent=central_list(NoticeKind.REFERENCE_PRICE),
        reference_price=Decimal("1500.00"),
        price_set_on=datetime.date(2026, 10, 15),
        cost_lines=[
            ("line", {"item": "กระดาษ A4", "quantity": Decimal("10"), "unit": "รีม", "unit_price": Decimal("150")})
        ],
    )
    html = _html(client, publish(page))
    assert "1,500.00 บาท" in html
    assert "15 ตุลาคม 2569" in html
    assert "กระดาษ A4" in html


def test_reference_price_that_differs_from_its_cost_table_is_refused():
    page = ReferencePriceNoticeFactory.build(
        reference_price=Decimal("2000.00"),
        cost_lines=[
            ("line", {"item": "กระดาษ A4", "quantity": Decimal("10"), "unit": "รีม", "unit_price": Decimal("150")})
        ],
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "reference_price" in error.value.message_dict


def test_draft_tor_shows_the_hearing_period_and_how_to_comment(client):
    page = publish(
        DraftTorNoticeFactory(
            parent=central_list(NoticeKind.DRAFT_TOR),
            hearing_starts=datetime.date(2026, 11, 20),
            hearing_ends=datetime.date(2026, 11, 27),
            comment_channel="อีเมล tor@sso.go.th",
        )
    )
    html = _html(client, page)
    assert "20 พฤศจิกายน 2569" in html and "27 พฤศจิกายน 2569" in html
    assert "tor@sso.go.th" in html


def test_draft_tor_hearing_cannot_close_before_it_opens():
    page = DraftTorNoticeFactory.build(
        hearing_starts=datetime.date(2026, 11, 20), hearing_ends=datetime.date(2026, 11, 1)
    )
    with pytest.raises(ValidationError):
        page.clean()


def test_invitation_shows_the_bid_period_and_whether_it_is_open(client):
    html = _html(client, publish(InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION))))
    assert "ปิดรับข้อเสนอ" in html or "เปิดรับข้อเสนอ" in html
    assert "เปิดรับข้อเสนอ</span>" in html


def test_qualified_bidders_lists_each_bidder(client):
    page = QualifiedBiddersNoticeFactory(
        parent=central_list(NoticeKind.QUALIFIED_BIDDERS),
        bidders=[
            ("bidder", {"name": "บริษัท เอ จำกัด", "tax_id": "0105560000001"}),
            ("bidder", {"name": "ห้างหุ้นส่วนจำกัด บี", "tax_id": ""}),
        ],
    )
    html = _html(client, publish(page))
    assert "บริษัท เอ จำกัด" in html and "ห้างหุ้นส่วนจำกัด บี" in html


def test_winner_shows_who_won_at_what_price_and_the_bids(client):
    page = WinnerNoticeFactory(
        parent=central_list(NoticeKind.WINNER),
        winner_name="บริษัท ชนะ จำกัด",
        agreed_price=Decimal("455000"),
        bids=[("bid", {"name": "บริษัท แพ้ จำกัด", "tax_id": "", "price": Decimal("470000")})],
    )
    html = _html(client, publish(page))
    assert "บริษัท ชนะ จำกัด" in html and "455,000.00 บาท" in html
    assert "บริษัท แพ้ จำกัด" in html and "470,000.00" in html


def test_auction_shows_date_place_and_lots(client):
    page = AuctionNoticeFactory(
        parent=central_list(NoticeKind.AUCTION),
        place="ลานจอดรถ อาคารสำนักงานประกันสังคม",
        lots=[
            (
                "lot",
                {
                    "description": "รถยนต์ส่วนกลาง ทะเบียน กข 1234",
                    "quantity": 1,
                    "unit": "คัน",
                    "starting_price": Decimal("85000"),
                },
            )
        ],
    )
    html = _html(client, publish(page))
    assert "ลานจอดรถ อาคารสำนักงานประกันสังคม" in html
    assert "รถยนต์ส่วนกลาง ทะเบียน กข 1234" in html and "85,000.00" in html


def test_contract_shows_number_date_value_and_vendor(client):
    page = publish(
        ContractNoticeFactory(
            parent=central_list(NoticeKind.CONTRACT),
            contract_number="สปส. 99/2570",
            contract_date=datetime.date(2026, 12, 1),
            contract_value=Decimal("455000"),
            vendor_name="บริษัท ชนะ จำกัด",
        )
    )
    html = _html(client, page)
    assert "สปส. 99/2570" in html and "1 ธันวาคม 2569" in html
    assert "455,000.00 บาท" in html and "บริษัท ชนะ จำกัด" in html


def test_attachments_show_their_type_and_size(client):
    pdf = DocumentFactory()
    page = publish(
        InvitationNoticeFactory(
            parent=central_list(NoticeKind.INVITATION),
            attachments=[("attachment", {"document": pdf, "label": "เอกสารประกวดราคา"})],
        )
    )
    html = _html(client, page)
    assert "เอกสารประกวดราคา" in html and "PDF," in html


def test_an_attachment_that_is_not_a_pdf_is_refused():
    word = DocumentFactory(file=ContentFile(b"PK\x03\x04 not really", name="tor.docx"))
    with pytest.raises(StructBlockValidationError):
        PdfAttachmentBlock().clean({"document": word, "label": ""})


def test_change_notice_links_back_and_the_amended_notice_says_it_was_changed(client):
    project = ProjectFactory()
    invitation = publish(
        InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project, title="ประกาศเชิญชวนฉบับแรก")
    )
    change = publish(
        ChangeNoticeFactory(
            parent=central_list(NoticeKind.CHANGE), project=project, amends=invitation, title="ประกาศขยายเวลา"
        )
    )
    assert invitation.url in _html(client, change)
    amended = _html(client, invitation)
    assert "ประกาศนี้มีการแก้ไขหรือยกเลิก" in amended and change.url in amended


def test_project_timeline_lists_its_notices_in_order_with_the_change(client, category_page):
    project = ProjectFactory()
    steps = [
        (DraftTorNoticeFactory, NoticeKind.DRAFT_TOR, 1),
        (InvitationNoticeFactory, NoticeKind.INVITATION, 10),
        (WinnerNoticeFactory, NoticeKind.WINNER, 30),
    ]
    pages = [
        publish(f(parent=central_list(kind), project=project, announced_on=datetime.date(2026, 11, d)))
        for f, kind, d in steps
    ]
    change = publish(
        ChangeNoticeFactory(
            parent=central_list(NoticeKind.CHANGE),
            project=project,
            amends=pages[1],
            announced_on=datetime.date(2026, 11, 15),
        )
    )
    response = client.get(pages[0].project_url)
    assert response.status_code == 200
    assert [n.pk for n in response.context["timeline"]] == [pages[0].pk, pages[1].pk, change.pk, pages[2].pk]
    assert pages[1].url in response.content.decode()


def test_project_page_is_not_shown_before_any_of_its_notices_is_published(client, category_page):
    project = ProjectFactory()
    InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project, live=False)
    central = category_page("news/procurement-central")
    assert client.get(f"{central.url}projects/{project.pk}/").status_code == 404


def test_regional_project_page_lives_in_the_regional_section(client, category_page):
    project = ProjectFactory(unit=office_unit("เชียงใหม่"))
    notice = publish(InvitationNoticeFactory(parent=office_page("เชียงใหม่"), project=project))
    assert notice.project_url.startswith(category_page("news/procurement-regional").url)
    assert client.get(notice.project_url).status_code == 200


def test_publishing_notices_moves_the_project_status_forward():
    project = ProjectFactory()
    assert project.status == Status.PLANNED
    publish(DraftTorNoticeFactory(parent=central_list(NoticeKind.DRAFT_TOR), project=project))
    project.refresh_from_db()
    assert project.status == Status.DRAFT_TOR
    publish(ContractNoticeFactory(parent=central_list(NoticeKind.CONTRACT), project=project))
    project.refresh_from_db()
    assert project.status == Status.CONTRACTED


def test_unpublishing_the_last_step_moves_the_status_back():
    project = ProjectFactory()
    publish(InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project))
    contract = publish(ContractNoticeFactory(parent=central_list(NoticeKind.CONTRACT), project=project))
    contract.unpublish()
    project.refresh_from_db()
    assert project.status == Status.INVITED


def test_a_cancellation_notice_cancels_the_project():
    project = ProjectFactory()
    invitation = publish(InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project))
    publish(
        ChangeNoticeFactory(
            parent=central_list(NoticeKind.CHANGE),
            project=project,
            amends=invitation,
            change_type=ChangeNoticePage.ChangeType.CANCEL,
            reason="ไม่มีผู้ยื่นข้อเสนอ",
        )
    )
    project.refresh_from_db()
    assert project.status == Status.CANCELLED


def test_a_change_must_amend_a_notice_of_the_same_project():
    other = publish(InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION)))
    change = ChangeNoticeFactory.build(project=ProjectFactory(), amends=other)
    with pytest.raises(ValidationError) as error:
        change.clean()
    assert "amends" in error.value.message_dict


def test_notice_takes_unit_and_fiscal_year_from_its_project():
    project = ProjectFactory(unit=office_unit("ขอนแก่น"), fiscal_year=2571)
    notice = InvitationNoticeFactory(parent=office_page("ขอนแก่น"), project=project)
    assert notice.unit == project.unit
    assert notice.fiscal_year == 2571


def test_notice_without_project_takes_the_fiscal_year_of_its_date():
    notice = AuctionNoticeFactory(parent=central_list(NoticeKind.AUCTION), announced_on=datetime.date(2026, 10, 1))
    assert notice.fiscal_year == 2570
