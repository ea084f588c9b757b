"""The workflow slice's admin screen as a Wagtail viewset under its URL namespace: ``permission_matrix:index`` (in
the Reports menu)."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.workflow import views


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
