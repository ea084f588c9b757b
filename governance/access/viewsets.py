"""The access slice's admin screen as a Wagtail viewset under its URL namespace: ``unit_accounts:issue`` (in the
Settings menu, for สบท.)."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.access import views


class UnitAccountViewSet(UserTestViewSet):
    name = "unit_accounts"
    url_prefix = "governance/issue-account"
    icon = "user"
    menu_label = gettext_lazy("Issue an account")
    menu_order = 601
    add_to_settings_menu = True
    permission_policy = views.ACCOUNT_POLICY

    def get_urlpatterns(self):
        return [path("", views.issue_account_view, name="issue")]
