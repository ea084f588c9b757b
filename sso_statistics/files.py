"""The stable download addresses of a statistics part, beside its page:

    <part page>/data/<period>.csv|json|xlsx     one dataset (period as in ``Period.slug``, e.g. 2568-03)
    <part page>/chart/<period>.svg|png          its chart
    <part page>/series/data.csv|json|xlsx       the time series (query string as on the series page)
    <part page>/series/chart.svg|png            its chart

Wagtail serves only addresses that end in "/", so these are routed here, before Wagtail, to the part page found
the way Wagtail finds it (live pages of this site only); pages with view restrictions serve no files.
"""

from django.http import Http404
from django.urls import re_path
from wagtail.models import Site

from core.http_caching import add_keys, served_page_keys
from sso_statistics import public_views
from sso_statistics.models import StatisticsPartPage

DATA_FORMATS = ("csv", "json", "xlsx")
CHART_FORMATS = ("svg", "png")


def _part_page(request, page_path: str) -> StatisticsPartPage:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in page_path.split("/") if component]
    page, _args, _kwargs = site.root_page.localized.specific.route(request, components)
    if not isinstance(page, StatisticsPartPage) or page.get_view_restrictions().exists():
        raise Http404
    return page


def statistics_file(request, page_path, folder, name, fmt):
    page = _part_page(request, page_path)
    add_keys(request, *served_page_keys(page))  # purged with the page when it is published again
    if folder == "data" and fmt in DATA_FORMATS:
        return public_views.dataset_download(page, request, name, fmt)
    if folder == "chart" and fmt in CHART_FORMATS:
        return public_views.dataset_chart_download(page, request, name, fmt)
    if folder == "series" and name == "data" and fmt in DATA_FORMATS:
        return public_views.series_download(page, request, fmt)
    if folder == "series" and name == "chart" and fmt in CHART_FORMATS:
        return public_views.series_chart_download(page, request, fmt)
    raise Http404


urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)+)(?P<folder>data|chart|series)/(?P<name>[\w\-]+)\.(?P<fmt>[a-z]+)$",
        statistics_file,
        name="statistics_file",
    )
]
