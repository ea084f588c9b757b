"""The editing form of procurement notices: a notice must sit where its unit's notices belong."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from procurement.notice_parents import NoticeParent


class NoticeForm(WagtailAdminPageForm):
    """Checks the project, unit and place in the tree together, which the model alone cannot (a new page has
    no parent yet when its ``clean`` runs)."""

    def clean(self):
        cleaned = super().clean()
        project, unit = cleaned.get("project"), cleaned.get("unit")
        parent = self.parent_page.specific if self.parent_page else None
        office_unit = parent.office_unit if isinstance(parent, NoticeParent) else None
        if self.instance.needs_project and project is None and "project" not in self.errors:
            self.add_error("project", _("Choose the procurement project this notice belongs to."))
        if project is not None:
            if unit is not None and unit != project.unit:
                self.add_error(
                    "unit", _("The notice's unit must be the project's unit, %(unit)s.") % {"unit": project.unit.code}
                )
            unit = cleaned["unit"] = project.unit
        if office_unit is not None:
            if unit is None:
                unit = cleaned["unit"] = office_unit
            elif unit != office_unit:
                field = "project" if project is not None else "unit"
                self.add_error(
                    field,
                    _("Notices here belong to %(office)s; this one is for %(unit)s.")
                    % {"office": office_unit.code, "unit": unit.code},
                )
        elif parent is not None and unit is not None and unit.province:
            field = "project" if project is not None else "unit"
            self.add_error(field, _("A provincial office's notices go on that office's page in the regional section."))
        if unit is None and "unit" not in self.errors:
            self.add_error("unit", _("Choose the unit that issues this notice."))
        return cleaned
