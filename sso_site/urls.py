from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import health, page_types_report, page_urls
from core.web_security import csp_report
from governance.access.set_password import SetPasswordView
from governance.signin.restricted import frontend_login_view
from governance.signin.sessions import logout_view
from governance.upkeep.problem_reports import problem_report_view
from home import sitemap
from home import views as home_views
from site_search import views as search_views
from sso_statistics import open_data

urlpatterns = [
    path("", include(health.urlpatterns)),
    # Logout only by POST, ending the server session (ahead of Wagtail's own, which a GET half-performs).
    path("admin/logout/", logout_view, name="signin_logout"),
    # Wagtail's page types report with CSV/XLSX downloads, at Wagtail's own address (ahead of the admin's URLs).
    path(page_types_report.URL_PREFIX, include(page_types_report.urlpatterns)),
    # The one-time link a new account holder sets their password with (they are not signed in yet).
    path("admin/set-password/<uidb64>/<token>/", SetPasswordView.as_view(), name="account_set_password"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's front-end login would sign in without the second factor: restricted pages use the admin's.
    path("_util/login/", frontend_login_view, name="frontend_login"),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("sitemap.xml", sitemap.sitemap_index, name="sitemap"),
    path("sitemap-<int:number>.xml", sitemap.sitemap_file, name="sitemap_file"),
    path("site-map/", home_views.site_map, name="site_map"),
    path("services/", home_views.online_services, name="online_services"),
    path("open-data/datasets.json", open_data.catalogue_json, name="open_data_datasets_json"),
    path("open-data/datasets.csv", open_data.catalogue_csv, name="open_data_datasets_csv"),
    path("report-problem/", problem_report_view, name="report_problem"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("csp-report/", csp_report, name="csp_report"),
    path("favicon.ico", home_views.favicon_ico, name="favicon_ico"),
]

# A database outage answers the Thai 503 page with Retry-After (core.outages), other errors the 500 page.
handler500 = "core.outages.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages: Thai at their addresses as before, English under /en/ (i18n_patterns sets the language; Wagtail serves
# the home page's translation for it).
urlpatterns += [path("", include("sso_statistics.files"))]
urlpatterns += i18n_patterns(path("", include(page_urls)), prefix_default_language=False)
