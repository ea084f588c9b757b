"""Who may build the evidence pack: superusers, the auditors, the executives (ลธ.สปส. and those delegated) and the
staff of ศสน., the centre that answers the assessment. A unit's editors, directors and checkers may not: the pack
holds every unit's requests and the office's permission matrix."""

from governance.access.roles import (
    CENTRAL_UNIT,
    CHECKER,
    DIRECTOR,
    EDITOR,
    EXECUTIVES,
    SECRETARY_GENERAL,
    TRAFFIC_AUDITORS,
    group_name,
)
from governance.access.rules import in_any_group

PACK_READERS = (TRAFFIC_AUDITORS, EXECUTIVES, SECRETARY_GENERAL) + tuple(
    group_name(CENTRAL_UNIT, role) for role in (EDITOR, DIRECTOR, CHECKER)
)


def can_build_pack(user) -> bool:
    return in_any_group(user, PACK_READERS)
