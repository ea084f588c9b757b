"""Demo publication requests in every state, so the dashboard and the SLA report show real rows (dev only)."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from categories.models import Category
from governance.access.models import Unit
from governance.requests import flow as flow
from governance.requests.models import PublicationRequest, SlaClock

DEMO_PREFIX = "ตัวอย่าง"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

# (letter number suffix, source, subject, final state)
DEMO_REQUESTS = [
    ("001", "ministry", "ขอเผยแพร่ประกาศรับสมัครงานของกรมการจัดหางาน", "received"),
    ("002", "external", "ขอเผยแพร่ประกาศเจตนารมณ์ต่อต้านการทุจริต", "decided"),
    ("003", "internal", "ขอเผยแพร่ผลการประเมินความพึงพอใจของผู้ประกันตน", "screened"),
    ("004", "internal", "ขอเผยแพร่คู่มือการขึ้นทะเบียนนายจ้างออนไลน์", "assigned"),
    ("005", "external", "ขอเผยแพร่กำหนดการสัมมนาความปลอดภัยในการทำงาน", "published"),
    ("007", "external", "ขอเผยแพร่ประกาศรับฟังความคิดเห็นร่างกฎหมาย", "drafted"),
    ("006", "ministry", "ขอเผยแพร่ข่าวกิจกรรมที่ไม่เกี่ยวข้องกับภารกิจ", "rejected"),
]


def create_demo_requests() -> int:
    if PublicationRequest.objects.filter(letter_number__startswith=DEMO_PREFIX).exists():
        return 0
    users = {u.username: u for u in get_user_model().objects.filter(username__startswith=("ssn-"))}
    users.update({u.username: u for u in get_user_model().objects.filter(username="secretary-general")})
    registrar, director, staff, sg = (
        users["ssn-editor"],
        users["ssn-director"],
        users["ssn-editor"],
        users["secretary-general"],
    )
    category = Category.objects.filter(key="news/external-notices").first()
    for suffix, source, subject, final in DEMO_REQUESTS:
        request = PublicationRequest(
            source=source,
            requesting_unit=Unit.objects.get(code="กพบ.") if source == "internal" else None,
            requesting_agency="" if source == "internal" else "กรมการจัดหางาน",
            letter_number=f"{DEMO_PREFIX} {suffix}/2569",
            letter_date=timezone.localdate() - datetime.timedelta(days=5),
            signer_name="นายผู้ลงนาม ตัวอย่าง",
            signer_position="ผู้อำนวยการ" if source == "internal" else "อธิบดี",
            subject=subject,
            target_category=category,
        )
        request.letter_pdf.save(f"demo-letter-{suffix}.pdf", ContentFile(PDF), save=False)
        flow.register(registrar, request)
        if final == "received":
            continue
        if final == "rejected":
            flow.reject(sg, request, "ไม่อยู่ในภารกิจของสำนักงานประกันสังคม")
            continue
        if source != "internal":
            flow.decide(sg, request, "ศสน.")
        if final == "decided":
            continue
        flow.screen(director, request)
        if final == "screened":
            continue
        flow.assign(director, request, staff)
        if final == "published" and category is not None:
            page = category.page.specific.get_children().live().first()
            if page is not None:
                flow.link_page(staff, request, page)
        if final == "drafted" and category is not None:
            flow.link_page(staff, request, _draft_notice(category.page.specific, subject))
    # one overdue item for the dashboard and the daily reminder
    SlaClock.objects.filter(request__letter_number=f"{DEMO_PREFIX} 004/2569").update(
        due_at=timezone.now() - datetime.timedelta(hours=6)
    )
    return len(DEMO_REQUESTS)


def _draft_notice(index, title):
    from categories.models import ExternalNoticePage

    page = ExternalNoticePage(title=title, slug="demo-request-draft", source_agency="กรมการจัดหางาน", live=False)
    index.add_child(instance=page)
    page.save_revision()
    return page
