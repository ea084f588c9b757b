"""The 3- or 6-month report's admin screens as a Wagtail viewset under the ``periodic_reports`` URL namespace,
in the Reports menu: the list (``periodic_reports:index``), a new draft (``:add``), a report (``:detail``), its
steps (``:action``) and its PDF and XLSX (``:download``)."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.periodic_reports import views


class PeriodicReportViewSet(UserTestViewSet):
    name = "periodic_reports"
    url_prefix = "periodic-reports"
    icon = "doc-full"
    menu_label = gettext_lazy("Website performance report (3/6 months)")
    menu_order = 902
    menu_hook = "register_reports_menu_item"
    permission_policy = views.REPORT_POLICY
    listing_view_class = views.PeriodicReportIndexView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("new/", views.report_create_view, name="add"),
            path("<int:pk>/", views.report_detail_view, name="detail"),
            path("<int:pk>/act/<str:action>/", views.report_action_view, name="action"),
            path("<int:pk>/download.<str:file_format>", views.report_download_view, name="download"),
        ]
