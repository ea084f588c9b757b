"""Settings shared by every environment. Environment files (dev, test, production) import this."""

import datetime
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
    "site_search",
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
    "governance.access.users_app.AccessUsersAppConfig",  # wagtail.users, with separation of duties
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
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
    "core.web_security.PermissionsPolicyMiddleware",
    "core.web_security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 for a matching If-None-Match, on what the cache policy below lets be stored.
    "django.middleware.http.ConditionalGetMiddleware",
    "core.http_caching.CachePolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The request's Wagtail site and root page from the cache (core.site_cache, docs/scale.md).
    "core.site_cache.CachedSiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.upload_limits.RequestBodyLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Sign-in (governance.signin): the admin session's limits, then the second factor, before anything else
    # in the admin (the password change of a new account included).
    "governance.signin.sessions.AdminSessionLimitsMiddleware",
    "governance.signin.middleware.SecondFactorMiddleware",
    "governance.access.middleware.ForcePasswordChangeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a login refused by django-axes into the Thai lockout page; axes asks to be last.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked account or address before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer gives the 503 page within seconds, not after the OS's TCP time-out.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The password policy (docs/security/accounts.md): Django's validators with Thai messages, at least 12 characters,
# and never the one-time password an account was issued with.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "governance.access.passwords.UserAttributeSimilarityValidator"},
    {"NAME": "governance.access.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "governance.access.passwords.CommonPasswordValidator"},
    {"NAME": "governance.access.passwords.NumericPasswordValidator"},
    {"NAME": "governance.access.passwords.NotTheOneTimePasswordValidator"},
]

# Signing in (governance.signin, docs/security/sign-in.md).
# The second factor: enforced in the admin (tests switch it on where they test it), for the accounts
# governance.signin.policy.second_factor_required names, or for every account when SSO_OTP_REQUIRED_FOR_ALL.
SSO_OTP_ENFORCED = os.environ.get("SSO_OTP_ENFORCED", "1") == "1"
SSO_OTP_REQUIRED_FOR_ALL = os.environ.get("SSO_OTP_REQUIRED_FOR_ALL", "0") == "1"
SSO_OTP_BACKUP_CODES = 10
OTP_TOTP_ISSUER = "สำนักงานประกันสังคม"
# After each wrong code the device waits 1, 2, 4, 8 … seconds before it checks another (0 would switch it off).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# Lockout after failed passwords (django-axes), kept in the database so all workers and servers share it.
AXES_ENABLED = True
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # an account, and an address, each locked on its own
AXES_FAILURE_LIMIT = int(os.environ.get("SSO_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("SSO_LOGIN_LOCKOUT_MINUTES", "30")))
# A refused attempt during a lock does not start the lock again (else an attacker keeps an account locked).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# A success does not wipe the failures (it would wipe the whole address's count, someone else's included).
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_ip"
AXES_LOCKOUT_CALLABLE = "governance.signin.lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # there is no Django admin; สบท. unlocks in the Wagtail admin
# Sessions: an admin session ends after this long unused, and in any case this long after sign-in.
SSO_ADMIN_IDLE_TIMEOUT_SECONDS = int(os.environ.get("SSO_ADMIN_IDLE_TIMEOUT_SECONDS", str(30 * 60)))
SSO_SESSION_MAX_AGE_SECONDS = int(os.environ.get("SSO_SESSION_MAX_AGE_SECONDS", str(12 * 60 * 60)))
SESSION_COOKIE_AGE = SSO_SESSION_MAX_AGE_SECONDS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

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

# Media (uploads, renditions) on storage every app server sees (docs/deployment.md#media): MEDIA_ROOT, which on
# several servers is a shared filesystem (an NFS mount, DJANGO_MEDIA_ROOT); or an S3-compatible bucket through
# django-storages when SSO_MEDIA_S3_BUCKET is set. Documents are still served by Django (WAGTAILDOCS_SERVE_METHOD
# below) after the live-page check, so the bucket must keep documents/ private; only images are public.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SSO_MEDIA_S3_BUCKET = os.environ.get("SSO_MEDIA_S3_BUCKET", "")
if SSO_MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": SSO_MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("SSO_MEDIA_S3_ENDPOINT_URL") or None,  # MinIO, Ceph, a cloud's S3
            "region_name": os.environ.get("SSO_MEDIA_S3_REGION") or None,
            "access_key": os.environ.get("SSO_MEDIA_S3_ACCESS_KEY_ID") or None,  # else boto3's own chain
            "secret_key": os.environ.get("SSO_MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("SSO_MEDIA_S3_PREFIX", "media"),
            # Public image URLs carry no expiring signature: pages that show them are cached by Varnish.
            "custom_domain": os.environ.get("SSO_MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
        },
    }

# Uploads: anything larger is refused before Django reads it into memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Request bodies are refused (413, Thai page) before they are read, by the limit of the form they are sent to
# (core/upload_limits.py, docs/security/web.md). LimitedUploadHandler goes first: it counts file bytes as they
# stream and stops past the limit before the other handlers write anything.
FILE_UPLOAD_HANDLERS = [
    "core.upload_limits.LimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_TEMP_DIR = os.environ.get("DJANGO_FILE_UPLOAD_TEMP_DIR") or None
_MB = 1024 * 1024
# Without a signed-in session (the public forms, and any form for an anonymous sender): (body bytes, file bytes).
SSO_UPLOAD_ANONYMOUS_LIMIT = (256 * 1024, 0)
# Signed in, at an address not listed below.
SSO_UPLOAD_SIGNED_IN_LIMIT = (10 * _MB, 10 * _MB)
# Signed in, by admin path prefix (the longest match wins): (body bytes, file bytes). The body may exceed the
# files by 1 MB of form fields. The largest body here is the proxy's client_max_body_size (deploy/nginx).
SSO_UPLOAD_LIMITS = {
    "/admin/statistics/": (6 * _MB, 5 * _MB),  # a dataset (sso_statistics.validation.MAX_FILE_BYTES)
    "/admin/procurement/import/": (6 * _MB, 5 * _MB),  # procurement.importer.MAX_FILE_BYTES
    "/admin/documents/": (21 * _MB, 20 * _MB),  # WAGTAILDOCS_MAX_UPLOAD_SIZE, one document per request
    "/admin/images/": (11 * _MB, 10 * _MB),  # WAGTAILIMAGES_MAX_UPLOAD_SIZE, one image per request
    "/admin/governance/requests/": (61 * _MB, 60 * _MB),  # the letter and materials, 20 MB each
}

WAGTAIL_SITE_NAME = "สำนักงานประกันสังคม"
# Wagtail's sign-in form with the password box labelled in Thai.
WAGTAILADMIN_USER_LOGIN_FORM = "governance.signin.login_form.LoginForm"
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
# Separation of duties over accounts (docs/security/accounts.md). Nobody sets another person's password in
# Wagtail's user screens: a new account holder sets it from a one-time link mailed to them, valid this many hours
# (at most PASSWORD_RESET_TIMEOUT, three days by default).
WAGTAILUSERS_PASSWORD_ENABLED = False
SSO_SET_PASSWORD_LINK_HOURS = int(os.environ.get("SSO_SET_PASSWORD_LINK_HOURS", "72"))
# One person may not hold two roles in the same unit's approval chain (editor and director, director and checker …)
# unless this is on.
SSO_ALLOW_TWO_ROLES_IN_CHAIN = os.environ.get("SSO_ALLOW_TWO_ROLES_IN_CHAIN", "") == "1"
SSO_PAGE_PERMISSION_TESTER = "governance.access.permission_tester.UnitPagePermissionTester"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")

# Outgoing mail is queued in the database (core.outbox) and sent every minute by core.jobs.send_outbox with the
# delivery backend, so that a mail outage never fails a request. Failures show in the admin (สบท.).
EMAIL_BACKEND = "core.outbox.OutboxBackend"
SSO_OUTBOX_DELIVERY_BACKEND = os.environ.get(
    "SSO_OUTBOX_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
SSO_OUTBOX_DELIVER_AT_ONCE = False  # True: also try each message right after its transaction commits
SSO_OUTBOX_MAX_ATTEMPTS = int(os.environ.get("SSO_OUTBOX_MAX_ATTEMPTS", "12"))
SSO_OUTBOX_RETRY_BASE_SECONDS = 60
SSO_OUTBOX_RETRY_MAX_SECONDS = 6 * 3600
SSO_OUTBOX_MAX_MESSAGE_BYTES = 20 * 1024 * 1024
SSO_OUTBOX_KEEP_SENT_DAYS = int(os.environ.get("SSO_OUTBOX_KEEP_SENT_DAYS", "30"))
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "30"))

# Shared state (cache, rate limits) lives where every process and server sees it: Redis when REDIS_URL is set,
# else a database table (created by migrate: core's post_migrate runs createcachetable).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "sso"}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "sso_cache"}}

# HTTP caching and the front cache (core.http_caching, core.front_cache, docs/front-cache.md). Anonymous public
# pages: browsers keep them a minute, the front cache for a day, since every change purges exactly what shows it.
SSO_BROWSER_CACHE_SECONDS = int(os.environ.get("SSO_BROWSER_CACHE_SECONDS", "60"))
SSO_SHARED_CACHE_SECONDS = int(os.environ.get("SSO_SHARED_CACHE_SECONDS", str(24 * 3600)))
# Never in a shared cache: per-user or per-request answers (admin and previews, search, documents that are
# checked against live pages on every request, the problem-report form, health checks, CSP reports).
SSO_PRIVATE_PATH_PREFIXES = ("/admin/", "/search/", "/documents/", "/report-problem/", "/csp-report/", "/-/")
# Surrogate keys of views that are not pages (prefix of the path, key).
SSO_SURROGATE_KEY_PATHS = (
    ("/sitemap.xml", "sitemap"),
    ("/site-map/", "site-map"),
    ("/open-data/", "open-data"),
    ("/robots.txt", "robots"),
)
# Purged with every page change (besides the page, the pages under it and its ancestors), and the depth down to
# which a page shows in the main menu of every page (home is depth 2).
SSO_FRONT_CACHE_PAGE_CHANGE_KEYS = ("sitemap", "site-map", "open-data")
SSO_FRONT_CACHE_MENU_DEPTH = 4
# Snippets and settings shown on pages: model label → keys purged when one is saved or deleted.
SSO_FRONT_CACHE_MODEL_KEYS = {
    "home.SiteContact": ("layout",),
    "home.OnlineServices": ("layout",),
    "categories.Hospital": ("hospitals",),
    "procurement.ProcurementProject": ("app-procurement",),
}
# Where purges go: SSO_VARNISH_URLS, comma-separated (every Varnish in front of the site); none, no purges.
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {"BACKEND": "core.front_cache.XkeyVarnishBackend", "LOCATION": url.strip()}
    for number, url in enumerate(os.environ.get("SSO_VARNISH_URLS", "").split(","))
    if url.strip()
}
SSO_FRONT_CACHE_REPURGE_SECONDS = 3
# URLs per file of the XML sitemap (home.sitemap); the protocol allows at most 50,000.
SSO_SITEMAP_URLS_PER_FILE = int(os.environ.get("SSO_SITEMAP_URLS_PER_FILE", "50000"))

# Health endpoints (/-/live/, /-/ready/) and the 503 page when the database cannot be reached.
SSO_READY_MIN_FREE_MEDIA_BYTES = int(os.environ.get("SSO_READY_MIN_FREE_MEDIA_BYTES", str(1024**3)))
SSO_RETRY_AFTER_SECONDS = int(os.environ.get("SSO_RETRY_AFTER_SECONDS", "120"))

# Letters and materials of publication requests: never under MEDIA_ROOT (which the web server exposes).
SSO_PRIVATE_MEDIA_ROOT = Path(os.environ.get("SSO_PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
SSO_REQUEST_FILE_MAX_BYTES = 20 * 1024 * 1024

# The 3-day rule of seed §2.1: how many days, and whether they are "calendar" or "working" days.
SSO_SLA_DAYS = int(os.environ.get("SSO_SLA_DAYS", "3"))
SSO_SLA_DAY_KIND = os.environ.get("SSO_SLA_DAY_KIND", "calendar")

# Scheduled jobs: `python manage.py crontab add` installs them into the system crontab (Debian package cron).
CRONJOBS = [
    ("* * * * *", "core.jobs.send_outbox"),
    ("* * * * *", "core.jobs.send_purges"),
    ("*/5 * * * *", "governance.workflow.jobs.publish_scheduled"),
    ("0 8 * * *", "governance.requests.jobs.sla_reminders"),
    ("15 0 * * *", "governance.traffic.jobs.traffic_log_daily"),
    ("30 1 * * *", "governance.periodic_reports.jobs.draft_periodic_reports"),
    ("30 2 * * *", "governance.upkeep.jobs.check_site"),
    ("45 2 * * *", "governance.upkeep.jobs.purge_problem_report_contacts"),
]
# Each job takes a lock so that, with cron on every server, it runs once (core/job_lock.py): a PostgreSQL advisory
# lock on PostgreSQL, else a Redis lock when REDIS_URL is set, else a file lock (SQLite lives on one machine).
_ON_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
SSO_JOB_LOCK = os.environ.get("SSO_JOB_LOCK") or ("postgres" if _ON_POSTGRES else "redis" if REDIS_URL else "file")
SSO_JOB_LOCK_DIR = Path(os.environ.get("SSO_JOB_LOCK_DIR", BASE_DIR / ".local" / "job-locks"))
# A Redis lock expires after this long, so a runner that died frees it; longer than the slowest job.
SSO_JOB_LOCK_TTL_SECONDS = int(os.environ.get("SSO_JOB_LOCK_TTL_SECONDS", str(6 * 60 * 60)))
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
# No avatars from gravatar.com: the admin loads nothing from other sites (CSP), and no e-mail hash leaves it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No upgrade check from the dashboard to releases.wagtail.org (CSP connect-src 'self'; upgrades are planned).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Pages restricted to signed-in users send visitors to the admin's sign-in (password, then the second factor).
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"

# The taxonomy of seed §1 and the responsibility matrix of seed §2.1, read by setup_site.
SSO_TAXONOMY_FILE = BASE_DIR / "data" / "taxonomy.yaml"
# The integrity-assessment items the public ITA section answers (docs/ita.md).
SSO_ITA_INDICATORS_FILE = BASE_DIR / "data" / "ita_indicators.yaml"
# Longest query accepted by the public search (long unspaced Thai strings are costly to segment).
SSO_SEARCH_MAX_QUERY_LENGTH = 100
# Who reads the search report and keeps the search synonyms (besides superusers): ศสน. staff. A dotted path, so
# that site_search (below governance) names the test without importing it.
SSO_SEARCH_STAFF_TEST = "governance.periodic_reports.access.can_view"
# Pages of a linked PDF read for the search index.
SSO_SEARCH_MAX_PDF_PAGES = 50
# Days a public problem report keeps the contact its sender left (PDPA: kept only as long as needed to reply).
SSO_PROBLEM_REPORT_RETENTION_DAYS = int(os.environ.get("SSO_PROBLEM_REPORT_RETENTION_DAYS", "365"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # A job that another server is running says so ("skipped: running elsewhere", core/job_lock.py).
    "loggers": {"sso.jobs": {"level": "INFO"}},
}

# Traffic log (seed §3.4, Computer Crime Act): kept this many days unless a legal hold keeps them longer.
SSO_TRAFFIC_LOG_RETENTION_DAYS = int(os.environ.get("SSO_TRAFFIC_LOG_RETENTION_DAYS", "90"))
# Proxies (addresses or networks) whose X-Forwarded-For is believed, e.g. "10.0.0.0/8,127.0.0.1".
SSO_TRUSTED_PROXIES = [net for net in os.environ.get("SSO_TRUSTED_PROXIES", "").split(",") if net.strip()]

# Content-Security-Policy (django-csp 4; core/web_security.py, docs/security/web.md). The public site: its own
# files only, no inline script or style, never framed. Violations are logged by /csp-report/ (logger sso.csp).
SSO_CSP_REPORT_URI = "/csp-report/"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "report-uri": SSO_CSP_REPORT_URI,
    },
}
# The Wagtail admin's policy, under these path prefixes: what Wagtail 8's editor, choosers, rich text and
# workflow modals need in Chromium, measured by sso_site/tests/test_csp_browser.py (see docs/security/web.md).
SSO_CSP_ADMIN_PREFIXES = ("/admin/",)
SSO_CSP_ADMIN_DIRECTIVES = {
    "default-src": ["'self'"],
    # Wagtail 8's page editor runs inline scripts: its date/time widgets and InlinePanel templates write
    # <script>init…()</script>, and jQuery runs those of HTML it inserts (new inline forms, modals). Measured: no
    # eval is needed, so it is not allowed.
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'"],
    # The choosers' modal (vendor.js) inserts <style> elements; no style="" attribute was seen, so only elements.
    "style-src-elem": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "report-uri": SSO_CSP_REPORT_URI,
}
# Browser features no page of the site uses, refused to every page (and to anything injected into one).
SSO_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "geolocation", "gyroscope",
        "hid", "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get", "screen-wake-lock",
        "serial", "usb", "xr-spatial-tracking",
    )
}  # fmt: skip
