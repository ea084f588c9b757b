"""One demo account per role, read from ``data/demo/accounts.yaml``, so a newcomer can try the whole publishing
flow (development only)."""

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from demo.datafiles import mapping, read, sequence, text
from governance.access.models import Unit
from governance.access.people import save_profile
from governance.access.roles import OFFICE_WIDE_GROUPS, parse_group_name

ACCOUNTS_FILE = "accounts.yaml"
CREDENTIALS_FILE = settings.BASE_DIR / ".local" / "demo-accounts"
_USERNAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class DemoAccount:
    username: str
    name: str
    group: str
    position: str = ""


def demo_accounts(directory: Path | None = None) -> list[DemoAccount]:
    """The accounts of the file, checked: names unique, each joining a unit's role or an office-wide group."""
    data, where = read(ACCOUNTS_FILE, directory)
    accounts = []
    for number, raw in enumerate(sequence(data, where), start=1):
        here = where / (raw.get("username", f"#{number}") if isinstance(raw, dict) else f"#{number}")
        raw = mapping(raw, here, required=("username", "name", "position", "group"))
        username = text(raw["username"], here / "username")
        if not _USERNAME.match(username):
            raise (here / "username").error("a user name is lower-case ASCII words joined by hyphens")
        if any(account.username == username for account in accounts):
            raise here.error("this user name is used twice")
        group = text(raw["group"], here / "group")
        if group not in OFFICE_WIDE_GROUPS and parse_group_name(group) is None:
            raise (here / "group").error(
                f"{group!r} is neither a unit's role ('<unit code> ผู้จัดทำข้อมูล', '… ผู้อำนวยการ', "
                f"'… ผู้ตรวจสอบ') nor an office-wide group ({', '.join(OFFICE_WIDE_GROUPS)})"
            )
        name = text(raw["name"], here / "name", allow_empty=False)
        position = text(raw["position"], here / "position", allow_empty=False)
        accounts.append(DemoAccount(username, name, group, position))
    return accounts


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


def create_demo_accounts(accounts: list[DemoAccount] | None = None) -> tuple[list[str], str | None]:
    """Create the missing demo accounts; returns their names and the password when it was just generated."""
    accounts = demo_accounts() if accounts is None else accounts
    user_model = get_user_model()
    password, generated = demo_password()
    created = []
    for account in accounts:
        if user_model.objects.filter(username=account.username).exists():
            continue
        user = user_model.objects.create_user(
            username=account.username,
            email=f"{account.username}@example.invalid",
            password=password,
            first_name=account.name,
        )
        user.groups.add(Group.objects.get(name=account.group))
        parsed = parse_group_name(account.group)
        unit = Unit.objects.filter(code=parsed[0]).first() if parsed else None
        save_profile(user, full_name=account.name, position=account.position, unit=unit)
        created.append(account.username)
    return created, password if generated else None
