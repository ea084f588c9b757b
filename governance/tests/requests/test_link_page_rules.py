"""Which page may close a publication request (issue 14, item 11): the assignee links a page to answer the
request, and a live page stops the 3-day clock at once. Only a page the assignee can edit, in the request's
category, and published or changed since the clock started may answer it; anything else is refused with a Thai
message and changes nothing. Each case goes through the real admin view, as the assignee would attack it."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from categories.models import Category
from categories.tests.factories import NewsArticlePageFactory, RecruitmentNoticePageFactory
from core.tests.factories import MINIMAL_PDF
from governance.access.models import Unit
from governance.requests import flow as flow
from governance.requests.models import PublicationRequest, SlaClock
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db
State = PublicationRequest.State

NOT_EDITABLE = "ท่านลิงก์ได้เฉพาะหน้าที่ท่านมีสิทธิ์แก้ไข"
OUTSIDE_CATEGORY = "หน้านี้ไม่อยู่ในหมวดที่คำขอระบุ"
UNTOUCHED = "หน้านี้ไม่ได้เผยแพร่หรือแก้ไขหลังจากคำขอได้รับอนุมัติ"


def _assigned_request(category_key=None):
    """A §2.1(2) letter screened by the ศสน. director (the clock starts) and assigned to a ศสน. staff member."""
    request = flow.register(
        unit_user("ศสน.", "editor"),
        PublicationRequest(
            source=PublicationRequest.Source.INTERNAL,
            requesting_unit=Unit.objects.get(code="กพบ."),
            letter_number="รง 0501/2569",
            letter_date=datetime.date(2026, 11, 20),
            signer_name="นายผู้ลงนาม ตัวอย่าง",
            signer_position="ผู้อำนวยการ",
            subject="ขอเผยแพร่ข่าวประชาสัมพันธ์",
            letter_pdf=SimpleUploadedFile("letter.pdf", MINIMAL_PDF),
            target_category=Category.objects.get(key=category_key) if category_key else None,
        ),
    )
    director = unit_user("ศสน.", "director")
    flow.screen(director, request)
    staff = unit_user("ศสน.", "editor")
    flow.assign(director, request, staff)
    return request, staff


def _link(client, staff, request, page):
    client.force_login(staff)
    response = client.post(
        reverse("publication_requests:action", args=(request.pk, "link_page")), {"page": page.pk}, follow=True
    )
    request.refresh_from_db()
    return response.content.decode()


def _published_now(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _assert_unchanged(request):
    clock = SlaClock.objects.get(request=request)
    assert request.state == State.ASSIGNED and request.page_id is None
    assert clock.live_at is None and clock.page_id is None and clock.on_time is None
    assert not request.events.filter(action__in=["link_page", "published"]).exists()


def test_linking_the_home_page_is_refused_and_the_clock_keeps_running(client, home_page):
    request, staff = _assigned_request()
    html = _link(client, staff, request, home_page)
    assert NOT_EDITABLE in html
    _assert_unchanged(request)


def test_linking_a_fresh_page_of_another_unit_is_refused(client, category_page):
    request, staff = _assigned_request()
    page = _published_now(RecruitmentNoticePageFactory(parent=category_page("news/recruitment")))  # กบค.'s
    html = _link(client, staff, request, page)
    assert NOT_EDITABLE in html
    _assert_unchanged(request)


def test_linking_a_fresh_page_outside_the_requested_category_is_refused(client, category_page):
    request, staff = _assigned_request("news/press-releases")
    page = _published_now(NewsArticlePageFactory(parent=category_page("news/photo-news")))  # ศสน.'s, elsewhere
    html = _link(client, staff, request, page)
    assert OUTSIDE_CATEGORY in html
    _assert_unchanged(request)


def test_linking_an_old_untouched_live_page_is_refused(client, category_page):
    page = _published_now(NewsArticlePageFactory(parent=category_page("news/press-releases")))
    long_ago = timezone.now() - datetime.timedelta(days=30)
    Page.objects.filter(pk=page.pk).update(first_published_at=long_ago, last_published_at=long_ago)
    request, staff = _assigned_request("news/press-releases")
    html = _link(client, staff, request, page)
    assert UNTOUCHED in html
    _assert_unchanged(request)


def test_linking_the_page_published_for_the_request_closes_it_on_time(client, category_page):
    request, staff = _assigned_request("news/press-releases")
    page = _published_now(NewsArticlePageFactory(parent=category_page("news/press-releases")))
    _link(client, staff, request, page)
    clock = SlaClock.objects.get(request=request)
    assert request.state == State.PUBLISHED and request.page_id == page.pk
    assert clock.page_id == page.pk and clock.on_time is True


def test_a_drafted_page_waits_and_its_publication_closes_the_request(client, category_page):
    request, staff = _assigned_request("news/press-releases")
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"))
    page.unpublish()
    _link(client, staff, request, page)
    assert request.state == State.DRAFTED and SlaClock.objects.get(request=request).live_at is None
    page.save_revision().publish()
    request.refresh_from_db()
    assert request.state == State.PUBLISHED and SlaClock.objects.get(request=request).on_time is True


def test_an_old_live_page_with_a_new_draft_waits_for_that_draft_to_go_live(client, category_page):
    page = _published_now(NewsArticlePageFactory(parent=category_page("news/press-releases")))
    long_ago = timezone.now() - datetime.timedelta(days=30)
    Page.objects.filter(pk=page.pk).update(first_published_at=long_ago, last_published_at=long_ago)
    request, staff = _assigned_request("news/press-releases")
    page.refresh_from_db()
    page.title = "ข่าวที่แก้ไขตามคำขอ"
    revision = page.save_revision(user=staff)
    _link(client, staff, request, page)
    assert request.state == State.DRAFTED and SlaClock.objects.get(request=request).live_at is None
    revision.publish()
    request.refresh_from_db()
    assert request.state == State.PUBLISHED


@pytest.mark.parametrize("typed", ["abc", "1 OR 1=1", "-5", "٣"])
def test_a_page_id_that_is_not_a_number_gets_a_thai_message_not_a_500(client, typed):
    request, staff = _assigned_request()
    client.force_login(staff)
    url = reverse("publication_requests:action", args=(request.pk, "link_page"))
    response = client.post(url, {"page": typed}, follow=True)
    request.refresh_from_db()
    assert response.status_code == 200 and "กรุณาระบุ" in response.content.decode()
    _assert_unchanged(request)
