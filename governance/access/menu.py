"""Admin menu items for office-wide groups."""

from wagtail.admin.menu import MenuItem

from governance.access.rules import in_any_group


class GroupMenuItem(MenuItem):
    """A menu item shown only to members of some office-wide groups (the views check again)."""

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = groups

    def is_shown(self, request):
        return in_any_group(request.user, self.groups)
