"""Issue 17: policy pages in the footer, the FAQ, and the pages a citizen uses on a phone (tel: links, Thai order)."""

import json
import re

import pytest

from categories import models
from categories.tests.factories import BenefitPageFactory, FaqPageFactory, PolicyPageFactory, UnitOfficePageFactory

pytestmark = pytest.mark.django_db


def _faq(parent, items):
    page = FaqPageFactory(parent=parent, title="คำถามที่พบบ่อย")
    for topic, question, answer in items:
        models.FaqItem.objects.create(page=page, topic=topic, question=question, answer=f"<p>{answer}</p>")
    page.save_revision().publish()
    return page


def test_the_footer_lists_the_live_policy_pages_and_not_a_draft(client, category_page):
    other = category_page("other")
    PolicyPageFactory(parent=other, title="นโยบายคุ้มครองข้อมูลส่วนบุคคล", kind="privacy")
    draft = PolicyPageFactory(parent=other, title="นโยบายเว็บไซต์ฉบับร่าง", kind="website")
    draft.unpublish()

    footer = client.get("/").content.decode().split('class="site-footer__links"')[1]

    assert "นโยบายคุ้มครองข้อมูลส่วนบุคคล" in footer
    assert "นโยบายเว็บไซต์ฉบับร่าง" not in footer


def test_a_faq_page_gives_each_question_an_anchor_and_faqpage_structured_data(client, category_page):
    page = _faq(category_page("other"), [("maternity", "ค่าคลอดบุตรได้เท่าไร", "เหมาจ่าย 15,000 บาท <b>ต่อครั้ง</b>")])
    item = page.faq_items.get()

    html = client.get(page.url).content.decode()

    assert f'id="q-{item.pk}"' in html and f'href="#q-{item.pk}"' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"][0]["name"] == "ค่าคลอดบุตรได้เท่าไร"
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == "เหมาจ่าย 15,000 บาท ต่อครั้ง"


def test_structured_data_cannot_close_its_script_element(category_page):
    page = _faq(category_page("other"), [("online", "</script><script>alert(1)</script>", "x")])

    assert "</script>" not in page.structured_data()


def test_faq_questions_are_found_by_the_site_search(client, category_page):
    page = _faq(category_page("other"), [("unemployment", "ขึ้นทะเบียนว่างงานภายในกี่วัน", "ภายใน 30 วัน")])

    html = client.get("/search/", {"q": "ขึ้นทะเบียนว่างงาน"}).content.decode()

    assert page.url in html


def test_a_benefit_page_shows_the_questions_of_its_topic_only(client, category_page):
    _faq(
        category_page("other"),
        [("maternity", "ค่าคลอดบุตรได้เท่าไร", "15,000 บาท"), ("old_age", "บำนาญชราภาพได้เมื่อใด", "อายุ 55 ปี")],
    )
    benefit = BenefitPageFactory(parent=category_page("benefits/social-security-fund"), faq_topic="maternity")

    html = client.get(benefit.url).content.decode()

    assert "ค่าคลอดบุตรได้เท่าไร" in html
    assert "บำนาญชราภาพได้เมื่อใด" not in html


def test_an_office_phone_is_a_tel_link_for_each_number(client, category_page):
    office = UnitOfficePageFactory(parent=category_page("units/regional"), phone="0 5322 5000, 0 5322 5001 ต่อ 12")

    html = client.get(office.url).content.decode()

    assert 'href="tel:053225000"' in html
    assert 'href="tel:053225001"' in html


def test_the_province_filter_lists_chiang_mai_among_the_cho_chang_words(client, category_page):
    directory = category_page("units/regional")
    for province in ("เชียงใหม่", "ตาก", "ชลบุรี", "กระบี่", "แพร่"):
        UnitOfficePageFactory(parent=directory, province=province, title=f"สำนักงานประกันสังคมจังหวัด{province}")

    html = client.get(directory.url).content.decode()
    select = html.split('id="filter-province"')[1].split("</select>")[0]

    assert re.findall(r'<option value="([^"]+)"', select) == ["กระบี่", "ชลบุรี", "เชียงใหม่", "ตาก", "แพร่"]
