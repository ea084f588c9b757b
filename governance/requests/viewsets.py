"""The requests slice's admin screens as Wagtail viewsets, each under its URL namespace:
``publication_requests:index`` … ``publication_requests:form`` and ``sla_report:index``."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.requests import sla_views, views


class PublicationRequestViewSet(UserTestViewSet):
    """The list of requests (paged, filtered, sorted) and, beside it, the screens of one request."""

    name = "publication_requests"
    url_prefix = "governance/requests"
    icon = "mail"
    menu_label = gettext_lazy("Publication requests")
    menu_order = 260
    add_to_admin_menu = True
    permission_policy = views.REQUEST_POLICY

    def get_urlpatterns(self):
        listing = self.listing_urlpatterns(views.PublicationRequestIndexView, add_url_name=self.get_url_name("add"))
        return listing + [
            path("new/", views.request_create_view, name="add"),
            path("<int:pk>/", views.request_detail_view, name="detail"),
            path("<int:pk>/act/<str:action>/", views.request_action_view, name="action"),
            path("<int:pk>/letter/", views.request_file_view, name="letter"),
            path("<int:pk>/attachments/<int:attachment_pk>/", views.request_file_view, name="attachment"),
            path("<int:pk>/form/", views.request_form_view, name="form"),
        ]


class SlaReportViewSet(UserTestViewSet):
    """The 3-day report, in the Reports menu."""

    name = "sla_report"
    url_prefix = "governance/sla-report"
    icon = "time"
    menu_label = gettext_lazy("3-day report")
    menu_order = 901
    menu_hook = "register_reports_menu_item"
    permission_policy = sla_views.SLA_REPORT_POLICY
    listing_view_class = sla_views.SlaReportView
