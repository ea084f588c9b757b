"""Who may edit what, through the real admin views, with users of each role (seed §2.1 table)."""

import pytest
from django.urls import reverse
from wagtail.models import GroupPagePermission

from categories.models import LawPage
from categories.tests.factories import ContentPageFactory, LawPageFactory
from governance.access.models import PageOwner, Unit
from governance.tests.factories import unit_user

pytestmark = pytest.mark.django_db


def _edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def _can_open_editor(client, user, page):
    client.force_login(user)
    return client.get(_edit_url(page)).status_code == 200


def test_an_editor_of_the_legal_division_can_edit_a_law_page(client, category_page):
    law = LawPageFactory(parent=category_page("laws/acts"))
    assert _can_open_editor(client, unit_user("กม.", "editor"), law)


def test_an_editor_of_the_legal_division_cannot_edit_a_procurement_page(client, category_page):
    assert not _can_open_editor(client, unit_user("กม.", "editor"), category_page("news/procurement-central/draft-tor"))


def test_an_editor_cannot_edit_another_units_category(client, category_page):
    assert not _can_open_editor(
        client, unit_user("กค.", "editor"), category_page("benefits/social-security-fund/maternity")
    )


def test_both_units_of_a_shared_row_may_edit(client, category_page):
    notice_index = category_page("news/procurement-central/draft-tor")
    assert _can_open_editor(client, unit_user("กค.", "editor"), notice_index)
    assert _can_open_editor(client, unit_user("สปส.พท.", "editor"), notice_index)


def test_an_editor_can_add_a_page_in_their_category_only(client, category_page):
    editor = unit_user("กม.", "editor")
    client.force_login(editor)
    allowed = reverse("wagtailadmin_pages:add", args=("categories", "lawpage", category_page("laws/acts").pk))
    refused = reverse(
        "wagtailadmin_pages:add", args=("categories", "newsarticlepage", category_page("news/press-releases").pk)
    )
    assert client.get(allowed).status_code == 200
    assert client.get(refused).status_code != 200


def test_a_page_records_the_unit_that_wrote_it(client, category_page):
    editor = unit_user("กม.", "editor")
    client.force_login(editor)
    index = category_page("laws/manuals")
    url = reverse("wagtailadmin_pages:add", args=("categories", "lawpage", index.pk))
    data = {
        "title": "คู่มือการขึ้นทะเบียนผู้ประกันตน",
        "slug": "registration-manual",
        "year_be": "2568",
        "status": "in_force",
        "body-count": "0",
        "attachments-count": "0",
    }
    assert client.post(url, data).status_code == 302
    page = LawPage.objects.get(slug="registration-manual")
    assert PageOwner.objects.get(page=page).unit.code == "กม."


@pytest.fixture
def manual_by_legal(category_page):
    page = LawPageFactory(parent=category_page("laws/manuals"))
    PageOwner.objects.create(page=page, unit=Unit.objects.get(code="กม."))
    return page


def test_where_the_owning_unit_rules_another_units_editor_cannot_edit(client, manual_by_legal):
    assert not _can_open_editor(client, unit_user("กค.", "editor"), manual_by_legal)


def test_where_the_owning_unit_rules_the_owner_and_the_central_unit_can_edit(client, manual_by_legal):
    assert _can_open_editor(client, unit_user("กม.", "editor"), manual_by_legal)
    assert _can_open_editor(client, unit_user("ศสน.", "editor"), manual_by_legal)


def test_the_owning_unit_rule_also_guards_deletion(client, manual_by_legal):
    client.force_login(unit_user("กค.", "director"))
    client.post(reverse("wagtailadmin_pages:delete", args=(manual_by_legal.pk,)))
    assert LawPage.objects.filter(pk=manual_by_legal.pk).exists()


def test_any_unit_may_add_material_outside_the_list(client, category_page):
    client.force_login(unit_user("กบล.", "editor"))
    url = reverse("wagtailadmin_pages:add", args=("categories", "contentpage", category_page("other").pk))
    assert client.get(url).status_code == 200


def test_a_checker_may_correct_but_an_editor_of_the_checking_unit_elsewhere_may_not(client, category_page):
    law = LawPageFactory(parent=category_page("laws/acts"))
    assert _can_open_editor(client, unit_user("ศสน.", "checker"), law)
    assert not _can_open_editor(client, unit_user("ศสน.", "editor"), law)


def test_a_second_sync_changes_no_permission(taxonomy):
    from governance.workflow.sync import sync_governance

    before = GroupPagePermission.objects.count()
    report = sync_governance(taxonomy)
    assert (report.permissions_added, report.permissions_removed) == (0, 0)
    assert GroupPagePermission.objects.count() == before


def test_a_hand_added_permission_is_reported_not_removed(taxonomy, category_page):
    from django.contrib.auth.models import Group, Permission

    from governance.workflow.sync import sync_governance

    group = Group.objects.create(name="ทีมเฉพาะกิจ")
    page = category_page("news/press-releases")
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename="change_page")
    )
    report = sync_governance(taxonomy)
    assert any("ทีมเฉพาะกิจ" in line for line in report.hand_added)
    assert GroupPagePermission.objects.filter(group=group).exists()


def test_a_row_that_changes_units_moves_its_permissions(taxonomy, category_page):
    from governance.access.roles import group_name
    from governance.workflow.sync import sync_governance

    node = next(n for n in taxonomy.walk() if n.key == "news/calendar")
    node.units = {"data": "กม.", "publishing": "กม.", "checking": "กม."}
    report = sync_governance(taxonomy)
    page = category_page("news/calendar")
    groups = set(GroupPagePermission.objects.filter(page=page).values_list("group__name", flat=True))
    assert group_name("กม.", "editor") in groups
    assert group_name("กนผ.", "editor") not in groups
    assert report.permissions_removed > 0


def test_a_typo_in_a_unit_code_fails_setup_with_the_row_named(tmp_path):
    from django.conf import settings
    from django.core.management import CommandError, call_command

    text = settings.SSO_TAXONOMY_FILE.read_text(encoding="utf-8")
    bad = tmp_path / "taxonomy.yaml"
    bad.write_text(text.replace("{data: กนผ., publishing: กนผ.", "{data: กนผ, publishing: กนผ.", 1), encoding="utf-8")
    with pytest.raises(CommandError, match=r"news/calendar: unknown unit code 'กนผ' in data \(did you mean 'กนผ.'\?\)"):
        call_command("setup_site", file=str(bad))


def test_content_outside_the_list_cannot_be_edited_by_a_user_with_no_unit(client, category_page):
    from governance.tests.factories import UserFactory

    page = ContentPageFactory(parent=category_page("other"))
    assert not _can_open_editor(client, UserFactory(), page)


def test_the_explorer_checks_unit_rules_without_a_query_per_row(client, category_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from categories.tests.factories import NewsArticlePageFactory

    index = category_page("news/press-releases")
    client.force_login(unit_user("ศสน.", "director"))
    url = reverse("wagtailadmin_explore", args=(index.pk,))
    NewsArticlePageFactory.create_batch(2, parent=index)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    NewsArticlePageFactory.create_batch(10, parent=index)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) <= len(few) + 2
