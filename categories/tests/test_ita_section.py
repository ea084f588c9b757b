"""The public ITA section: each indicator item of data/ita_indicators.yaml links to the page that answers it, the
mapping stays the editors' once made, and setup_site adds only what is missing."""

from categories.ita_indicators import load_indicators, sync_indicators
from categories.models import ItaIndexPage


def _index():
    return ItaIndexPage.objects.get()


def test_every_indicator_item_is_on_the_ita_page_with_its_answer(db, category_page):
    items = load_indicators()
    links = {link.code: link for link in _index().indicator_links.all()}

    assert "MOIT 1.1" in links and len(items) >= 20
    assert set(links) == {item.code for item in items}
    assert links["MOIT 1.1"].answer_page_id == category_page("ita/measures").pk
    assert links["O23" if "O23" in links else "O16"].answer_page_id is not None


def test_the_public_page_links_each_item_to_its_answer_in_one_click(client, category_page):
    response = client.get(_index().url)

    page = response.content.decode()
    assert response.status_code == 200
    assert "MOIT 1.1" in page
    assert f'href="{category_page("ita/measures").url}"' in page
    assert f'href="{category_page("about/organization/structure").url}"' in page


def test_running_the_sync_again_adds_nothing_and_keeps_the_editors_choice(db, category_page):
    index = _index()
    link = index.indicator_links.get(code="O1")
    link.answer_page = category_page("about/organization/history")
    link.save()
    index.save_revision().publish()

    assert sync_indicators() == 0

    index = _index()
    assert index.indicator_links.get(code="O1").answer_page_id == category_page("about/organization/history").pk
    assert index.indicator_links.count() == len(load_indicators())


def test_an_item_removed_from_the_page_comes_back_at_the_next_sync(db):
    index = _index()
    index.indicator_links.filter(code="O5").delete()

    assert sync_indicators() == 1
    assert _index().indicator_links.filter(code="O5").exists()


def test_an_item_whose_page_is_not_live_says_so_instead_of_a_dead_link(client, category_page):
    measures = category_page("ita/measures")
    measures.unpublish()

    page = client.get(_index().url).content.decode()

    assert f'href="{measures.url}"' not in page
    assert "ยังไม่เผยแพร่" in page


def test_the_ita_page_edit_form_shows_the_items_for_editors_to_remap(admin_client):
    from django.urls import reverse

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(_index().pk,)))

    assert response.status_code == 200
    assert "indicator_links-TOTAL_FORMS" in response.content.decode()
    assert "MOIT 1.1" in response.content.decode()
