"""Every page type renders for the public with its key fields, and sits only where it belongs."""

import datetime

import pytest
from wagtail.models import Page

from categories import models
from categories.tests import factories as f

pytestmark = pytest.mark.django_db

# (factory, parent category key, extra factory kwargs, text that must appear on the page)
ITEM_PAGES = [
    (
        f.PersonPageFactory,
        "about/executives/sso-executives",
        {"title": "นายสมชาย ตัวอย่าง"},
        "รองเลขาธิการสำนักงานประกันสังคม",
    ),
    (f.NewsArticlePageFactory, "news/press-releases", {"date": datetime.date(2026, 11, 25)}, "25 พฤศจิกายน 2569"),
    (f.PhotoNewsPageFactory, "news/photo-news", {"date": datetime.date(2026, 1, 2)}, "2 มกราคม 2569"),
    (f.VideoNewsPageFactory, "news/video-news", {}, "youtube-nocookie.com/embed/abcdefghijk"),
    (f.RecruitmentNoticePageFactory, "news/recruitment", {}, "สมัครด้วยตนเองที่กลุ่มงานสรรหา"),
    (f.ExternalNoticePageFactory, "news/external-notices", {}, "กรมการจัดหางาน"),
    (f.EventPageFactory, "news/calendar", {}, "ห้องประชุมชั้น 9 สำนักงานประกันสังคม"),
    (f.LawPageFactory, "laws/acts", {}, "2533"),
    (f.MediaItemPageFactory, "benefits/pr-media/journals", {}, "ปีที่ 30 ฉบับที่ 4"),
    (f.ReportPageFactory, "knowledge/reports/annual-sso", {}, "2568"),
    (f.InvestmentDocumentPageFactory, "knowledge/investment/framework", {}, "PDF"),
    (f.DownloadFormPageFactory, "downloads/ssf-forms", {"form_code": "สปส. 2-01"}, "สปส. 2-01"),
    (f.UnitOfficePageFactory, "units/regional", {}, "ถนนสุเทพ"),
    (f.ContentPageFactory, "other", {"title": "ประกาศเจตนารมณ์ต่อต้านการทุจริต"}, "ประกาศเจตนารมณ์ต่อต้านการทุจริต"),
]


@pytest.mark.parametrize(
    ("factory", "parent_key", "kwargs", "expected"), ITEM_PAGES, ids=lambda v: getattr(v, "__name__", "")
)
def test_an_item_page_renders_with_its_key_fields(client, category_page, factory, parent_key, kwargs, expected):
    page = factory(parent=category_page(parent_key), **kwargs)
    response = client.get(page.url)
    assert response.status_code == 200
    assert expected in response.content.decode()


@pytest.mark.parametrize(
    ("factory", "parent_key", "kwargs", "expected"), ITEM_PAGES, ids=lambda v: getattr(v, "__name__", "")
)
def test_an_index_page_lists_its_item(client, category_page, factory, parent_key, kwargs, expected):
    index = category_page(parent_key)
    page = factory(parent=index, **kwargs)
    response = client.get(index.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_a_benefit_page_shows_who_qualifies_and_how_to_claim(client, category_page):
    page = category_page("benefits/social-security-fund/maternity")
    page.eligibility = "<p>จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 5 เดือน</p>"
    page.how_to_claim = "<p>ยื่นแบบ สปส. 2-01 ภายใน 1 ปี</p>"
    page.save_revision().publish()
    content = client.get(page.url).content.decode()
    assert "จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 5 เดือน" in content
    assert "ยื่นแบบ สปส. 2-01 ภายใน 1 ปี" in content


def test_the_contact_page_shows_the_hotline(client, category_page):
    assert "1506" in client.get(category_page("about/contact").url).content.decode()


def test_the_links_page_shows_its_links(client, category_page):
    page = category_page("units/other-websites")
    page.links.add(models.ExternalLink(title="กระทรวงแรงงาน", url="https://www.mol.go.th"))
    page.save_revision().publish()
    content = client.get(page.url).content.decode()
    assert "https://www.mol.go.th" in content


def test_every_category_page_renders(client, taxonomy):
    from categories.models import Category

    for category in Category.objects.select_related("page"):
        response = client.get(category.page.url)
        assert response.status_code == 200, category.key
        assert category.page.title in response.content.decode(), category.key


def test_the_home_page_renders_with_the_menu(client, home_page, category_page):
    content = client.get("/").content.decode()
    assert "สิทธิประโยชน์" in content
    assert category_page("benefits").url in content


def test_every_concrete_page_type_has_its_parents_and_children_declared():
    from wagtail.models import get_page_models

    for model in get_page_models():
        if model is Page or not model.is_creatable:  # e.g. the base of the notice kinds
            continue
        assert "parent_page_types" in model.__dict__ or model._meta.parents, model
        assert model.allowed_parent_page_models(), model


@pytest.mark.parametrize(
    ("child", "parent_key"),
    [
        (models.NewsArticlePage, "laws/acts"),
        (models.LawPage, "news/press-releases"),
        (models.PersonPage, "downloads/ssf-forms"),
        (models.SectionPage, "news/press-releases"),
    ],
)
def test_a_page_type_cannot_be_created_in_the_wrong_place(category_page, child, parent_key):
    assert not child.can_create_at(category_page(parent_key))


def test_a_recruitment_notice_cannot_close_before_it_opens():
    from django.core.exceptions import ValidationError

    page = models.RecruitmentNoticePage(
        title="x", slug="x", application_start=datetime.date(2026, 5, 2), application_end=datetime.date(2026, 5, 1)
    )
    with pytest.raises(ValidationError):
        page.clean()


def test_a_video_page_refuses_an_address_that_is_not_youtube():
    from django.core.exceptions import ValidationError

    page = models.VideoNewsPage(title="x", slug="x", video_url="https://example.com/video.mp4")
    with pytest.raises(ValidationError):
        page.clean()


def test_a_repealed_law_says_so_in_thai(client, category_page):
    page = f.LawPageFactory(
        parent=category_page("laws/acts"),
        status=models.LawPage.Status.REPEALED,
        repealed_date=datetime.date(2015, 1, 1),
    )
    assert "ยกเลิกแล้ว" in client.get(page.url).content.decode()
