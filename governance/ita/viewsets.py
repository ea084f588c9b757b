"""The evidence pack in the admin's Reports menu, under the ``ita`` URL namespace (``ita:index``)."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.ita import views


class ItaEvidenceViewSet(UserTestViewSet):
    name = "ita"
    url_prefix = "ita-evidence"
    icon = "folder-inverse"
    menu_label = gettext_lazy("ITA evidence pack")
    menu_order = 905
    menu_hook = "register_reports_menu_item"
    permission_policy = views.PACK_POLICY

    def get_urlpatterns(self):
        return [path("", views.pack_view, name="index")]
