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

    def get_urlpatterns(self):
        return [
            *self.listing_urlpatterns(views.TrafficLogView),
            *self.listing_urlpatterns(
                views.LegalHoldIndexView,
                prefix="holds/",
                index_name="holds",
                results_name="holds_results",
                add_url_name=self.get_url_name("add_hold"),
            ),
            path("holds/new/", views.add_hold_view, name="add_hold"),
            path("holds/<int:pk>/lift/", views.lift_hold_view, name="lift_hold"),
        ]
