"""setup_site adds what is missing and never undoes editors' work."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from categories.models import Category, ContentPage
from categories.site_builder import build_site

pytestmark = pytest.mark.django_db


def test_a_second_run_creates_nothing(taxonomy):
    pages_before = Page.objects.count()
    report = build_site(taxonomy)
    assert report.created == []
    assert Page.objects.count() == pages_before


def test_a_second_run_keeps_an_editors_new_title_slug_and_body(taxonomy, category_page):
    page = category_page("about/organization/history")
    page.title = "ประวัติความเป็นมา"
    page.slug = "our-history"
    page.save_revision().publish()
    build_site(taxonomy)
    page.refresh_from_db()
    assert (page.title, page.slug) == ("ประวัติความเป็นมา", "our-history")


def test_a_second_run_does_not_move_a_page_back(taxonomy, category_page):
    page = category_page("about/organization/history")
    new_parent = category_page("about/executives")
    page.move(new_parent, pos="last-child")
    build_site(taxonomy)
    page.refresh_from_db()
    assert page.get_parent().pk == new_parent.pk
    assert ContentPage.objects.filter(title=page.title).count() == 1


def test_a_second_run_does_not_republish_an_unpublished_page(taxonomy, category_page):
    page = category_page("about/organization/missions")
    page.unpublish()
    build_site(taxonomy)
    page.refresh_from_db()
    assert not page.live


def test_a_deleted_category_page_is_created_again(taxonomy, category_page):
    page = category_page("laws/standards")
    parent_pk = page.get_parent().pk
    page.delete()
    report = build_site(taxonomy)
    assert report.created == ["laws/standards"]
    recreated = Category.objects.get(key="laws/standards").page
    assert recreated.get_parent().pk == parent_pk


def test_a_page_with_the_category_slug_is_adopted_when_the_registry_row_is_gone(taxonomy, category_page):
    page = category_page("downloads/programs")
    Category.objects.filter(key="downloads/programs").delete()
    report = build_site(taxonomy)
    assert report.adopted == ["downloads/programs"]
    assert Category.objects.get(key="downloads/programs").page_id == page.pk


def test_the_command_reports_what_it_did(capsys):
    call_command("setup_site")
    assert "0 created" in capsys.readouterr().out


def test_a_bad_taxonomy_file_changes_nothing(tmp_path):
    bad = tmp_path / "taxonomy.yaml"
    bad.write_text("tree:\n  - {slug: a, title: ก, page_type: categories.NoSuchPage}\n", encoding="utf-8")
    pages_before = Page.objects.count()
    with pytest.raises(CommandError, match="unknown page type"):
        call_command("setup_site", file=str(bad))
    assert Page.objects.count() == pages_before


def test_the_home_page_is_the_default_sites_root(home_page):
    assert home_page.specific_class.__name__ == "HomePage"
    assert not Page.objects.filter(depth=2).exclude(pk=home_page.pk).exists()
