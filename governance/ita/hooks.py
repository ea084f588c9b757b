"""The ITA evidence pack in the admin: its viewset (URL and Reports menu item)."""

from wagtail import hooks

from governance.ita.viewsets import ItaEvidenceViewSet


@hooks.register("register_admin_viewset")
def register_ita_evidence_viewset():
    return ItaEvidenceViewSet()
