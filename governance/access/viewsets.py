"""The access slice's admin screens as Wagtail viewsets, each under its URL namespace: ``unit_accounts:issue`` (in
the Settings menu, for สบท.) and ``permission_matrix:index`` (in the Reports menu)."""

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


class PermissionMatrixViewSet(UserTestViewSet):
    name = "permission_matrix"
    url_prefix = "governance/permission-matrix"
    icon = "key"
    menu_label = gettext_lazy("Permission matrix")
    menu_order = 900
    menu_hook = "register_reports_menu_item"
    permission_policy = views.MATRIX_POLICY

    def get_report_view(self, **kwargs):
        return self.construct_view(
            views.PermissionMatrixView,
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("results"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.get_report_view(), name="index"),
            path("results/", self.get_report_view(results_only=True), name="results"),
        ]
