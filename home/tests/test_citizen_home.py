"""Issue 17: the online services one tap from home, the phone details of the home page and menus, and no cookie on
any anonymous page of the new kinds."""

import pytest
from django.urls import reverse

from categories.tests.factories import LawPageFactory, NewsArticlePageFactory
from home.models import OnlineService, OnlineServices
from home.tests.sitemap_reader import sitemap_paths

pytestmark = pytest.mark.django_db


@pytest.fixture
def services(home_page):
    setting = OnlineServices.for_site(home_page.get_site())
    OnlineService.objects.create(setting=setting, name="e-Service", url="https://www.sso.go.th/wpr/main/login")
    OnlineService.objects.create(
        setting=setting, name="ระบบนายจ้าง", url="https://www.sso.go.th/wpr/employer", audience="employer"
    )
    home_page.hero_text = "ยื่นคำขอได้ทางระบบ e-Service <b>ทุกวัน</b>"
    home_page.save_revision().publish()
    return setting


def test_the_home_page_links_each_service_marked_as_external(client, services):
    html = client.get("/").content.decode()

    services_html = html.split('id="services"')[1].split("</section>")[0]
    assert 'href="https://www.sso.go.th/wpr/main/login"' in services_html
    assert 'href="https://www.sso.go.th/wpr/employer"' in services_html
    assert services_html.count('class="external-link__icon"') == 2
    assert services_html.count("(เปิดเว็บไซต์ภายนอก)") == 2


def test_the_header_of_every_page_links_the_services_page(client, services, category_page):
    html = client.get(category_page("about/organization/history").url).content.decode()
    page = client.get(reverse("online_services")).content.decode()

    assert f'href="{reverse("online_services")}"' in html.split("</header>")[0]
    assert "ระบบนายจ้าง" in page


def test_e_service_in_the_hero_text_links_the_service_and_the_text_stays_escaped(client, services):
    hero = client.get("/").content.decode().split('class="hero__text"')[1].split("</p>")[0]

    assert '<a class="external-link" href="https://www.sso.go.th/wpr/main/login"' in hero
    assert "&lt;b&gt;" in hero and "<b>" not in hero


def test_the_home_page_title_does_not_repeat_the_office_name(client, home_page):
    title = client.get("/").content.decode().split("<title>")[1].split("</title>")[0]

    assert title.count("สำนักงานประกันสังคม") <= 1


def test_the_home_page_links_all_news(client, category_page):
    NewsArticlePageFactory(parent=category_page("news/press-releases"))

    html = client.get("/").content.decode()

    assert f'href="{category_page("news/press-releases").url}">ข่าวทั้งหมด' in html


def test_a_section_and_its_category_of_the_same_title_show_once_in_the_breadcrumb(client, category_page):
    article = NewsArticlePageFactory(parent=category_page("news/press-releases"))

    html = client.get(article.url).content.decode()
    crumbs = html.split('class="breadcrumbs__list"')[1].split("</ol>")[0]

    assert crumbs.count("ข่าวประชาสัมพันธ์") == 1
    assert category_page("news/press-releases").url in crumbs


def test_an_empty_listing_stays_out_of_the_menu_and_sitemap_until_it_holds_a_live_item(client, category_page):
    acts = category_page("laws/acts")

    empty_menu = client.get("/").content.decode().split('id="main-menu"')[1].split("</nav>")[0]
    empty_sitemap = sitemap_paths(client)
    answers = client.get(acts.url).status_code

    LawPageFactory(parent=acts)
    full_menu = client.get("/").content.decode().split('id="main-menu"')[1].split("</nav>")[0]

    assert f'href="{acts.url}"' not in empty_menu and acts.url not in empty_sitemap
    assert answers == 200
    assert f'href="{acts.url}"' in full_menu and acts.url in sitemap_paths(client)


@pytest.mark.parametrize("key", ["downloads/hospital-data", "other"])
def test_new_public_pages_and_the_problem_report_set_no_cookie(client, category_page, key, services):
    page = category_page(key)
    for url in (page.url, reverse("online_services"), reverse("report_problem") + f"?page={page.pk}"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
