"""The demo content a newcomer sees: every item page type, safe to load again."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, get_page_models

from categories.models import Category

pytestmark = pytest.mark.django_db

ITEM_TYPES = {
    "PersonPage", "NewsArticlePage", "PhotoNewsPage", "VideoNewsPage", "RecruitmentNoticePage",
    "ExternalNoticePage", "EventPage", "LawPage", "MediaItemPage", "ReportPage", "InvestmentDocumentPage",
    "DownloadFormPage", "UnitOfficePage",
}  # fmt: skip


def test_demo_content_has_pages_of_every_item_type_and_a_second_run_adds_nothing(client, capsys):
    call_command("load_demo_content")
    models = {m.__name__: m for m in get_page_models()}
    for name in ITEM_TYPES:
        assert models[name].objects.live().count() >= 2, name
    pages = Page.objects.count()
    capsys.readouterr()
    call_command("load_demo_content")
    assert "0 pages created" in capsys.readouterr().out
    assert Page.objects.count() == pages
    for page in Page.objects.live().filter(depth__gt=1).specific()[:400]:
        assert client.get(page.url).status_code == 200, page.url


def test_demo_content_refuses_to_run_before_the_tree_is_built():
    Category.objects.all().delete()
    with pytest.raises(CommandError, match="setup_site"):
        call_command("load_demo_content")


def test_demo_accounts_exist_for_every_role_in_development(settings, monkeypatch, tmp_path, django_user_model):
    from demo import accounts as demo_accounts

    settings.DEBUG = True
    monkeypatch.setenv("SSO_DEMO_PASSWORD", "demo-pass-phrase")
    monkeypatch.setattr(demo_accounts, "CREDENTIALS_FILE", tmp_path / "demo-accounts")
    created, generated = demo_accounts.create_demo_accounts()
    assert len(created) == len(demo_accounts.demo_accounts()) and generated is None
    editor = django_user_model.objects.get(username="km-editor")
    assert editor.check_password("demo-pass-phrase")
    assert editor.groups.get().name == "กม. ผู้จัดทำข้อมูล"
    assert demo_accounts.create_demo_accounts()[0] == []


def test_demo_accounts_are_people_with_thai_names_positions_and_units(settings, monkeypatch, tmp_path):
    from demo import accounts as demo_accounts
    from governance.access.people import display_name

    monkeypatch.setenv("SSO_DEMO_PASSWORD", "demo-pass-phrase")
    monkeypatch.setattr(demo_accounts, "CREDENTIALS_FILE", tmp_path / "demo-accounts")
    demo_accounts.create_demo_accounts()
    from django.contrib.auth import get_user_model

    director = get_user_model().objects.select_related("profile__unit").get(username="km-director")
    assert display_name(director, with_position=True) == "นายประเสริฐ สมมติ (ผู้อำนวยการกองกฎหมาย กม.)"


def test_without_an_environment_password_one_is_generated_once(monkeypatch, tmp_path):
    from demo import accounts as demo_accounts

    monkeypatch.delenv("SSO_DEMO_PASSWORD", raising=False)
    monkeypatch.setattr(demo_accounts, "CREDENTIALS_FILE", tmp_path / "demo-accounts")
    first, generated = demo_accounts.demo_password()
    assert generated and len(first) >= 12
    assert demo_accounts.demo_password() == (first, False)


def test_demo_publication_requests_cover_every_state(monkeypatch, tmp_path):
    from demo import accounts as demo_accounts
    from demo.requests import create_demo_requests
    from governance.requests.models import PublicationRequest

    monkeypatch.setenv("SSO_DEMO_PASSWORD", "demo-pass-phrase")
    monkeypatch.setattr(demo_accounts, "CREDENTIALS_FILE", tmp_path / "demo-accounts")
    demo_accounts.create_demo_accounts()
    create_demo_requests()
    states = set(PublicationRequest.objects.values_list("state", flat=True))
    assert states >= {"received", "decided", "screened", "assigned", "drafted", "published", "rejected"}
    assert create_demo_requests() == 0


def test_the_demos_overdue_item_was_approved_before_it_fell_due(monkeypatch, tmp_path):
    from django.utils import timezone

    from demo import accounts as demo_accounts
    from demo.requests import create_demo_requests
    from governance.requests.models import SlaClock

    monkeypatch.setenv("SSO_DEMO_PASSWORD", "demo-pass-phrase")
    monkeypatch.setattr(demo_accounts, "CREDENTIALS_FILE", tmp_path / "demo-accounts")
    demo_accounts.create_demo_accounts()
    create_demo_requests()
    overdue = [clock for clock in SlaClock.objects.all() if clock.live_at is None and clock.due_at < timezone.now()]
    assert overdue
    assert all(clock.approved_at < clock.due_at for clock in overdue)


def test_the_demo_shows_the_online_services_a_faq_and_sample_hospitals_labelled_as_samples(client):
    from categories.models import FaqPage, Hospital, HospitalFinderPage

    call_command("load_demo_content")

    home = client.get("/").content.decode()
    assert 'id="services"' in home and "external-link" in home
    faq = FaqPage.objects.live().get()
    assert faq.faq_items.count() >= 10 and client.get(faq.url).status_code == 200
    hospitals = Hospital.objects.all()
    assert hospitals.count() >= 24 and not hospitals.filter(is_sample=False).exists()
    finder = HospitalFinderPage.objects.live().filter(url_path__contains="/hospital-data/").get()
    html = client.get(finder.url).content.decode()
    assert "ข้อมูลตัวอย่างเพื่อการสาธิต" in html and "(ตัวอย่าง)" in html


def test_the_demo_english_pages_answer_under_en_with_their_thai_pages_as_alternates(client):
    from demo.english import load_english_demo

    assert load_english_demo() == 15
    pages = Page.objects.live().filter(locale__language_code="en", depth__gt=1)
    assert pages.count() == 15
    for page in pages:
        assert page.url.startswith("/en/"), page.url
        html = client.get(page.url).content.decode()
        assert '<html lang="en"' in html, page.url
    maternity = Category.objects.get(key="benefits/social-security-fund/maternity").page
    html = client.get(maternity.url).content.decode()
    assert f'hreflang="en" href="http://localhost/en{maternity.url}"' in html
    assert load_english_demo() == 0
