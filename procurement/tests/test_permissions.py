"""Regional notices belong to their provincial office: who may add and edit what, through the admin views."""

import pytest
from django.urls import reverse

from governance.access.rules import can_approve
from governance.tests.factories import unit_user
from procurement.models import InvitationNoticePage, NoticeKind, ProcurementProject
from procurement.tests.factories import (
    InvitationNoticeFactory,
    ProjectFactory,
    central_list,
    office_page,
    office_unit,
    publish,
)

pytestmark = pytest.mark.django_db

PROJECTS_URL = "wagtailsnippets_procurement_procurementproject"


def _refused(response):
    """Wagtail answers a page action the user may not take with 403 or a redirect away from the form."""
    return response.status_code in (302, 403) and "/edit/" not in response.get("Location", "")


def _add_invitation_url(parent):
    return reverse("wagtailadmin_pages:add", args=("procurement", "invitationnoticepage", parent.pk))


def _invitation_form(project, slug, **overrides):
    data = {
        "title": "ประกวดราคาจ้างปรับปรุงอาคารสำนักงาน",
        "slug": slug,
        "project": project.pk,
        "announced_on": "2026-11-25",
        "bid_submission_starts": "2026-11-26 09:00",
        "bid_submission_ends": "2026-12-10 16:30",
        "body-count": "0",
        "attachments-count": "0",
    }
    data.update(overrides)
    return data


@pytest.fixture
def chiang_mai_editor():
    return unit_user("สปจ.เชียงใหม่", "editor")


def test_an_office_editor_can_add_a_notice_on_their_offices_page(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)
    project = ProjectFactory(unit=office_unit("เชียงใหม่"))
    response = client.post(_add_invitation_url(office_page("เชียงใหม่")), _invitation_form(project, "cm-renovation"))
    assert response.status_code == 302
    notice = InvitationNoticePage.objects.get(slug="cm-renovation")
    assert notice.unit == office_unit("เชียงใหม่") and not notice.live


def test_an_office_editor_cannot_add_on_another_provinces_page(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)
    assert _refused(client.get(_add_invitation_url(office_page("ขอนแก่น"))))


def test_an_office_editor_cannot_open_another_provinces_notice(client, chiang_mai_editor):
    notice = InvitationNoticeFactory(parent=office_page("ขอนแก่น"), project=ProjectFactory(unit=office_unit("ขอนแก่น")))
    client.force_login(chiang_mai_editor)
    assert _refused(client.get(reverse("wagtailadmin_pages:edit", args=(notice.pk,))))


def test_an_office_editor_can_open_their_own_provinces_notice(client, chiang_mai_editor):
    notice = InvitationNoticeFactory(parent=office_page("เชียงใหม่"), project=ProjectFactory(unit=office_unit("เชียงใหม่")))
    client.force_login(chiang_mai_editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(notice.pk,))).status_code == 200


def test_an_office_editor_cannot_add_central_notices(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)
    assert _refused(client.get(_add_invitation_url(central_list(NoticeKind.INVITATION))))


def test_a_notice_on_an_office_page_cannot_carry_another_provinces_project(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)
    other = ProjectFactory(unit=office_unit("ขอนแก่น"))
    response = client.post(_add_invitation_url(office_page("เชียงใหม่")), _invitation_form(other, "cm-wrong"))
    assert response.status_code == 200
    assert "project" in response.context["form"].errors
    assert not InvitationNoticePage.objects.filter(slug="cm-wrong").exists()


def test_a_central_notice_cannot_carry_a_provincial_project(client):
    client.force_login(unit_user("กค.", "editor"))
    regional = ProjectFactory(unit=office_unit("เชียงใหม่"))
    response = client.post(
        _add_invitation_url(central_list(NoticeKind.INVITATION)), _invitation_form(regional, "c-wrong")
    )
    assert response.status_code == 200
    assert "project" in response.context["form"].errors


def test_a_notice_kind_list_offers_only_its_own_kind(client):
    client.force_login(unit_user("กค.", "editor"))
    url = reverse(
        "wagtailadmin_pages:add", args=("procurement", "contractnoticepage", central_list(NoticeKind.INVITATION).pk)
    )
    assert _refused(client.get(url))


def test_the_finance_division_may_add_notices_for_any_province(client):
    client.force_login(unit_user("กค.", "editor"))
    assert client.get(_add_invitation_url(office_page("ขอนแก่น"))).status_code == 200


def test_an_office_director_approves_only_their_provinces_notices():
    director = unit_user("สปจ.เชียงใหม่", "director")
    own = publish(
        InvitationNoticeFactory(parent=office_page("เชียงใหม่"), project=ProjectFactory(unit=office_unit("เชียงใหม่")))
    )
    other = publish(
        InvitationNoticeFactory(parent=office_page("ขอนแก่น"), project=ProjectFactory(unit=office_unit("ขอนแก่น")))
    )
    assert can_approve(director, own, "director")
    assert not can_approve(director, other, "director")


def test_an_office_editor_sees_only_their_offices_projects(client, chiang_mai_editor):
    own = ProjectFactory(unit=office_unit("เชียงใหม่"), title="โครงการเชียงใหม่")
    ProjectFactory(unit=office_unit("ขอนแก่น"), title="โครงการขอนแก่น")
    client.force_login(chiang_mai_editor)
    response = client.get(reverse(f"{PROJECTS_URL}:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert own.title in html and "โครงการขอนแก่น" not in html


def test_an_office_editor_cannot_edit_another_provinces_project(client, chiang_mai_editor):
    other = ProjectFactory(unit=office_unit("ขอนแก่น"))
    client.force_login(chiang_mai_editor)
    assert _refused(client.get(reverse(f"{PROJECTS_URL}:edit", args=(other.pk,))))


def test_an_office_editor_can_create_a_project_only_for_their_office(client, chiang_mai_editor):
    client.force_login(chiang_mai_editor)
    data = {"title": "จ้างเหมาบริการรักษาความปลอดภัย", "fiscal_year": "2570", "budget": "240000", "method": "specific"}
    refused = client.post(reverse(f"{PROJECTS_URL}:add"), {**data, "unit": office_unit("ขอนแก่น").pk})
    assert refused.status_code == 200 and "unit" in refused.context["form"].errors
    client.post(reverse(f"{PROJECTS_URL}:add"), {**data, "unit": office_unit("เชียงใหม่").pk})
    assert ProcurementProject.objects.get(title=data["title"]).unit == office_unit("เชียงใหม่")


def test_a_unit_outside_procurement_cannot_see_projects(client):
    client.force_login(unit_user("กม.", "editor"))
    assert client.get(reverse(f"{PROJECTS_URL}:list")).status_code in (302, 403)


def test_a_project_with_notices_cannot_be_deleted(client):
    project = ProjectFactory()
    InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=project)
    client.force_login(unit_user("กค.", "editor"))
    client.post(reverse(f"{PROJECTS_URL}:delete", args=(project.pk,)))
    assert ProcurementProject.objects.filter(pk=project.pk).exists()
