"""The site issues' admin screens as a Wagtail viewset under the ``site_issues`` URL namespace: the list
(``site_issues:index``), one issue (``site_issues:edit``), a staff report of an error on a page
(``site_issues:report_page``) and the "reviewed, still correct" stamp (``site_issues:review_page``); and the
outgoing e-mail for สบท. under ``outbox``."""

from django.urls import path
from django.utils.translation import gettext_lazy

from core.admin_views import UserTestViewSet
from governance.upkeep import outbox_views, views


class SiteIssueViewSet(UserTestViewSet):
    name = "site_issues"
    url_prefix = "site-issues"
    icon = "warning"
    menu_label = gettext_lazy("Site issues")
    menu_order = 260
    add_to_admin_menu = True
    permission_policy = views.ISSUE_POLICY
    listing_view_class = views.SiteIssueIndexView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/", views.issue_view, name="edit"),
            path("report/<int:page_id>/", views.report_page_view, name="report_page"),
            path("review/<int:page_id>/", views.review_page_view, name="review_page"),
        ]


class OutboxViewSet(UserTestViewSet):
    """Outgoing e-mail for สบท.: the list (``outbox:index``), one message (``outbox:detail``) and "retry now"
    (``outbox:retry``, POST)."""

    name = "outbox"
    url_prefix = "outbox"
    icon = "mail"
    menu_label = gettext_lazy("Outgoing e-mail")
    menu_order = 270
    add_to_admin_menu = True
    permission_policy = outbox_views.OUTBOX_POLICY
    listing_view_class = outbox_views.OutboxIndexView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/", outbox_views.detail_view, name="detail"),
            path("<int:pk>/retry/", outbox_views.retry_view, name="retry"),
        ]
