"""The regular site check (seed §2.1, §3.2): each finding on a live page becomes one site issue for the category's
checking units, with the exact place on the page; a second run opens nothing new; a repaired page closes its
issue as fixed, linked to the revision that repaired it."""

import datetime
import io
import urllib.error
import urllib.request
import uuid

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from categories.models import PhotoNewsImage, SectionPage
from categories.tests.factories import (
    BenefitPageFactory,
    ContentPageFactory,
    NewsArticlePageFactory,
    PhotoNewsPageFactory,
)
from core.tests.factories import MINIMAL_PDF, DocumentFactory, ImageFactory
from governance.tests.factories import unit_user
from governance.upkeep import issues as upkeep
from governance.upkeep import jobs
from governance.upkeep.models import SiteIssue
from governance.upkeep.site_checks import run_site_check

pytestmark = pytest.mark.django_db

Kind = SiteIssue.Kind
XMP_PDFA = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
    b'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="1" pdfaid:conformance="B"/>'
    b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
PDFA = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/Metadata 4 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Type/Metadata"
    b"/Subtype/XML/Length " + str(len(XMP_PDFA)).encode() + b">>stream\n" + XMP_PDFA + b"\nendstream endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def pdfa_document(**kwargs):
    return DocumentFactory(file=ContentFile(PDFA, name="pdfa.pdf"), **kwargs)


def paragraph(html):
    return {"type": "paragraph", "value": html, "id": str(uuid.uuid4())}


def document_block(document, label):
    return {"type": "document", "value": {"document": document.pk, "label": label}, "id": str(uuid.uuid4())}


def publish(page, *body):
    if body:
        page.body = list(body)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def news(category_page, *body, **kwargs):
    """A published press release (category news/press-releases, checked by ศสน.)."""
    kwargs.setdefault("title", "สปส. แจ้งกำหนดยื่นแบบ")
    return publish(NewsArticlePageFactory(parent=category_page("news/press-releases"), **kwargs), *body)


@pytest.fixture
def baseline():
    """One run over the bare tree first, so that a test sees only what it adds (the tree's empty sections)."""
    return run_site_check()


@pytest.fixture
def deleted_page(category_page):
    page = ContentPageFactory(parent=category_page("about/organization"), title="ประกาศที่ถูกลบ")
    page_id = page.pk
    page.delete()
    return page_id


@pytest.fixture
def broken(category_page, deleted_page):
    link = f'<p>ดูรายละเอียดใน <a linktype="page" id="{deleted_page}">อ่านประกาศฉบับเต็ม</a></p>'
    return news(category_page, paragraph("<p>ข้อความนำ</p>"), paragraph(link))


def issues(page, kind):
    return list(SiteIssue.objects.filter(page_id=page.pk, kind=kind))


def test_a_broken_link_opens_an_issue_with_the_exact_location(baseline, broken):
    run_site_check()

    [issue] = issues(broken, Kind.BROKEN_LINK)
    assert issue.location == "เนื้อหา › บล็อกที่ 2 (ย่อหน้า) › ลิงก์ “อ่านประกาศฉบับเต็ม”"
    assert (issue.status, issue.source, issue.units, issue.category.key) == (
        "open",
        "check",
        "ศสน.",
        "news/press-releases",
    )


def test_a_second_run_opens_no_second_issue(baseline, broken):
    run_site_check()
    summary = run_site_check()

    assert len(issues(broken, Kind.BROKEN_LINK)) == 1
    assert summary.opened == 0
    assert summary.seen_again >= 1


def test_a_document_whose_file_is_gone_opens_one_missing_document_issue(baseline, category_page):
    document = pdfa_document(title="แบบคำขอ")
    page = news(category_page, document_block(document, "ดาวน์โหลดแบบคำขอ"))
    document.file.storage.delete(document.file.name)

    run_site_check()
    run_site_check()

    [issue] = issues(page, Kind.MISSING_DOCUMENT)
    assert issue.location == "เนื้อหา › บล็อกที่ 1 (เอกสาร) › เอกสาร “ดาวน์โหลดแบบคำขอ”"
    assert issue.units == "ศสน."


def test_a_link_to_a_deleted_document_is_a_missing_document(baseline, category_page):
    document = pdfa_document()
    page = news(category_page, paragraph(f'<p><a linktype="document" id="{document.pk}">แบบ สปส. 1-10</a></p>'))
    document.delete()

    run_site_check()

    [issue] = issues(page, Kind.MISSING_DOCUMENT)
    assert issue.location == "เนื้อหา › บล็อกที่ 1 (ย่อหน้า) › ลิงก์ “แบบ สปส. 1-10”"


def test_a_lead_image_whose_file_is_gone_is_a_missing_image(baseline, category_page):
    image = ImageFactory()
    page = news(category_page, image=image)
    image.file.storage.delete(image.file.name)

    run_site_check()

    [issue] = issues(page, Kind.MISSING_IMAGE)
    assert issue.location == "ภาพหลัก"


def test_a_gallery_picture_whose_file_is_gone_is_found_in_the_inline_gallery(baseline, category_page):
    image = ImageFactory()
    page = PhotoNewsPageFactory(parent=category_page("news/photo-news"), title="ภาพกิจกรรมวันประกันสังคม")
    page.gallery_images.add(PhotoNewsImage(image=image, caption="พิธีเปิด"))
    page = publish(page)
    image.file.storage.delete(image.file.name)

    run_site_check()

    [issue] = issues(page, Kind.MISSING_IMAGE)
    assert issue.location == "อัลบั้มภาพ รายการที่ 1 › รูปภาพ"


def test_a_broken_link_in_a_rich_text_field_is_found(baseline, category_page, deleted_page):
    link = f'<p>ผู้ประกันตนตาม<a linktype="page" id="{deleted_page}">มาตรา 33</a></p>'
    parent = category_page("benefits/social-security-fund/maternity")
    page = publish(BenefitPageFactory(parent=parent, eligibility=link))

    run_site_check()

    [issue] = issues(page, Kind.BROKEN_LINK)
    assert issue.location == "ผู้มีสิทธิ › ลิงก์ “มาตรา 33”"


def test_an_overdue_review_opens_one_issue(baseline, category_page):
    page = news(category_page)
    days = category_page("news/press-releases").category.review_days
    Page.objects.filter(pk=page.pk).update(last_published_at=timezone.now() - datetime.timedelta(days=days + 1))

    run_site_check()
    run_site_check()

    [issue] = issues(page, Kind.REVIEW_OVERDUE)
    assert (issue.units, issue.category.key) == ("ศสน.", "news/press-releases")
    assert f"{days} วัน" in issue.detail


def test_a_page_reviewed_in_time_is_not_overdue(baseline, category_page):
    page = news(category_page)

    run_site_check()

    assert issues(page, Kind.REVIEW_OVERDUE) == []


def test_publishing_a_repaired_page_closes_the_issue_as_fixed_with_that_revision(baseline, broken):
    found_at = timezone.now()
    run_site_check(now=found_at)
    broken.body = [paragraph("<p>ดูรายละเอียดที่สำนักงานประกันสังคมทุกแห่ง</p>")]
    revision = broken.save_revision()
    revision.publish()

    summary = run_site_check(now=found_at + datetime.timedelta(hours=3))

    [issue] = issues(broken, Kind.BROKEN_LINK)
    assert (issue.status, issue.fixed_revision_id) == ("fixed", revision.pk)
    assert issue.time_to_fix == datetime.timedelta(hours=3)
    assert summary.fixed >= 1


def test_a_dismissed_finding_is_not_opened_again(baseline, broken):
    run_site_check()
    [issue] = issues(broken, Kind.BROKEN_LINK)
    upkeep.dismiss(issue, unit_user("ศสน.", "checker"), "ประกาศเดิมถูกยกเลิก ตั้งใจคงข้อความไว้เป็นประวัติ")

    run_site_check()

    assert [issue.status for issue in issues(broken, Kind.BROKEN_LINK)] == ["dismissed"]


def test_the_directors_of_the_checking_units_get_one_digest_of_a_run(baseline, broken, mailoutbox):
    unit_user("ศสน.", "director", email="ict-director@sso.example")

    run_site_check()

    [mail] = [mail for mail in mailoutbox if mail.to == ["ict-director@sso.example"]]
    assert "[ตรวจเว็บไซต์] พบข้อผิดพลาดใหม่" in mail.subject
    assert broken.title in mail.body and "อ่านประกาศฉบับเต็ม" in mail.body


def test_a_link_to_an_expired_page_is_found(baseline, category_page):
    target = ContentPageFactory(parent=category_page("about/organization"), title="ประกาศรับฟังความเห็น")
    target = publish(target)
    Page.objects.filter(pk=target.pk).update(live=False, expired=True, expire_at=timezone.now())
    page = news(category_page, paragraph(f'<p><a linktype="page" id="{target.pk}">ร่วมแสดงความเห็น</a></p>'))

    run_site_check()

    assert [issue.kind for issue in SiteIssue.objects.filter(page_id=page.pk)] == [Kind.LINK_TO_EXPIRED]


def test_a_link_to_a_page_scheduled_to_go_live_is_not_broken(baseline, category_page):
    target = ContentPageFactory(parent=category_page("about/organization"), title="ประกาศที่จะเผยแพร่")
    Page.objects.filter(pk=target.pk).update(live=False, go_live_at=timezone.now() + datetime.timedelta(days=1))
    page = news(category_page, paragraph(f'<p><a linktype="page" id="{target.pk}">ประกาศ</a></p>'))

    run_site_check()

    assert issues(page, Kind.BROKEN_LINK) == []


def empty_section(category_page, **kwargs):
    section = SectionPage(title="หมวดที่ยังไม่มีเนื้อหา", slug=f"empty-{uuid.uuid4().hex[:8]}", show_in_menus=True)
    category_page("news").add_child(instance=section)
    return publish(section, *kwargs.get("body", ()))


def test_a_section_in_the_menu_with_nothing_beneath_is_an_empty_section(baseline, category_page):
    section = empty_section(category_page)

    run_site_check()

    [issue] = issues(section, Kind.EMPTY_SECTION)
    assert issue.location == "เมนู"


def test_a_section_with_an_introduction_in_its_body_is_not_empty(baseline, category_page):
    section = empty_section(category_page, body=[paragraph("<p>หมวดนี้จะรวบรวมประกาศของสำนักงาน</p>")])

    run_site_check()

    assert issues(section, Kind.EMPTY_SECTION) == []


def test_a_pdf_without_pdfa_metadata_is_found(baseline, category_page):
    document = DocumentFactory(title="รายงานประจำปี")  # MINIMAL_PDF: no XMP packet
    assert b"pdfaid" not in MINIMAL_PDF
    page = news(category_page, document_block(document, "รายงานประจำปี 2569"))

    run_site_check()

    [issue] = issues(page, Kind.DOCUMENT_NOT_PDFA)
    assert issue.location == "เนื้อหา › บล็อกที่ 1 (เอกสาร) › เอกสาร “รายงานประจำปี 2569”"


def test_a_pdfa_document_is_not_flagged(baseline, category_page):
    page = news(category_page, document_block(pdfa_document(), "แบบคำขอ"))

    run_site_check()

    assert SiteIssue.objects.filter(page_id=page.pk).count() == 0


def test_a_pdfa_whose_metadata_is_compressed_is_recognised(baseline, category_page):
    from weasyprint import HTML

    pdf = HTML(string="<p>แบบคำขอรับประโยชน์ทดแทน</p>").write_pdf(pdf_variant="pdf/a-3b")
    assert b"pdfaid" not in pdf  # WeasyPrint compresses the XMP packet
    page = news(category_page, document_block(DocumentFactory(file=ContentFile(pdf, name="form.pdf")), "แบบคำขอ"))

    run_site_check()

    assert issues(page, Kind.DOCUMENT_NOT_PDFA) == []


def test_a_document_over_the_public_size_limit_is_found(baseline, category_page, settings):
    settings.SSO_DOCUMENT_PUBLIC_MAX_BYTES = 200
    page = news(category_page, document_block(pdfa_document(), "แบบคำขอ"))
    assert len(PDFA) > 200

    run_site_check()

    assert len(issues(page, Kind.DOCUMENT_TOO_LARGE)) == 1


def link_block(text, url):
    return {"type": "link", "value": {"text": text, "page": None, "url": url}, "id": str(uuid.uuid4())}


def test_outside_links_are_not_requested_by_default(baseline, category_page, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the site check called out to the internet")

    monkeypatch.setattr(urllib.request, "build_opener", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    page = news(category_page, link_block("กรมการจัดหางาน", "https://www.doe.go.th/missing"))

    summary = run_site_check()

    assert summary.external_checked == 0
    assert issues(page, Kind.BROKEN_EXTERNAL_LINK) == []


class FakeOpener:
    """Answers 404 for addresses ending in /missing, 200 otherwise; remembers what it was asked."""

    def __init__(self):
        self.requests = []

    def open(self, request, timeout):
        self.requests.append((request.get_method(), request.full_url, timeout))
        if request.full_url.endswith("/missing"):
            raise urllib.error.HTTPError(request.full_url, 404, "Not Found", {}, io.BytesIO())
        return io.BytesIO(b"")


def test_an_outside_link_answering_404_opens_an_issue_when_asked_for(baseline, category_page):
    opener = FakeOpener()
    page = news(category_page, link_block("กรมการจัดหางาน", "https://www.doe.go.th/missing"))

    run_site_check(external=True, opener=opener)

    [issue] = issues(page, Kind.BROKEN_EXTERNAL_LINK)
    assert issue.target == "https://www.doe.go.th/missing"
    assert issue.location == "เนื้อหา › บล็อกที่ 1 (ลิงก์) › ที่อยู่เว็บไซต์ภายนอก (URL) “กรมการจัดหางาน”"
    assert "404" in issue.detail
    assert [method for method, url, _ in opener.requests if url.endswith("/missing")] == ["HEAD", "GET"]
    assert {timeout for _, _, timeout in opener.requests} == {5}


def test_an_outside_link_that_answers_is_not_an_issue(baseline, category_page):
    page = news(category_page, link_block("กรมการจัดหางาน", "https://www.doe.go.th/"))

    run_site_check(external=True, opener=FakeOpener())

    assert issues(page, Kind.BROKEN_EXTERNAL_LINK) == []


def test_outside_links_beyond_the_runs_share_keep_their_issue_open(baseline, category_page, settings):
    page = news(category_page, link_block("กรมการจัดหางาน", "https://www.doe.go.th/missing"))
    run_site_check(external=True, opener=FakeOpener())
    settings.SSO_SITE_CHECK_EXTERNAL_MAX_LINKS = 0

    run_site_check(external=True, opener=FakeOpener())

    [issue] = issues(page, Kind.BROKEN_EXTERNAL_LINK)
    assert issue.status == "open"


def healthy_news(category_page, target, document):
    link = f'<p><a linktype="page" id="{target.pk}">หน้าหลักของหมวด</a></p>'
    return news(category_page, paragraph(link), document_block(document, "แบบคำขอ"))


def test_a_run_over_30_pages_costs_no_more_queries_than_over_one(
    baseline, category_page, django_assert_max_num_queries
):
    target, document = category_page("news"), pdfa_document()
    healthy_news(category_page, target, document)
    run_site_check()  # the index now has a child: its empty-section issue closes here, not in the runs compared
    with CaptureQueriesContext(connection) as one_page:
        run_site_check()
    for _ in range(29):
        healthy_news(category_page, target, document)

    with django_assert_max_num_queries(len(one_page)):
        summary = run_site_check()

    assert summary.opened == summary.fixed == 0


def test_the_command_prints_a_summary(baseline, broken):
    out = io.StringIO()

    call_command("check_site", stdout=out)

    printed = out.getvalue()
    assert "live pages checked in" in printed
    assert f"{Kind.BROKEN_LINK.label}: 1" in printed
    assert "issues: 1 new" in printed


def test_the_daily_cron_job_runs_the_check(baseline, broken):
    jobs.check_site()

    assert len(issues(broken, Kind.BROKEN_LINK)) == 1


def test_an_outside_link_into_our_own_network_is_reported_and_never_requested(monkeypatch):
    from governance.upkeep.site_checks import external

    monkeypatch.setattr(external.socket, "getaddrinfo", lambda host, port: [(2, 1, 6, "", ("10.1.2.3", 0))])

    def no_request(*args, **kwargs):
        raise AssertionError("an internal address was requested")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_request)

    problems = external.check_urls(["http://intranet.sso.local/payroll"])

    assert str(external.INTERNAL_ADDRESS) in problems["http://intranet.sso.local/payroll"]


def test_a_redirect_into_our_own_network_is_not_followed(monkeypatch):
    from governance.upkeep.site_checks import external

    monkeypatch.setattr(external.socket, "getaddrinfo", lambda host, port: [(2, 1, 6, "", ("169.254.169.254", 0))])
    request = urllib.request.Request("https://www.example.com/old")

    with pytest.raises(urllib.error.URLError, match="เครือข่ายภายใน"):
        external._PublicRedirects().redirect_request(request, None, 302, "Found", {}, "http://metadata.internal/")
