"""Wagtail's sign-in form with its password box labelled in Thai.

Wagtail's ``LoginForm`` declares the password field without a label, so Django shows the field's name,
"Password", untranslated. ``WAGTAILADMIN_USER_LOGIN_FORM`` names this form."""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
