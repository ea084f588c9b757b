"""What a notice, and its editing form, ask of the page it is created under.

Notices sit under a kind's central list or a provincial office's page (``procurement.models.sections``). Those
pages sit above the notices (they list them), so a notice does not look them up by class: it asks its parent
through this interface, which the section pages implement.
"""


class NoticeParent:
    """Mixed into the page types notices are created under."""

    def accepts_notice_kind(self, kind: str) -> bool:
        """Whether a notice of ``kind`` may be created here."""
        return True

    @property
    def office_unit(self):
        """The unit every notice here belongs to (a provincial office's), or None when notices of any unit may be
        here."""
        return None

    @classmethod
    def project_url_below(cls, page, project_id: int) -> str:
        """The URL of the project's page in the section (central or regional) that ``page``, a page of this type or
        one below it, is part of; "" if none. A class method, so a notice asks its parent's type without reading
        the parent's own row."""
        raise NotImplementedError
