"""Images that fit phones (core/responsive_images.py, {% responsive_image %}): a phone is offered small WebP (and,
for the page's large images, AVIF) renditions instead of the 1,200 px image, every image has width and height, the
page's first image loads at once and the others lazily, and a listing's renditions are made once and fetched in a
fixed number of queries."""

import factory
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from categories.tests import factories as f
from core.responsive_images import AVIF, image_specs

pytestmark = pytest.mark.django_db


def _photo(width=1500, height=1000):
    return f.ImageFactory(file=factory.django.ImageField(width=width, height=height, color="teal"))


def _pictures(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("main picture")


def _widths(srcset):
    return [int(candidate.split()[1].rstrip("w")) for candidate in srcset.split(", ")]


@pytest.fixture
def article(category_page):
    return f.NewsArticlePageFactory(parent=category_page("news/press-releases"), image=_photo())


def test_a_phone_is_offered_renditions_narrower_than_the_1200px_image(client, article):
    img = _pictures(client, article.url)[0].img
    assert _widths(img["srcset"]) == [400, 800, 1200]
    assert img["src"].endswith(".webp")
    assert "100vw" in img["sizes"]


def test_the_default_source_is_not_the_largest(client, article):
    img = _pictures(client, article.url)[0].img
    assert (img["width"], img["height"]) == ("800", "533")


@pytest.mark.skipif(not AVIF, reason="this Pillow cannot write AVIF")
def test_a_lead_image_is_offered_in_avif_first(client, article):
    source = _pictures(client, article.url)[0].source
    assert source["type"] == "image/avif"
    assert _widths(source["srcset"]) == [400, 800, 1200]


def test_the_lead_image_loads_at_once_with_high_priority(client, article):
    img = _pictures(client, article.url)[0].img
    assert img.get("fetchpriority") == "high"
    assert not img.has_attr("loading")


def test_an_image_in_the_body_loads_lazily_with_its_size_set(client, article):
    article.body = [("image", {"image": _photo(900, 600), "alt_text": "ภาพในเนื้อหา", "caption": ""})]
    article.save()
    body_img = _pictures(client, article.url)[1].img
    assert body_img["loading"] == "lazy"
    assert body_img["alt"] == "ภาพในเนื้อหา"
    assert (body_img["width"], body_img["height"]) == ("800", "533")
    assert _widths(body_img["srcset"]) == [400, 800, 900]  # never enlarged beyond the original


def test_a_small_image_is_not_enlarged_into_several_identical_widths(client, category_page):
    page = f.NewsArticlePageFactory(parent=category_page("news/press-releases"), image=_photo(300, 200))
    img = _pictures(client, page.url)[0].img
    assert _widths(img["srcset"]) == [300]


def test_listing_cards_offer_small_widths_and_load_lazily(client, category_page):
    index = category_page("news/press-releases")
    f.NewsArticlePageFactory.create_batch(2, parent=index, image=_photo())
    imgs = [picture.img for picture in _pictures(client, index.url)]
    assert len(imgs) == 2
    for img in imgs:
        assert _widths(img["srcset"]) == [320, 480, 800]
        assert img["loading"] == "lazy"
        assert img["width"] and img["height"]


def test_a_listing_makes_its_renditions_once(client, category_page):
    index = category_page("news/press-releases")
    f.NewsArticlePageFactory.create_batch(3, parent=index, image=_photo())
    client.get(index.url)
    renditions = get_image_model().get_rendition_model().objects.count()
    client.get(index.url)
    assert get_image_model().get_rendition_model().objects.count() == renditions == len(image_specs("card"))


def _queries_after_first_view(client, url):
    client.get(url)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def test_images_add_two_queries_to_a_listing_of_twenty_not_one_per_card(
    client, category_page, django_assert_max_num_queries
):
    index = category_page("news/press-releases")
    pages = [f.NewsArticlePageFactory(parent=index, image=None) for _ in range(20)]
    without_images = _queries_after_first_view(client, index.url)
    for page in pages:
        page.image = _photo(640, 360)
        page.save()
    client.get(index.url)
    with django_assert_max_num_queries(without_images + 2):  # the images' rows, then all their renditions
        assert len(_pictures(client, index.url)) == 20


def test_a_listing_takes_the_same_queries_with_two_or_twenty_images(client, category_page):
    index = category_page("news/press-releases")

    for _ in range(2):
        f.NewsArticlePageFactory(parent=index, image=_photo(640, 360))
    few = _queries_after_first_view(client, index.url)
    for _ in range(18):
        f.NewsArticlePageFactory(parent=index, image=_photo(640, 360))
    assert _queries_after_first_view(client, index.url) == few


def test_a_person_photo_and_a_publication_cover_are_first_and_load_at_once(client, category_page):
    person = f.PersonPageFactory(parent=category_page("about/executives/sso-executives"), photo=_photo(800, 1000))
    img = _pictures(client, person.url)[0].img
    assert img.get("fetchpriority") == "high"
    assert _widths(img["srcset"]) == [200, 400]
