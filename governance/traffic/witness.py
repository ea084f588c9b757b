"""The daily seals sent out of the system, by e-mail to the traffic auditors.

A database administrator could rewrite records, hashes and seals together; a copy of each seal in the
auditors' mailboxes (outside this system's reach) lets them catch that: the chain must still end each day on
the hash they received.
"""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail

from governance.access.roles import TRAFFIC_AUDITORS


def send_seals(seals) -> int:
    """E-mail the new seals to every active auditor with an address; returns the number of recipients."""
    if not seals:
        return 0
    recipients = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=TRAFFIC_AUDITORS)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not recipients:
        return 0
    lines = [f"{seal.day:%Y-%m-%d}  {seal.count:>9,} รายการ  {seal.final_hash}" for seal in seals]
    body = (
        "ค่าแฮชปิดท้ายประจำวันของบันทึกข้อมูลการจราจรทางคอมพิวเตอร์ (วัน เวลาไทย, จำนวนรายการ, ค่าแฮช)\n\n"
        + "\n".join(lines)
        + "\n\nโปรดเก็บอีเมลนี้ไว้: เมื่อตรวจสอบ (traffic_log verify) ค่าแฮชของแต่ละวันต้องตรงกับค่าในอีเมลนี้\n"
    )
    subject = f"ค่าแฮชปิดท้ายบันทึกการจราจร {seals[0].day:%Y-%m-%d}" + (
        f" ถึง {seals[-1].day:%Y-%m-%d}" if len(seals) > 1 else ""
    )
    send_mail(subject, body, None, recipients)
    return len(recipients)
