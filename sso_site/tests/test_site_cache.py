"""What every page shows around its content is cached (core.site_cache, core.visibility) and never stale: a
published, renamed, hidden or private page, and an edited footer setting, show on the next request. Routing by
url_path (core.models.BasePage.route) finds the same page Wagtail would."""

import re

import pytest
from wagtail.models import PageViewRestriction

from categories.tests import factories as f
from home.models import SiteContact

pytestmark = pytest.mark.django_db


def test_a_newly_published_menu_section_shows_in_the_cached_menu(client, home_page):
    client.get("/")
    section = f.ContentPageFactory(parent=home_page, title="หมวดใหม่ในเมนู", show_in_menus=True, live=False)
    section.save_revision().publish()
    assert "หมวดใหม่ในเมนู" in client.get("/").content.decode()


def test_a_renamed_menu_section_shows_its_new_title(client, category_page):
    client.get("/")
    laws = category_page("laws")
    laws.title = "กฎหมายที่เกี่ยวข้องฉบับใหม่"
    laws.save_revision().publish()
    assert "กฎหมายที่เกี่ยวข้องฉบับใหม่" in client.get("/").content.decode()


def test_an_edited_hotline_shows_in_the_footer_at_once(client, home_page):
    client.get("/")
    contact = SiteContact.for_site(home_page.get_site())
    contact.hotline = "1777"
    contact.save()
    assert "1777" in client.get("/").content.decode()


def test_a_section_made_private_leaves_the_cached_menu_and_its_listing(client, category_page):
    index = category_page("news/press-releases")
    article = f.NewsArticlePageFactory(parent=index, title="ข่าวที่จะกลายเป็นส่วนตัว")
    assert article.title in client.get(index.url).content.decode()
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(index.url).status_code == 302  # to the login page
    assert client.get(article.url).status_code == 302
    assert index.url not in client.get("/").content.decode()


def test_a_deep_page_routes_by_its_url_and_a_missing_one_is_not_found(client, category_page):
    article = f.NewsArticlePageFactory(parent=category_page("news/press-releases"))
    response = client.get(article.url)
    assert response.status_code == 200 and response.context["page"].pk == article.pk
    assert client.get(article.url + "missing/").status_code == 404
    assert client.get("/news/no-such-list/").status_code == 404


def test_a_draft_page_is_not_found_by_its_url(client, category_page):
    draft = f.NewsArticlePageFactory(parent=category_page("news/press-releases"), live=False)
    assert client.get(f"{category_page('news/press-releases').url}{draft.slug}/").status_code == 404


def test_a_routable_section_answers_its_own_urls_and_its_children(client, category_page):
    central = category_page("news/procurement-central")
    assert client.get(central.url + "open/").status_code == 200
    assert client.get(central.url + "invitations/").status_code == 200


def test_breadcrumbs_link_every_ancestor_of_a_routed_page(client, category_page):
    # Below กฎหมาย ระเบียบ › พระราชบัญญัติ no two crumbs share a title, so none is dropped as a repeat (issue 17).
    law = f.LawPageFactory(parent=category_page("laws/acts"))
    ancestors = list(law.get_ancestors().filter(depth__gt=1))
    html = client.get(law.url).content.decode()
    trail = html[html.index('<nav class="breadcrumbs') : html.index("</nav>", html.index('<nav class="breadcrumbs'))]
    assert len({page.title for page in ancestors} | {law.title}) == len(ancestors) + 1
    assert re.findall(r'href="([^"]+)"', trail) == [page.url for page in ancestors]
