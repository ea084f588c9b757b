"""Publication requests by letter: every path of the seed, the wrong role refused at each step, the 3-day clock."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from categories.tests.factories import NewsArticlePageFactory, UnitOfficePageFactory
from core.tests.factories import MINIMAL_PDF
from governance.access.models import Unit
from governance.access.roles import SCREENING, SECRETARY_GENERAL
from governance.requests import flow as flow
from governance.requests.models import PublicationRequest, SlaClock
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db
State = PublicationRequest.State


def _letter(source, **kwargs):
    fields = {
        "source": source,
        "letter_number": "รง 0501/2569",
        "letter_date": datetime.date(2026, 11, 20),
        "signer_name": "นายผู้ลงนาม ตัวอย่าง",
        "signer_position": "อธิบดี",
        "subject": "ขอเผยแพร่ประกาศรับสมัครงาน",
        "letter_pdf": SimpleUploadedFile("letter.pdf", MINIMAL_PDF),
    }
    if source == PublicationRequest.Source.INTERNAL:
        fields["requesting_unit"] = Unit.objects.get(code="กพบ.")
    else:
        fields["requesting_agency"] = "กรมการจัดหางาน"
    fields.update(kwargs)
    return flow.register(unit_user("ศสน.", "editor"), PublicationRequest(**fields))


def _page_the_centre_may_edit(centre, category_page):
    """The assignee links only a page they can edit: ศสน. writes the press releases, สบท. the regional units."""
    if centre == "สบท.":
        return UnitOfficePageFactory(parent=category_page("units/regional"))
    return NewsArticlePageFactory(parent=category_page("news/press-releases"))


def _run_to_published(request, category_page, centre="ศสน."):
    director = unit_user(centre, "director")
    flow.screen(director, request)
    staff = unit_user(centre, "editor")
    flow.assign(director, request, staff)
    page = _page_the_centre_may_edit(centre, category_page)
    page.unpublish()
    flow.link_page(staff, request, page)
    page.save_revision().publish()
    request.refresh_from_db()
    return request


def test_a_unit_without_a_regular_duty_goes_straight_to_the_central_director(category_page):
    request = _letter(PublicationRequest.Source.INTERNAL)
    assert request.assigned_centre.code == "ศสน." and request.state == State.RECEIVED
    request = _run_to_published(request, category_page)
    assert request.state == State.PUBLISHED
    assert list(request.events.values_list("action", flat=True)) == [
        "register", "screen", "assign", "link_page", "published",
    ]  # fmt: skip


@pytest.mark.parametrize("source", [PublicationRequest.Source.MINISTRY, PublicationRequest.Source.EXTERNAL])
@pytest.mark.parametrize("centre", ["ศสน.", "สบท."])
def test_a_ministry_or_outside_letter_needs_the_secretary_general_first(category_page, source, centre):
    request = _letter(source)
    with pytest.raises(PermissionDenied):
        flow.screen(unit_user(centre, "director"), request)
    flow.decide(office_user(SECRETARY_GENERAL), request, centre)
    assert request.assigned_centre.code == centre
    assert _run_to_published(request, category_page, centre).state == State.PUBLISHED


def test_only_the_secretary_general_decides(category_page):
    request = _letter(PublicationRequest.Source.MINISTRY)
    for user in (unit_user("ศสน.", "director"), office_user(SCREENING), unit_user("ศสน.", "editor")):
        with pytest.raises(PermissionDenied):
            flow.decide(user, request, "ศสน.")


def test_the_director_of_the_other_centre_cannot_screen(category_page):
    request = _letter(PublicationRequest.Source.EXTERNAL)
    flow.decide(office_user(SECRETARY_GENERAL), request, "สบท.")
    with pytest.raises(PermissionDenied):
        flow.screen(unit_user("ศสน.", "director"), request)


def test_the_screening_group_may_screen_for_the_central_centre():
    request = _letter(PublicationRequest.Source.INTERNAL)
    flow.screen(office_user(SCREENING), request)
    assert request.state == State.SCREENED


def test_only_a_staff_member_of_the_centre_can_be_assigned():
    request = _letter(PublicationRequest.Source.INTERNAL)
    director = unit_user("ศสน.", "director")
    flow.screen(director, request)
    with pytest.raises(ValidationError):
        flow.assign(director, request, unit_user("กม.", "editor"))
    with pytest.raises(PermissionDenied):
        flow.assign(unit_user("ศสน.", "editor"), request, unit_user("ศสน.", "editor"))


def test_only_the_assignee_links_the_page(category_page):
    request = _letter(PublicationRequest.Source.INTERNAL)
    director = unit_user("ศสน.", "director")
    flow.screen(director, request)
    flow.assign(director, request, unit_user("ศสน.", "editor"))
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"))
    with pytest.raises(PermissionDenied):
        flow.link_page(unit_user("ศสน.", "editor"), request, page)


def test_a_rejection_needs_a_reason_and_the_right_role():
    request = _letter(PublicationRequest.Source.EXTERNAL)
    with pytest.raises(PermissionDenied):
        flow.reject(unit_user("ศสน.", "director"), request, "ไม่เกี่ยวข้องกับภารกิจ")
    with pytest.raises(ValidationError):
        flow.reject(office_user(SECRETARY_GENERAL), request, " ")
    flow.reject(office_user(SECRETARY_GENERAL), request, "ไม่เกี่ยวข้องกับภารกิจ")
    assert request.state == State.REJECTED and request.events.last().note == "ไม่เกี่ยวข้องกับภารกิจ"


def test_an_editor_of_another_unit_cannot_register_letters():
    with pytest.raises(PermissionDenied):
        flow.register(unit_user("กม.", "editor"), PublicationRequest(source=PublicationRequest.Source.INTERNAL))


def test_screening_starts_the_clock_and_publication_stops_it(category_page):
    request = _letter(PublicationRequest.Source.INTERNAL)
    request = _run_to_published(request, category_page)
    clock = SlaClock.objects.get(request=request)
    assert clock.source == "internal" and clock.live_at is not None and clock.on_time is True
    assert clock.due_at - clock.approved_at == datetime.timedelta(days=3)


def test_a_desired_go_live_after_the_deadline_becomes_the_deadline():
    go_live = timezone.now() + datetime.timedelta(days=10)
    request = _letter(PublicationRequest.Source.INTERNAL, desired_go_live=go_live)
    clock = flow.screen(unit_user("ศสน.", "director"), request)
    assert clock.due_at == go_live


def test_a_letter_that_is_not_a_pdf_is_refused():
    from governance.requests.uploads import validate_letter_pdf

    with pytest.raises(ValidationError):
        validate_letter_pdf(SimpleUploadedFile("letter.pdf", b"MZ\\x90 not a pdf"))


def test_the_workflow_approval_of_a_requested_page_does_not_start_a_second_clock(client, category_page):
    request = _letter(PublicationRequest.Source.INTERNAL)
    director = unit_user("ศสน.", "director")
    flow.screen(director, request)
    staff = unit_user("ศสน.", "editor")
    flow.assign(director, request, staff)
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"))
    page.unpublish()
    flow.link_page(staff, request, page)
    from wagtail.models import Workflow

    workflow = Workflow.objects.get(name="อนุมัติโดย ผอ. หน่วยงานด้านข้อมูล")
    page.save_revision(user=staff)
    state = workflow.start(page, staff)
    state.current_task_state.approve(user=director)
    assert SlaClock.objects.filter(page=page).count() == 1
    request.refresh_from_db()
    assert request.state == State.PUBLISHED
