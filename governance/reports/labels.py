"""Thai names of the codes the figures keep (the figures store codes, so a renamed label changes no report)."""

REQUEST_SOURCES = {
    "internal": "หน่วยงานที่ไม่มีภารกิจประจำ (ข้อ ๒.๑(๒))",
    "ministry": "หน่วยงานในกระทรวงแรงงาน (ข้อ ๒.๒)",
    "external": "หน่วยงานภายนอก (ข้อ ๒.๓)",
}
CLOCK_SOURCES = {"regular": "ภารกิจประจำ (ข้อ ๒.๑(๑))", **REQUEST_SOURCES}
ISSUE_KINDS = {
    "broken_link": "ลิงก์ภายในเสีย",
    "missing_document": "ไม่พบเอกสาร",
    "missing_image": "ไม่พบรูปภาพ",
    "link_to_expired": "ลิงก์ไปหน้าที่หมดอายุ",
    "review_overdue": "เกินกำหนดทบทวน",
    "empty_section": "หมวดไม่มีเนื้อหา",
    "document_not_pdfa": "เอกสารไม่เป็น PDF/A",
    "document_too_large": "เอกสารขนาดใหญ่เกิน",
    "broken_external_link": "ลิงก์ภายนอกเสีย",
    "reported": "ข้อผิดพลาดที่ได้รับแจ้ง",
}
ISSUE_SOURCES = {"check": "การตรวจเว็บไซต์", "staff": "เจ้าหน้าที่", "public": "ประชาชน"}
STATUSES = {"draft": "ร่าง", "submitted": "เสนอผู้บังคับบัญชาแล้ว", "acknowledged": "ผู้บังคับบัญชารับทราบแล้ว"}
UNKNOWN_CATEGORY = "ไม่อยู่ในหมวดใด"
UNKNOWN_UNIT = "ไม่ระบุหน่วยงาน"


def label(names: dict[str, str], code: str) -> str:
    return names.get(code, code)
