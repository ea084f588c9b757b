"""The list of site issues as a Wagtail index view: open issues first look, filters by status, kind and source,
pages of 50, sorting, and a plain 403 (no menu item) for staff outside the page tree."""

import pytest
from django.urls import reverse

from categories.tests.factories import LawPageFactory
from governance.access.roles import TRAFFIC_AUDITORS
from governance.tests.factories import office_user, unit_user
from governance.upkeep import issues as upkeep
from governance.upkeep.models import SiteIssue

pytestmark = pytest.mark.django_db

INDEX = "site_issues:index"


@pytest.fixture
def law(category_page):
    page = LawPageFactory(parent=category_page("laws/acts"), title="พระราชบัญญัติประกันสังคม")
    page.save_revision().publish()
    return page


def _issue(page, detail, status=SiteIssue.Status.OPEN, kind=SiteIssue.Kind.REPORTED, source=SiteIssue.Source.STAFF):
    issue, _ = upkeep.open_issue(kind=kind, page=page, detail=detail, source=source)
    SiteIssue.objects.filter(pk=issue.pk).update(status=status)
    return issue


def _shown(response) -> list[str]:
    return [issue.detail for issue in response.context["object_list"]]


@pytest.fixture
def checker(client):
    client.force_login(unit_user("กม.", "checker"))
    return client


def test_the_first_look_shows_the_issues_not_yet_closed(checker, law):
    _issue(law, "เปิด")
    _issue(law, "กำลังแก้", status=SiteIssue.Status.IN_PROGRESS)
    _issue(law, "แก้แล้ว", status=SiteIssue.Status.FIXED)
    assert sorted(_shown(checker.get(reverse(INDEX)))) == ["กำลังแก้", "เปิด"]


def test_the_status_filter_shows_all_or_one_status(checker, law):
    _issue(law, "เปิด")
    _issue(law, "แก้แล้ว", status=SiteIssue.Status.FIXED)
    assert sorted(_shown(checker.get(reverse(INDEX), {"status": "all"}))) == ["เปิด", "แก้แล้ว"]
    assert _shown(checker.get(reverse(INDEX), {"status": "fixed"})) == ["แก้แล้ว"]


def test_the_kind_and_source_filters(checker, law):
    _issue(law, "แจ้งโดยเจ้าหน้าที่")
    _issue(law, "ลิงก์เสีย", kind=SiteIssue.Kind.BROKEN_LINK, source=SiteIssue.Source.CHECK)
    assert _shown(checker.get(reverse(INDEX), {"kind": "broken_link"})) == ["ลิงก์เสีย"]
    assert _shown(checker.get(reverse(INDEX), {"source": "staff"})) == ["แจ้งโดยเจ้าหน้าที่"]


def test_the_list_pages_by_50_and_sorts_oldest_first_on_request(checker, law):
    issues = [_issue(law, f"ข้อผิดพลาด {n}") for n in range(55)]
    assert len(_shown(checker.get(reverse(INDEX), {"p": "2"}))) == 5
    assert _shown(checker.get(reverse(INDEX), {"ordering": "pk"}))[0] == issues[0].detail


def test_staff_outside_the_page_tree_get_a_plain_403_and_no_menu_item(client):
    client.force_login(office_user(TRAFFIC_AUDITORS))
    assert client.get(reverse(INDEX)).status_code == 403
    assert client.get(reverse("site_issues:results")).status_code == 403
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_page_staff_see_the_menu_item(client):
    client.force_login(unit_user("กค.", "editor"))
    assert reverse(INDEX) in client.get(reverse("wagtailadmin_home")).content.decode()
