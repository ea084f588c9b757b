"""Publication requests through the admin screens, the dashboard panel, reminders and the printable form."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from core.tests.factories import MINIMAL_PDF
from governance.access.roles import SECRETARY_GENERAL
from governance.requests import jobs
from governance.requests.models import PublicationRequest, SlaClock
from governance.tests.factories import office_user, unit_user

pytestmark = pytest.mark.django_db


def _form(**overrides):
    data = {
        "source": "external",
        "requesting_agency": "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
        "letter_number": "ปช 0001/2569",
        "letter_date": "2026-11-20",
        "signer_name": "นายผู้ลงนาม ตัวอย่าง",
        "signer_position": "เลขาธิการ",
        "subject": "ขอความอนุเคราะห์เผยแพร่ประกาศเจตนารมณ์",
        "letter_pdf": SimpleUploadedFile("letter.pdf", MINIMAL_PDF),
    }
    data.update(overrides)
    return data


def _register(client, **overrides):
    client.force_login(unit_user("ศสน.", "editor"))
    response = client.post(reverse("publication_requests:add"), _form(**overrides))
    return response


def test_staff_register_a_letter_with_its_pdf_and_materials(client):
    response = _register(client, materials=[SimpleUploadedFile("notice.docx", b"PK\x03\x04" + b"\x00" * 40)])
    request = PublicationRequest.objects.get()
    assert response.status_code == 302
    assert request.state == "received" and request.attachments.count() == 1
    assert not request.letter_pdf.path.startswith(str(__import__("django.conf").conf.settings.MEDIA_ROOT))


def test_a_letter_that_is_not_a_pdf_is_refused_with_a_thai_message_and_nothing_is_saved(client):
    response = _register(client, letter_pdf=SimpleUploadedFile("letter.pdf", b"MZ not a pdf"))
    assert "ต้องเป็นไฟล์ PDF" in response.content.decode()
    assert not PublicationRequest.objects.exists()


def test_a_bad_material_file_saves_nothing(client):
    _register(client, materials=[SimpleUploadedFile("tool.exe", b"MZ\x90\x00")])
    assert not PublicationRequest.objects.exists()


def test_an_editor_of_another_unit_cannot_register_or_read_requests(client):
    _register(client)
    client.force_login(unit_user("กม.", "editor"))
    assert client.get(reverse("publication_requests:index")).status_code != 200
    request = PublicationRequest.objects.get()
    assert client.get(reverse("publication_requests:letter", args=(request.pk,))).status_code != 200


def _step(client, user, request, action, **data):
    client.force_login(user)
    client.post(reverse("publication_requests:action", args=(request.pk, action)), data)
    request.refresh_from_db()
    return request


def test_the_whole_outside_path_through_the_admin(client, category_page):
    from categories.tests.factories import UnitOfficePageFactory

    _register(client)
    request = PublicationRequest.objects.get()
    assert _step(client, unit_user("สบท.", "director"), request, "screen").state == "received"  # not yet decided
    assert _step(client, office_user(SECRETARY_GENERAL), request, "decide", centre="สบท.").state == "decided"
    assert _step(client, unit_user("ศสน.", "director"), request, "screen").state == "decided"  # wrong centre
    director = unit_user("สบท.", "director")
    assert _step(client, director, request, "screen").state == "screened"
    staff = unit_user("สบท.", "editor")
    assert _step(client, director, request, "assign", assignee=staff.pk).state == "assigned"
    page = UnitOfficePageFactory(parent=category_page("units/regional"))  # a category สบท. may edit
    page.unpublish()
    assert _step(client, unit_user("สบท.", "editor"), request, "link_page", page=page.pk).state == "assigned"
    assert _step(client, staff, request, "link_page", page=page.pk).state == "drafted"
    page.save_revision().publish()
    request.refresh_from_db()
    assert request.state == "published"
    actions = list(request.events.values_list("action", "user__username"))
    assert [a for a, _ in actions] == ["register", "decide", "screen", "assign", "link_page", "published"]


def test_the_printable_form_names_requester_approver_and_publisher(client):
    _register(client)
    request = PublicationRequest.objects.get()
    _step(client, office_user(SECRETARY_GENERAL), request, "decide", centre="ศสน.")
    _step(client, unit_user("ศสน.", "director", first_name="ผู้อำนวยการทดสอบ"), request, "screen")
    html = client.get(reverse("publication_requests:form", args=(request.pk,))).content.decode()
    assert "นายผู้ลงนาม ตัวอย่าง" in html and "ผู้อำนวยการทดสอบ" in html
    pdf = client.get(reverse("publication_requests:form", args=(request.pk,)), {"format": "pdf"})
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")


def test_the_dashboard_shows_an_overdue_item_and_the_daily_job_reminds_assignee_and_director(client):
    _register(client, source="internal", requesting_unit="")
    request = PublicationRequest.objects.first()
    assert request is None  # the internal source needs a requesting unit
    from governance.access.models import Unit

    _register(client, source="internal", requesting_unit=Unit.objects.get(code="กพบ.").pk, requesting_agency="")
    request = PublicationRequest.objects.get()
    director = unit_user("ศสน.", "director", email="ssn-director@sso.example")
    staff = unit_user("ศสน.", "editor", email="ssn-staff@sso.example")
    _step(client, director, request, "screen")
    _step(client, director, request, "assign", assignee=staff.pk)
    SlaClock.objects.filter(request=request).update(due_at=timezone.now() - datetime.timedelta(hours=2))
    client.force_login(staff)
    assert "เกินกำหนด" in client.get(reverse("wagtailadmin_home")).content.decode()
    mail.outbox.clear()
    jobs.sla_reminders()
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"ssn-director@sso.example", "ssn-staff@sso.example"} <= recipients
    assert "เกินกำหนด" in mail.outbox[0].subject


def test_the_sla_reminder_is_a_daily_cron_job(settings):
    assert ("0 8 * * *", "governance.requests.jobs.sla_reminders") in [tuple(job[:2]) for job in settings.CRONJOBS]
