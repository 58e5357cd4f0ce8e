"""Settings shared by every place the portal runs.

Production-safe by default: nothing here is a secret and every value that differs between
places comes from the environment through ``env`` (django-environ), so ``production.py``
only tightens what the deployment must get right.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF

from portal.languages import BASE_LANGUAGES, content_languages
from search.conf import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "home",
    "campaigns",
    "editorial",
    "search",
    "translation",
    "reporting",
    "registry",
    "contact",
    "syndication",
    "ops",
    "uploads",
    "logins",
    "pagecache",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Hardening (issue 7): login lockout and one-time passwords.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Hardening (issue 7): the policy headers (production.py adds WhiteNoise before these).
    "portal.csp.AdminReportOnlyCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Page speed (pagecache/): 304s for any ETag, the page cache's included; production.py puts
    # whitenoise before them for static files.
    "django.middleware.http.ConditionalGetMiddleware",
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PathLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Hardening (issue 7): who has verified a one-time password; leaders and administrators must.
    "django_otp.middleware.OTPMiddleware",
    "logins.middleware.RequireTwoFactorMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.unit_profile",
            ],
        },
    },
]

# SQLite by default so `make run` needs nothing; PostgreSQL wherever DATABASE_URL says so.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # The data fits in memory (or sits on SSD): with the default random_page_cost of 4 the planner
    # scans the whole search index for a common word instead of its GIN indexes (docs/decisions/0006).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c random_page_cost=1.1")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese is the source and default; the public URLs carry the others.
# PORTAL_EXTRA_LANGUAGES adds content languages (portal/languages.py).
LANGUAGE_CODE = "vi"
LANGUAGES = content_languages(env.str("PORTAL_EXTRA_LANGUAGES", default=""))
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks the languages we keep catalogues for.
WAGTAILADMIN_PERMITTED_LANGUAGES = BASE_LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
# Our own strings first, then our Vietnamese catalogue for the admin (Wagtail, wagtail-localize).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
# Django's Vietnamese formats set no input formats; ours read 05/06/2025 as 5 June.
FORMAT_MODULE_PATH = ["portal.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

# Page speed (pagecache/). Anonymous pages are kept in the "pages" cache, shared by every worker:
# files by default, Redis in a stack of several app containers (PAGE_CACHE_URL=redis://...).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": env.cache("PAGE_CACHE_URL", default=f"filecache://{VAR_DIR / 'cache' / 'pages'}"),
}
CACHES["pages"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 50_000)
PAGE_CACHE_ALIAS = "pages"
# Off, every request renders (the tokens are still kept: the site chrome is cached under them).
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
# The longest a stored page lives; it is invalidated on every change and at local midnight anyway.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=3600)
# Paths never looked up in the page cache (only pages Wagtail serves are ever stored).
PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/api/", "/static/", "/media/")
# Shown on every page: a change to one renews the whole site (pagecache/invalidation.py).
PAGE_CACHE_SITEWIDE_MODELS = [
    "home.UnitProfile",
    "home.PortalSettings",
    "campaigns.Topic",
    "campaigns.Body",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    # A section made private must leave every cached copy at once (home/visibility.py too).
    "wagtailcore.PageViewRestriction",
]
# The front cache (nginx proxy_cache, services/nginx/) purged on publish, when FRONTEND_CACHE_URL is set.
if env.str("FRONTEND_CACHE_URL", default=""):
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env.str("FRONTEND_CACHE_URL"),
        }
    }
STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=VAR_DIR / "media")

# Wagtail
WAGTAIL_SITE_NAME = env.str("WAGTAIL_SITE_NAME", default="Thông tin đối ngoại")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Slugs are ASCII (Unicode ones turn into percent-encoded URLs when shared), but folded on the
# server (FoldedSlugPageForm, vntext): the admin's script keeps the letters as typed, since its
# own ASCII mode mangles Vietnamese ("Đường" -> "djng") where vntext gives "duong".
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# Editorial workflow (editorial/): an edit during review restarts the approvals.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# "Translate this page" makes a draft, never a live copy: translations go through the workflow too.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# How often `manage.py run_scheduler` (started by `make run`) publishes and expires scheduled pages.
EDITORIAL_SCHEDULER_INTERVAL = env.int("EDITORIAL_SCHEDULER_INTERVAL", default=60)
WAGTAILADMIN_USER_LOGIN_FORM = "home.forms.AdminLoginForm"
# Elasticsearch when ELASTICSEARCH_URL is set, with the database backend kept indexed beside it.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
WAGTAILSEARCH_BACKENDS = search_backends(ELASTICSEARCH_URL, env.str("ELASTICSEARCH_INDEX_PREFIX", default="portal_"))
# A page of search results is kept this long in the "pages" cache, and forgotten as soon as any
# page changes (search/result_cache.py); 0 runs every search.
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=600)
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50

# How many items a listing page shows at once.
PORTAL_PAGE_SIZE = env.int("PORTAL_PAGE_SIZE", default=12)

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# How many proxies (e.g. nginx) stand in front of Django: the client address is then read from
# X-Forwarded-For at that depth, for the contact form's limit (contact/spam.py) and the login
# lockout (below). 0 = REMOTE_ADDR is the client.
PORTAL_PROXY_COUNT = env.int("PORTAL_PROXY_COUNT", default=0)
# The contact form accepts this many messages per client address per window (seconds).
CONTACT_RATE_LIMIT = env.int("CONTACT_RATE_LIMIT", default=5)
CONTACT_RATE_WINDOW = env.int("CONTACT_RATE_WINDOW", default=3600)

EMAIL_BACKEND = env.str("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="webmaster@localhost")
# SMTP, for DJANGO_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend (workflow notifications).
EMAIL_HOST = env.str("DJANGO_EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("DJANGO_EMAIL_PORT", default=587)
EMAIL_HOST_USER = env.str("DJANGO_EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("DJANGO_EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("DJANGO_EMAIL_USE_TLS", default=True)

# Grassroots reporting (reporting/): the periodic requests the scheduler creates, their deadline
# after the period ends, and the attachments, kept outside MEDIA_ROOT (no public URL reaches them).
REPORTING_PERIODIC_KINDS = env.list("REPORTING_PERIODIC_KINDS", default=["month", "quarter", "half", "year"])
REPORTING_DEADLINE_DAYS = env.int("REPORTING_DEADLINE_DAYS", default=10)
REPORTING_PRIVATE_ROOT = env.path("REPORTING_PRIVATE_ROOT", default=VAR_DIR / "private" / "reporting")
REPORTING_ATTACHMENT_MAX_SIZE = env.int("REPORTING_ATTACHMENT_MAX_SIZE", default=10 * 1024 * 1024)
REPORTING_MAX_ATTACHMENTS = 10
REPORTING_ATTACHMENT_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "jpg", "jpeg", "png"]

SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True

# ---------------------------------------------------------------------------------------------
# Hardening (issue 7): headers, uploads, storage and cache, logins. Why: docs/decisions/0010-0012.
# ---------------------------------------------------------------------------------------------

# Headers on every response (pages, documents, images). Public pages carry no inline script or
# style, so their policy needs neither 'unsafe-inline' nor a nonce and a cached copy stays valid.
# The admin gets the same policy report-only (portal/csp.py): Wagtail's admin still ships inline
# scripts and style attributes we do not control.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *env.list("PORTAL_CSP_MEDIA_ORIGINS", default=[])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The admin's preview frames its own preview view (which Wagtail marks X-Frame-Options: SAMEORIGIN).
CONTENT_SECURITY_POLICY_REPORT_ONLY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": [SELF]},
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer",
        "microphone", "payment", "usb", "browsing-topics",
    )
}  # fmt: skip

# Uploads: raster images only (SVG can carry script), bounded in bytes and pixels; documents from
# an allow-list, bounded in bytes and checked against their extension (uploads/forms.py), and
# served only through Wagtail's view (which sends them as attachments with their own CSP).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", default=10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "uploads.forms.CheckedImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("WAGTAILDOCS_MAX_UPLOAD_SIZE", default=20 * 1024 * 1024)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "uploads.forms.CheckedDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Storage: media on the local disk (a shared volume) or, with AWS_STORAGE_BUCKET_NAME, in an
# S3-compatible bucket (django-storages), so app containers keep no state of their own.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            # Objects are private; links are signed, so originals are never public.
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# Cache: Redis when REDIS_URL is set (shared by every app container), else per process memory;
# the page cache (above) goes to the same Redis unless PAGE_CACHE_URL names another.
if env.str("REDIS_URL", default=""):
    CACHES["default"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env.str("REDIS_URL"),
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient", "IGNORE_EXCEPTIONS": True},
    }
    if not env.str("PAGE_CACHE_URL", default=""):
        CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": "pages"}

# Logins: django-axes locks a username from an address after repeated failures. Behind
# PORTAL_PROXY_COUNT trusted proxies the client is read from X-Forwarded-For, counting from the
# right (the entries the proxies appended), never the left-most one a client can write itself.
AUTHENTICATION_BACKENDS = [
    "logins.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "logins/locked_out.html"
AXES_IPWARE_PROXY_COUNT = PORTAL_PROXY_COUNT or None
AXES_IPWARE_PROXY_ORDER = "right-most"
AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR",) if AXES_IPWARE_PROXY_COUNT else ("REMOTE_ADDR",)
# Two-factor (TOTP, django-otp) for these roles (keys in editorial/roles.py) and superusers.
LOGINS_TWO_FACTOR_ROLES = ["leaders", "administrators"]
LOGINS_TWO_FACTOR_ENFORCED = env.bool("LOGINS_TWO_FACTOR_ENFORCED", default=True)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
AUTH_PASSWORD_VALIDATORS[1]["OPTIONS"] = {"min_length": 12}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

# Machine translation only when a service is configured; otherwise the button is absent.
if env.str("DEEPL_API_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env.str("DEEPL_API_KEY")},
    }
elif env.str("LIBRETRANSLATE_URL", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env.str("LIBRETRANSLATE_URL"),
            "API_KEY": env.str("LIBRETRANSLATE_API_KEY", default=""),
        },
    }
