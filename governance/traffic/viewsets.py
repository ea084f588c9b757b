"""The traffic log's admin screens as a Wagtail viewset under the ``traffic_log`` URL namespace: the records
(``traffic_log:index``, with its CSV and XLSX downloads), the legal holds (``traffic_log:holds``), entering one
(``traffic_log:add_hold``) and lifting one (``traffic_log:lift_hold``). No URL edits or deletes anything."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.traffic import views


class TrafficLogViewSet(UserTestViewSet):
    name = "traffic_log"
    url_prefix = "traffic-log"
    icon = "list-ul"
    menu_label = gettext_lazy("Computer traffic log")
    menu_order = 270
    add_to_admin_menu = True
    permission_policy = views.TRAFFIC_POLICY

    def get_log_view(self, **kwargs):
        return self.construct_view(
            views.TrafficLogView,
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("results"),
            **kwargs,
        )

    def get_holds_view(self, **kwargs):
        return self.construct_view(
            views.LegalHoldIndexView,
            index_url_name=self.get_url_name("holds"),
            index_results_url_name=self.get_url_name("holds_results"),
            add_url_name=self.get_url_name("add_hold"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.get_log_view(), name="index"),
            path("results/", self.get_log_view(results_only=True), name="results"),
            path("holds/", self.get_holds_view(), name="holds"),
            path("holds/results/", self.get_holds_view(results_only=True), name="holds_results"),
            path("holds/new/", views.add_hold_view, name="add_hold"),
            path("holds/<int:pk>/lift/", views.lift_hold_view, name="lift_hold"),
        ]
