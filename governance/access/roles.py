"""The roles of seed §2.1 as Wagtail groups, named with the unit code as the seed writes it."""

from django.utils.translation import gettext_lazy as _

EDITOR = "editor"
DIRECTOR = "director"
CHECKER = "checker"
ROLE_CHOICES = [(EDITOR, _("prepares data")), (DIRECTOR, _("director (approves)")), (CHECKER, _("checker"))]

# Thai group-name suffixes: auditors read "กม. ผู้จัดทำข้อมูล" and know the unit and the role.
ROLE_GROUP_SUFFIX = {EDITOR: "ผู้จัดทำข้อมูล", DIRECTOR: "ผู้อำนวยการ", CHECKER: "ผู้ตรวจสอบ"}

# Office-wide groups.
SCREENING = "ผอ. ศสน. (กลั่นกรอง)"
SECRETARY_GENERAL = "ลธ.สปส."
EXECUTIVES = "ผู้บริหารที่ได้รับมอบอำนาจ"
ACCOUNT_ADMINS = "สบท. ผู้ดูแลระบบ"
# Only its members read the traffic log (Computer Crime Act): superusers are not let in by their status.
TRAFFIC_AUDITORS = "ผู้ตรวจสอบบันทึกการจราจรทางคอมพิวเตอร์"
OFFICE_WIDE_GROUPS = (SCREENING, SECRETARY_GENERAL, EXECUTIVES, ACCOUNT_ADMINS, TRAFFIC_AUDITORS)

# The unit that also edits and approves pages owned by other units (seed: "หน่วยงานเจ้าของข้อมูล/ศสน.").
CENTRAL_UNIT = "ศสน."


def group_name(unit_code: str, role: str) -> str:
    return f"{unit_code} {ROLE_GROUP_SUFFIX[role]}"


def parse_group_name(name: str) -> tuple[str, str] | None:
    """(unit code, role) for a unit group's name, else None."""
    for role, suffix in ROLE_GROUP_SUFFIX.items():
        if name.endswith(" " + suffix):
            return name[: -len(suffix) - 1], role
    return None


# Who reads the permission matrix (and, with the centres' directors, the 3-day report): the office-wide roles
# that issue accounts, screen requests and oversee publication.
MATRIX_READERS = (ACCOUNT_ADMINS, SCREENING, SECRETARY_GENERAL, EXECUTIVES)
