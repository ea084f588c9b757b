"""Recall: what citizens type finds the page that says it in the office's words (issue 16, item 1). Each case is
a query and the text of a page (title, summary or body) that must be found; run on SQLite and, with
DATABASE_URL, on PostgreSQL."""

import pytest

from site_search.tests.helpers import found_titles, published_news

pytestmark = pytest.mark.django_db

NEWS_ONLY = {"type": "categories.newsarticlepage"}

# (query, title, summary, body)
CASES = [
    # words inside compounds and after prefixes
    ("ประกันตน", "สิทธิของผู้ประกันตน", "", ""),
    ("ประกันสังคม", "สำนักงานประกันสังคมเปิดรับฟังความคิดเห็น", "", ""),
    ("คลอดบุตร", "ประโยชน์ทดแทนกรณีคลอดบุตร", "", ""),
    ("ทดแทน", "ประโยชน์ทดแทนกรณีว่างงาน", "", ""),
    ("เสียภาษี", "ข้อมูลผู้เสียภาษีของคู่สัญญา", "", ""),
    ("ว่างงาน", "", "ผู้ประกันตนที่ถูกเลิกจ้างได้รับเงินทดแทนกรณีว่างงาน", ""),
    ("รักษาพยาบาล", "", "", "ค่ารักษาพยาบาลกรณีเจ็บป่วยฉุกเฉิน"),
    ("สมทบ", "อัตราเงินสมทบปีนี้", "", ""),
    ("จ้างงาน", "มาตรการส่งเสริมการจ้างงานผู้สูงอายุ", "", ""),
    ("นายจ้าง", "", "หน้าที่ของนายจ้างในการขึ้นทะเบียนลูกจ้าง", ""),
    ("การคลอดบุตร", "สิทธิกรณีคลอดบุตรเพิ่มเป็น 15,000 บาท", "", ""),
    ("ชราภาพ", "บำเหน็จชราภาพและบำนาญชราภาพ", "", ""),
    # digits, spacing, case, hyphens
    ("มาตรา 40", "ผู้ประกันตนมาตรา ๔๐ เลือกจ่ายได้สามทางเลือก", "", ""),
    ("มาตรา ๔๐", "ทางเลือกสำหรับผู้ประกันตนมาตรา 40", "", ""),
    ("2568", "ปฏิทินกิจกรรมปี ๒๕๖๘", "", ""),
    ("๒๕๖๘", "แผนการจัดซื้อจัดจ้างประจำปี 2568", "", ""),
    ("เคาน์เตอร์ เซอร์วิส", "ชำระเงินสมทบที่เคาน์เตอร์เซอร์วิส", "", ""),
    ("เคาน์เตอร์เซอร์วิส", "", "จ่ายเงินสมทบผ่านเคาน์เตอร์ เซอร์วิส ได้ทุกสาขา", ""),
    ("SSO Connect", "แอปพลิเคชัน sso connect ใหม่", "", ""),
    ("sso connect", "ดาวน์โหลด SSO CONNECT บนมือถือ", "", ""),
    ("e-gp", "", "ประกาศผ่านระบบ E-GP ของกรมบัญชีกลาง", ""),
    ("EGP", "", "ประกาศผ่านระบบ e-GP ของกรมบัญชีกลาง รอบสอง", ""),
    ("ประกันสังคม มาตรา 33", "ผู้ประกันตนมาตรา 33 ในระบบประกันสังคม", "", ""),
    # codes, whole and in parts
    ("สปส. 2-01", "แบบคำขอรับประโยชน์ทดแทน", "ใช้แบบ สปส.2-01 ยื่นที่สำนักงาน", ""),
    ("สปส.2-01", "คำขอรับประโยชน์ทดแทนกรณีเจ็บป่วย", "", "กรอกแบบ สปส. 2-01 ให้ครบถ้วน"),
    ("2-01", "คำขอรับประโยชน์ทดแทนกรณีทุพพลภาพ", "แบบสปส.2-01", ""),
    ("สปส 1-03", "แบบขึ้นทะเบียนผู้ประกันตน", "", "แบบ สปส.1-03 สำหรับลูกจ้างใหม่"),
    ("0994000165510", "ผลการพิจารณาผู้ชนะการเสนอราคา", "", "เลขประจำตัวผู้เสียภาษี 0-9940-00165-51-0"),
    ("0-9940-00165-51-0", "ประกาศผู้ชนะการเสนอราคาจ้างทำความสะอาด", "", "ผู้ชนะ เลขประจำตัวผู้เสียภาษี 0994000165510"),
    ("67019123456", "ประกาศเชิญชวนซื้อครุภัณฑ์คอมพิวเตอร์", "", "เลขที่โครงการ 67019123456"),
    ("พ.ร.บ. ประกันสังคม 2533", "พระราชบัญญัติประกันสังคม พ.ศ. ๒๕๓๓", "พรบ.ประกันสังคม 2533", ""),
    ("ฉบับที่ 5", "พระราชบัญญัติประกันสังคม (ฉบับที่ ๕)", "", ""),
    ("123/2568", "คำสั่งแต่งตั้งคณะทำงาน", "", "คำสั่งสำนักงานประกันสังคม ที่ 123/2568"),
    # synonyms (seeded from data/search_synonyms.yaml)
    ("ทำฟัน", "สิทธิทันตกรรม 900 บาทต่อปี", "", ""),
    ("ค่าทำฟัน", "เบิกค่าทันตกรรมได้ที่คลินิก", "", ""),
    ("คลอดลูก", "เงินค่าคลอดบุตรเหมาจ่าย", "", ""),
    ("ตกงาน", "ขึ้นทะเบียนผู้ว่างงานออนไลน์", "", ""),
    ("เงินชราภาพ", "การยื่นขอรับบำนาญชราภาพ", "", ""),
    ("เงินชราภาพ", "ขั้นตอนขอรับบำเหน็จชราภาพ", "", ""),
    ("เงินเลี้ยงลูก", "ประโยชน์ทดแทนกรณีสงเคราะห์บุตร", "", ""),
    ("พิการ", "ประโยชน์ทดแทนกรณีทุพพลภาพ", "", ""),
    ("อาชีพอิสระ", "สมัครเป็นผู้ประกันตนมาตรา 40 ได้ง่าย", "", ""),
    # mixed scripts and punctuation
    ("โรงพยาบาล(รัฐ)", "รายชื่อโรงพยาบาลรัฐในระบบ", "", ""),
    ("ผู้ประกันตน, ว่างงาน", "ผู้ประกันตนที่ว่างงานต้องรายงานตัว", "", ""),
]


@pytest.mark.parametrize(("query", "title", "summary", "body"), CASES, ids=[f"{n}-{c[0]}" for n, c in enumerate(CASES)])
def test_a_citizens_words_find_the_page(client, category_page, query, title, summary, body):
    title = title or f"หน้าทดสอบ {query}"
    published_news(category_page("news/press-releases"), title, summary, [body] if body else [])
    assert title in found_titles(client, query, **NEWS_ONLY)


def test_a_misspelt_query_is_answered_with_a_did_you_mean(client, category_page):
    published_news(category_page("news/press-releases"), "สิทธิทันตกรรมสำหรับผู้ประกันตน")
    response = client.get("/search/", {"q": "ทันตกรม"})
    assert response.context["outcome"].corrected_query == "ทันตกรรม"
    assert "สิทธิทันตกรรมสำหรับผู้ประกันตน" in [r.title for r in response.context["outcome"].results]
    assert "หมายถึง" in response.content.decode()


def test_the_text_of_a_linked_pdf_finds_the_page(client, category_page, thai_pdf_document):
    document = thai_pdf_document("ประกาศอัตราค่าบริการทางการแพทย์กรณีฟอกเลือดด้วยเครื่องไตเทียม")
    page = published_news(
        category_page("news/press-releases"),
        "ประกาศคณะกรรมการการแพทย์ฉบับใหม่",
        paragraphs=[f'<a linktype="document" id="{document.pk}">ดาวน์โหลดประกาศ</a>'],
    )
    assert page.title in found_titles(client, "ไตเทียม", **NEWS_ONLY)


def test_pdf_text_that_lost_sara_am_still_finds_the_page(client, category_page, thai_pdf_document):
    document = thai_pdf_document("การดำเนินงานของสำนักงานประกันสังคมเขตพื้นที่")
    page = published_news(
        category_page("news/press-releases"),
        "รายงานประจำปีของหน่วยงาน",
        paragraphs=[f'<a linktype="document" id="{document.pk}">รายงาน</a>'],
    )
    assert page.title in found_titles(client, "ดำเนินงาน", **NEWS_ONLY)
