"""The workflow slice's admin screen as a Wagtail viewset under its URL namespace: ``permission_matrix:index`` (in
the Reports menu)."""

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
    listing_view_class = views.PermissionMatrixView
