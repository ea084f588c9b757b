"""Settings shared by every environment. Environment files (dev, test, production) import this."""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "core",
    "home",
    "categories",
    "procurement",
    "sso_statistics",
    "governance",
    "wagtail.contrib.forms",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_crontab",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "governance.traffic.middleware.TrafficLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "governance.access.middleware.ForcePasswordChangeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "sso_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "sso_site.wsgi.application"

# SQLite file by default (zero set-up); PostgreSQL (or any dj-database-url URL) when DATABASE_URL is set.
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Take SQLite's write lock when a transaction starts, so two processes appending to the traffic log's
    # chain wait their turn instead of failing with "database is locked" (SQLite ignores SELECT … FOR UPDATE).
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "th"
# Thai is the default and keeps unprefixed addresses; English pages live under /en/ (docs/english.md).
LANGUAGES = [("th", "ไทย"), ("en", "English")]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True
# The project's own catalogue first (makemessages writes there), then the Thai strings Wagtail's own
# catalogue lacks (built by scripts/wagtail_th/build.py: make wagtail-th).
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_wagtail"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploads: anything larger is refused before Django reads it into memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

WAGTAIL_SITE_NAME = "สำนักงานประกันสังคม"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# A live page whose address changes (slug or move) keeps its old address as a 301 redirect (docs/page-addresses.md).
WAGTAILREDIRECTS_AUTO_CREATE = True
# Page addresses keep Thai letters and marks (core.slugs).
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# Pages in Thai and English: Locales th and en, English translations of Thai pages (docs/english.md).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [("th", "ไทย"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("th", "ไทย"), ("en", "English")]
WAGTAIL_USER_TIME_ZONES = ["Asia/Bangkok"]
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_FINISH_WORKFLOW_ACTION = "governance.workflow.actions.publish_approved"
# Who may do what to a page (core.models.BasePage.permissions_for_user asks this class).
SSO_PAGE_PERMISSION_TESTER = "governance.access.permission_tester.UnitPagePermissionTester"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")

# Letters and materials of publication requests: never under MEDIA_ROOT (which the web server exposes).
SSO_PRIVATE_MEDIA_ROOT = Path(os.environ.get("SSO_PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
SSO_REQUEST_FILE_MAX_BYTES = 20 * 1024 * 1024

# The 3-day rule of seed §2.1: how many days, and whether they are "calendar" or "working" days.
SSO_SLA_DAYS = int(os.environ.get("SSO_SLA_DAYS", "3"))
SSO_SLA_DAY_KIND = os.environ.get("SSO_SLA_DAY_KIND", "calendar")

# Scheduled jobs: `python manage.py crontab add` installs them into the system crontab (Debian package cron).
CRONJOBS = [
    ("*/5 * * * *", "governance.workflow.jobs.publish_scheduled"),
    ("0 8 * * *", "governance.requests.jobs.sla_reminders"),
    ("15 0 * * *", "governance.traffic.jobs.traffic_log_daily"),
    ("30 1 * * *", "governance.periodic_reports.jobs.draft_periodic_reports"),
    ("30 2 * * *", "governance.upkeep.jobs.check_site"),
]
CRONTAB_COMMAND_PREFIX = (
    f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'sso_site.settings.production')}"
)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents: an allow-list of extensions and a size limit; only PDFs are shown inline.
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "csv", "txt", "zip"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Documents go through Django (so the before_serve_document check applies: only files a live page uses are
# public). The web server must therefore not expose MEDIA_ROOT/documents/ directly; see README.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.documents.SSODocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# The taxonomy of seed §1 and the responsibility matrix of seed §2.1, read by setup_site.
SSO_TAXONOMY_FILE = BASE_DIR / "data" / "taxonomy.yaml"
# Longest query accepted by the public search (long unspaced Thai strings are costly to segment).
SSO_SEARCH_MAX_QUERY_LENGTH = 100

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Traffic log (seed §3.4, Computer Crime Act): kept this many days unless a legal hold keeps them longer.
SSO_TRAFFIC_LOG_RETENTION_DAYS = int(os.environ.get("SSO_TRAFFIC_LOG_RETENTION_DAYS", "90"))
# Proxies (addresses or networks) whose X-Forwarded-For is believed, e.g. "10.0.0.0/8,127.0.0.1".
SSO_TRUSTED_PROXIES = [net for net in os.environ.get("SSO_TRUSTED_PROXIES", "").split(",") if net.strip()]
