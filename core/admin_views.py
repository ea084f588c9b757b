"""Pieces for admin screens built on Wagtail's generic views and viewsets, whose rules of access are the office's
groups rather than Django model permissions.

- ``UserTestPolicy``: a Wagtail permission policy whose actions ("view", "add", …) are tests of the user, so the
  generic views (``PermissionCheckedMixin``), their buttons and the viewset's menu item all ask the same rule.
- ``PlainForbiddenMixin``: Wagtail's admin turns ``PermissionDenied`` into a redirect to the dashboard; screens
  the measures keep confidential answer a plain 403 instead.
- ``DefaultFiltersMixin``: a listing whose filters start from values other than "everything" (open issues
  only, the last 90 days).
- ``UserTestViewSet``: a viewset that hands its policy to its views, shows its menu item only to the users
  the policy lets see the index, and serves its listing (an index or report view) at ``index`` and ``results``.
- ``RowsReportMixin``: a ``ReportView`` whose table shows rows built from the page of objects.
- ``ThaiDateTimeColumn``: a listing column that shows a moment as the admin shows dates, in the Buddhist era.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.functional import cached_property
from django.views.defaults import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from core.thai_dates import format_thai_datetime


class UserTestPolicy(BasePermissionPolicy):
    """``UserTestPolicy(Model, view=can_read, add=can_register)``: an action is allowed when its test says so;
    an action without a test is refused."""

    def __init__(self, model, **tests):
        super().__init__(model)
        self.tests = tests

    def user_has_permission(self, user, action):
        test = self.tests.get(action)
        return bool(test and user.is_authenticated and test(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class PlainForbiddenMixin:
    """Answer 403 (Django's page) instead of Wagtail's redirect home when the view refuses the user.

    Put it first among the bases so that it wraps the permission check of ``PermissionCheckedMixin``."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as denied:
            return permission_denied(request, denied)


class DefaultFiltersMixin:
    """``default_filters`` fill the filter form when the request names none of them, so the first look at the
    listing is already filtered (and says so in its active filters)."""

    default_filters: dict = {}

    def get_default_filters(self) -> dict:
        return dict(self.default_filters)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        defaults = self.get_default_filters()
        if defaults and not any(name in kwargs["data"] for name in defaults):
            data = kwargs["data"].copy()
            data.update(defaults)
            kwargs["data"] = data
        return kwargs


class UserTestViewSet(ViewSet):
    """Hands ``permission_policy`` to every view it constructs and shows its menu item to the users the policy
    lets "view" (the views check again on every request)."""

    permission_policy: UserTestPolicy | None = None
    #: The viewset's list or report (an ``IndexView`` or ``ReportView``), served at ``""`` (``index``) and, for its
    #: filters' partial updates, at ``results/`` (``results``); subclasses add their other screens to
    #: ``get_urlpatterns``.
    listing_view_class = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(permission_policy=self.permission_policy, **kwargs)

    def construct_listing_view(self, view_class, index_name: str, results_name: str, **kwargs):
        return self.construct_view(
            view_class,
            index_url_name=self.get_url_name(index_name),
            index_results_url_name=self.get_url_name(results_name),
            **kwargs,
        )

    def listing_urlpatterns(self, view_class, prefix: str = "", index_name="index", results_name="results", **kwargs):
        """The two URLs of a listing: the page, and the results its filters fetch."""
        return [
            path(prefix, self.construct_listing_view(view_class, index_name, results_name, **kwargs), name=index_name),
            path(
                f"{prefix}results/",
                self.construct_listing_view(view_class, index_name, results_name, results_only=True, **kwargs),
                name=results_name,
            ),
        ]

    def get_urlpatterns(self):
        if self.listing_view_class is None:
            return []
        return self.listing_urlpatterns(self.listing_view_class)

    @cached_property
    def menu_item_class(self):
        policy = self.permission_policy

        def is_shown(item, request):
            return policy.user_has_permission(request.user, "view")

        return type(f"{type(self).__name__}MenuItem", (MenuItem,), {"is_shown": is_shown})


class RowsReportMixin:
    """For a ``ReportView`` whose table columns read rows built from the page of objects (``build_rows``), not
    the objects themselves. Wagtail builds the table before it calls ``decorate_paginated_queryset``, so the rows
    are built once, for whichever asks first, and the table and the downloads get the same rows."""

    def build_rows(self, object_list) -> list:
        raise NotImplementedError

    def decorate_paginated_queryset(self, object_list):
        if getattr(self, "_rows", None) is None:
            self._rows = self.build_rows(object_list)
        return self._rows

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))


class ThaiDateTimeColumn(Column):
    """``25 พฤศจิกายน 2569 เวลา 14.30 น.`` (Bangkok time, Buddhist era) instead of Wagtail's "3 days ago"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return format_thai_datetime(value) if value else ""
