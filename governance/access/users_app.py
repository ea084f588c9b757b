"""Wagtail's users app with the access slice's user screens (``governance.access.user_admin``), named in
``INSTALLED_APPS`` instead of ``wagtail.users``. Kept apart because settings import it before models are ready."""

from wagtail.users.apps import WagtailUsersAppConfig


class AccessUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "governance.access.user_admin.AccessUserViewSet"

    def ready(self):
        super().ready()
        from wagtail.admin.forms.account import NameEmailForm

        # Accounts issued by สบท. have their full Thai name as the first name and no last name. Wagtail's account
        # page requires one, and its name form is bound on every save, so the forced first-login password
        # change would fail on a field the user was never asked for.
        NameEmailForm.base_fields["last_name"].required = False
