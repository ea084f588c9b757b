"""One demo account per role, so a newcomer can try the whole publishing flow (development only)."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.access.roles import ACCOUNT_ADMINS, EXECUTIVES, SCREENING, SECRETARY_GENERAL, group_name

CREDENTIALS_FILE = settings.BASE_DIR / ".local" / "demo-accounts"

# (user name, Thai name, group): the legal division's three roles show the whole workflow on a law page, the
# central centre checks it, กค. and the Chiang Mai office show procurement (the office sees only its province),
# an executive approves material outside the list, สบท. issues accounts.
DEMO_ACCOUNTS = [
    ("km-editor", "ผู้จัดทำข้อมูล กองกฎหมาย (ตัวอย่าง)", group_name("กม.", "editor")),
    ("km-director", "ผู้อำนวยการกองกฎหมาย (ตัวอย่าง)", group_name("กม.", "director")),
    ("km-checker", "ผู้ตรวจสอบ กองกฎหมาย (ตัวอย่าง)", group_name("กม.", "checker")),
    ("ssn-editor", "ผู้จัดทำข้อมูล ศสน. (ตัวอย่าง)", group_name("ศสน.", "editor")),
    ("ssn-director", "ผู้อำนวยการ ศสน. (ตัวอย่าง)", group_name("ศสน.", "director")),
    ("ssn-checker", "ผู้ตรวจสอบ ศสน. (ตัวอย่าง)", group_name("ศสน.", "checker")),
    ("kk-editor", "ผู้จัดทำข้อมูล กองคลัง (ตัวอย่าง)", group_name("กค.", "editor")),
    ("cm-editor", "ผู้จัดทำข้อมูล สปส.จังหวัดเชียงใหม่ (ตัวอย่าง)", group_name("สปจ.เชียงใหม่", "editor")),
    ("cm-director", "ผู้อำนวยการ สปส.จังหวัดเชียงใหม่ (ตัวอย่าง)", group_name("สปจ.เชียงใหม่", "director")),
    ("executive", "ผู้บริหารที่ได้รับมอบอำนาจ (ตัวอย่าง)", EXECUTIVES),
    ("screening", "ผอ. ศสน. ผู้กลั่นกรอง (ตัวอย่าง)", SCREENING),
    ("secretary-general", "ลธ.สปส. (ตัวอย่าง)", SECRETARY_GENERAL),
    ("it-admin", "ผู้ดูแลระบบ สบท. (ตัวอย่าง)", ACCOUNT_ADMINS),
]


def demo_password() -> tuple[str, bool]:
    """The shared demo password: SSO_DEMO_PASSWORD, else one generated once and kept out of git."""
    if os.environ.get("SSO_DEMO_PASSWORD"):
        return os.environ["SSO_DEMO_PASSWORD"], False
    if CREDENTIALS_FILE.exists():
        return CREDENTIALS_FILE.read_text(encoding="utf-8").strip(), False
    password = secrets.token_urlsafe(12)
    CREDENTIALS_FILE.parent.mkdir(mode=0o700, exist_ok=True)
    CREDENTIALS_FILE.write_text(password + "\n", encoding="utf-8")
    CREDENTIALS_FILE.chmod(0o600)
    return password, True


def create_demo_accounts() -> tuple[list[str], str | None]:
    """Create the missing demo accounts; returns their names and the password when it was just generated."""
    user_model = get_user_model()
    password, generated = demo_password()
    created = []
    for username, name, group in DEMO_ACCOUNTS:
        if user_model.objects.filter(username=username).exists():
            continue
        user = user_model.objects.create_user(
            username=username, email=f"{username}@example.invalid", password=password, first_name=name
        )
        user.groups.add(Group.objects.get(name=group))
        created.append(username)
    return created, password if generated else None
