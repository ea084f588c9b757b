"""Ranking (issue 16, item 2): title and code above summary above body above attachments, the exact phrase above
scattered words, newer first among equals, editors' promotions first."""

import datetime

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from site_search.tests.helpers import found_titles, published_news

pytestmark = pytest.mark.django_db
NEWS_ONLY = {"type": "categories.newsarticlepage"}


def _days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def test_a_page_titled_with_the_query_ranks_first_over_ten_newer_body_mentions(client, category_page):
    news = category_page("news/press-releases")
    published_news(news, "ประโยชน์ทดแทนกรณีทันตกรรม", date=_days_ago(400))
    for n in range(10):
        published_news(news, f"ข่าวกิจกรรมประจำเดือนที่ {n}", paragraphs=[f"มีบริการทันตกรรมในงานครั้งที่ {n}"])
    titles = found_titles(client, "ทันตกรรม", **NEWS_ONLY)
    assert len(titles) == 11
    assert titles[0] == "ประโยชน์ทดแทนกรณีทันตกรรม"


def test_a_summary_match_ranks_above_a_body_match(client, category_page):
    news = category_page("news/press-releases")
    published_news(news, "ข่าวหนึ่ง", paragraphs=["เรื่องกองทุนเงินทดแทนปรับปรุงใหม่"])
    published_news(news, "ข่าวสอง", "เรื่องกองทุนเงินทดแทนปรับปรุงใหม่", date=_days_ago(30))
    assert found_titles(client, "กองทุนเงินทดแทน", **NEWS_ONLY)[:2] == ["ข่าวสอง", "ข่าวหนึ่ง"]


def test_a_body_match_ranks_above_an_attachment_match(client, category_page, thai_pdf_document):
    news = category_page("news/press-releases")
    document = thai_pdf_document("ตารางอัตราค่ารักษาพยาบาลโรคเรื้อรัง")
    published_news(news, "ข่าวแนบเอกสาร", paragraphs=[f'<a linktype="document" id="{document.pk}">เอกสาร</a>'])
    published_news(news, "ข่าวเนื้อหา", paragraphs=["โรคเรื้อรังรักษาได้"], date=_days_ago(30))
    assert found_titles(client, "โรคเรื้อรัง", **NEWS_ONLY)[:2] == ["ข่าวเนื้อหา", "ข่าวแนบเอกสาร"]


def test_the_exact_phrase_ranks_above_scattered_words(client, category_page):
    news = category_page("news/press-releases")
    published_news(news, "ข่าวคำกระจาย", paragraphs=["เงินสมทบเดือนนี้ และเรื่องอื่น ส่วนการจ่ายล่าช้ามีค่าปรับ"])
    published_news(news, "ข่าววลีตรง", paragraphs=["แจ้งเรื่องจ่ายเงินสมทบล่าช้าต้องเสียเงินเพิ่ม"], date=_days_ago(30))
    assert found_titles(client, "จ่ายเงินสมทบล่าช้า", **NEWS_ONLY)[:2] == ["ข่าววลีตรง", "ข่าวคำกระจาย"]


def test_among_equal_matches_the_newer_page_comes_first(client, category_page):
    news = category_page("news/press-releases")
    published_news(news, "ประกาศวันหยุดสงกรานต์ รอบใหม่", date=_days_ago(3))
    published_news(news, "ประกาศวันหยุดสงกรานต์ รอบเก่า", date=_days_ago(300))  # published later, dated earlier
    assert found_titles(client, "สงกรานต์", **NEWS_ONLY)[:2] == [
        "ประกาศวันหยุดสงกรานต์ รอบใหม่",
        "ประกาศวันหยุดสงกรานต์ รอบเก่า",
    ]


def test_an_editors_promotion_comes_before_the_ranked_results(client, category_page):
    news = category_page("news/press-releases")
    published_news(news, "ว่างงานกรณีถูกเลิกจ้าง")
    promoted = published_news(news, "ขึ้นทะเบียนว่างงานออนไลน์ (แนะนำ)", date=_days_ago(700))
    SearchPromotion.objects.create(query=Query.get("ว่างงาน"), page=promoted, sort_order=0)
    response = client.get("/search/", {"q": "ว่างงาน"})
    html = response.content.decode()
    assert [p.page_id for p in response.context["outcome"].promoted] == [promoted.pk]
    assert html.index("ขึ้นทะเบียนว่างงานออนไลน์ (แนะนำ)") < html.index("ว่างงานกรณีถูกเลิกจ้าง")
