"""Every deployment choice of Cổng, read from environment variables.

Safe by default: DEBUG is off unless asked for, the secret key is generated into ``var/`` when none is
given, and the embedded database (SQLite under ``var/``) needs no server.
"""

import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("CONG_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _secret_key() -> str:
    """Use SECRET_KEY when given; otherwise keep a generated key in var/secret_key (mode 600)."""
    given = os.environ.get("SECRET_KEY")
    if given:
        return given
    key_file = VAR_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = _secret_key()
# ".localhost" lets the demo serve member portals at <code>.localhost:PORT (browsers resolve it locally).
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],.localhost")
# The public address of the provincial portal (e.g. https://hoason.gov.vn). `cong demo` writes it into the
# demo's Site records; Wagtail's admin mails link to it. Pages, feeds and the API build their links from
# the request and the Site records, never from a fixed host.
CONG_BASE_URL = os.environ.get("CONG_BASE_URL", "").strip().rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cong.core",
    "cong.portal",
    "cong.agencies",
    "cong.editorial",
    "cong.accounts",
    "cong.ops",
    "cong.citizens",
    "cong.legal",
    "cong.registers",
    "cong.schedules",
    "cong.officials",
    "cong.projects",
    "cong.statistics",
    "cong.services",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "cong.accounts.apps.ScopedUsersConfig",  # wagtail.users with account screens scoped per administrator
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # its static files: Swagger UI for /api/v1/docs, served by the site itself (no CDN)
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
    "cong.core.middleware.DomainAliasMiddleware",  # alias host names → primary domain, before host checks
    "django.middleware.security.SecurityMiddleware",
    "cong.core.middleware.RefuseNulMiddleware",  # before anything looks a value up in PostgreSQL
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cong.core.pagecache.AnonymousPageCacheMiddleware",  # a hit needs no session, user or template
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cong.urls"
WSGI_APPLICATION = "cong.wsgi.application"

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
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'cong.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers and a writer at once (the demo server and the task worker) need WAL and a busy timeout;
    # BEGIN IMMEDIATE makes a transaction that reads then writes wait for the lock (up to the timeout)
    # instead of failing at once with "database is locked" when another process wrote meanwhile.
    # Connections are kept (CONN_MAX_AGE) as for PostgreSQL: opening one cost 3–5 ms of CPU a request (Django
    # registers its SQL functions, SQLite reads the schema again), half of a citizen's submission (issue 17).
    # cong.core.sqlite queues the transactions on a lock file, so a waiting writer starts the moment the
    # previous one commits instead of sleeping in SQLite's busy handler (issue 17).
    DATABASES["default"]["ENGINE"] = "cong.core.sqlite"
    # Tests in memory, as Django's SQLite backend has them by default: pytest-django knows that default by
    # the engine's name only, and under pytest-xdist would otherwise name a file "test_<path>_gw0".
    DATABASES["default"].setdefault("TEST", {}).setdefault("NAME", ":memory:")
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT: a web request's statements are short, and the site search's one statement of many
    # LIMITed branches has large cost estimates that made PostgreSQL spend ~0.5 s compiling it (issue 17).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A read replica of the primary (PostgreSQL streaming replication): anonymous visitors' GET/HEAD of public
# pages read from it, everything else and every write goes to the primary; migrations run on the primary
# only (cong.core.replica, docs/deploy.md). Unset: one database, nothing routed.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
CONG_REPLICA_LAG_SECONDS = float(os.environ.get("CONG_REPLICA_LAG_SECONDS", "5"))
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"]
    )
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["replica"]["OPTIONS"] = {"timeout": 20}
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}  # the tests have one database
    DATABASE_ROUTERS = ["cong.core.replica.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("cong.core.pagecache.AnonymousPageCacheMiddleware") + 1,
        "cong.core.replica.ReplicaReadMiddleware",
    )

# Cache: local memory by default; Redis when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cong",
        }
    }
    # Sessions shared by every app node: read from Redis, written through to the database, so that a Redis
    # restart or an eviction (maxmemory allkeys-lru, for the pages) signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "cong"}}

# Anonymous page cache (cong.core.pagecache, docs/features/page-cache.md): on in production and `make demo`;
# off in development (DEBUG: a template edited shows at once) and in the tests (those that need it turn it
# on). Pages are kept CONG_PAGE_CACHE_SECONDS at most and purged on every publication; with the in-process
# cache the purge reaches the other processes through a file under var/.
CONG_PAGE_CACHE = env_bool("CONG_PAGE_CACHE", not DEBUG and not env_bool("CONG_TESTING"))
if REDIS_URL:
    CONG_PAGE_CACHE_ALIAS = "default"
else:  # its own in-process cache, so that a flood of pages never culls the rate-limit counters
    CONG_PAGE_CACHE_ALIAS = "pages"
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "cong-pages",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CONG_PAGE_CACHE_MAX_ENTRIES", "2000"))},
    }
CONG_PAGE_CACHE_SECONDS = int(os.environ.get("CONG_PAGE_CACHE_SECONDS", "300"))
CONG_PAGE_CACHE_GENERATION_FILE = os.environ.get(
    "CONG_PAGE_CACHE_GENERATION_FILE", str(VAR_DIR / "page-cache-generation")
)
# How long nginx's proxy cache may keep a page Cổng would cache (X-Accel-Expires; docs/deploy.md).
CONG_PAGE_CACHE_PROXY_SECONDS = int(os.environ.get("CONG_PAGE_CACHE_PROXY_SECONDS", "1"))
# nginx (or another HTTP cache) that accepts PURGE: Wagtail's frontend cache purges published pages there.
CONG_FRONTEND_CACHE_URL = os.environ.get("CONG_FRONTEND_CACHE_URL", "")
if CONG_FRONTEND_CACHE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": CONG_FRONTEND_CACHE_URL,
        }
    }

# Background work through Django's task API (django-tasks), stored in the database.
# Tests run tasks at once (ImmediateBackend) so that what a task does is visible to the assertion.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend"
            if env_bool("CONG_TESTING")
            else "django_tasks_db.DatabaseBackend",
        )
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Django's length rule, with its message in Vietnamese (Django's catalogue has it only in English)
    {"NAME": "cong.accounts.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first.
LANGUAGE_CODE = "vi"
# Each language by its own name (the switcher shows it so), the same in every language: not a message.
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]  # i18n: data
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]  # i18n: data
# Cổng's own messages (cong/locale, kept by `make messages`) first, then the Vietnamese of the packages'
# message ids that their own catalogues lack (cong/package_locale, kept by hand): the first path wins.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "package_locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or env_bool("CONG_TESTING")
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Media on S3-compatible storage (MinIO, a provincial cloud, AWS) through django-storages when
# CONG_S3_BUCKET is set — several app nodes share no disk (docs/deploy.md). Public media get permanent
# addresses (no signature: a cached page keeps them); the bucket must let anyone read them. Citizens'
# private files never go there: they stay under PRIVATE_MEDIA_ROOT, or go to CONG_S3_PRIVATE_BUCKET, a
# bucket of their own with no public read (cong.core.storage).
CONG_S3_BUCKET = os.environ.get("CONG_S3_BUCKET", "")
CONG_S3_PRIVATE_BUCKET = os.environ.get("CONG_S3_PRIVATE_BUCKET", "")
_s3_endpoint = os.environ.get("CONG_S3_ENDPOINT_URL", "").strip().rstrip("/")
_s3_connection = {
    "endpoint_url": _s3_endpoint or None,
    "access_key": os.environ.get("CONG_S3_ACCESS_KEY_ID") or None,
    "secret_key": os.environ.get("CONG_S3_SECRET_ACCESS_KEY") or None,
    "region_name": os.environ.get("CONG_S3_REGION") or None,
    # a service of one's own (MinIO…) answers at endpoint/bucket/…, not at bucket.endpoint
    "addressing_style": "path" if _s3_endpoint else None,
    "file_overwrite": False,
}
CONG_S3_CUSTOM_DOMAIN = os.environ.get("CONG_S3_CUSTOM_DOMAIN", "").strip().strip("/")
if CONG_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_connection,
            "bucket_name": CONG_S3_BUCKET,
            "location": os.environ.get("CONG_S3_LOCATION", "media"),
            "custom_domain": CONG_S3_CUSTOM_DOMAIN or None,
            "querystring_auth": False,
        },
    }
    # Documents of a restricted collection must not get a bucket address: Wagtail's view checks, then sends.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
if CONG_S3_PRIVATE_BUCKET:
    if CONG_S3_PRIVATE_BUCKET == CONG_S3_BUCKET:
        from django.core.exceptions import ImproperlyConfigured

        # Settings load before translations can: the message is its Vietnamese text as written.
        raise ImproperlyConfigured(  # i18n: data
            "CONG_S3_PRIVATE_BUCKET phải là một bucket riêng, khác CONG_S3_BUCKET (bucket ảnh, tài liệu công khai "
            "cho mọi người đọc): tệp riêng tư của công dân không được nằm chung."
        )
    CONG_S3_PRIVATE_OPTIONS = {
        **_s3_connection,
        "bucket_name": CONG_S3_PRIVATE_BUCKET,
        "location": "private",
        "default_acl": "private",
        "querystring_auth": True,
        "custom_domain": None,
    }
# Where the browser fetches public media from, when not this site (for the Content-Security-Policy).
if CONG_S3_BUCKET and CONG_S3_CUSTOM_DOMAIN:
    CONG_MEDIA_ORIGIN = f"https://{CONG_S3_CUSTOM_DOMAIN.split('/')[0]}"
elif CONG_S3_BUCKET and _s3_endpoint:
    CONG_MEDIA_ORIGIN = "/".join(_s3_endpoint.split("/")[:3])
elif CONG_S3_BUCKET:
    _region = _s3_connection["region_name"]
    CONG_MEDIA_ORIGIN = f"https://{CONG_S3_BUCKET}.s3{f'.{_region}' if _region else ''}.amazonaws.com"
else:
    CONG_MEDIA_ORIGIN = ""
# WhiteNoise serves the files `cong collectstatic` put in STATIC_ROOT (compressed, hashed names); in DEBUG
# it reads them straight from the app folders, so development needs no collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# Private files (citizens' attachments): outside MEDIA_ROOT, random names, sent only by a view that checks
# who asks; "nginx" (X-Accel-Redirect to the internal location below) or "apache" (X-Sendfile) lets the
# web server send them, "" lets Django stream them. See docs/features/private-files.md.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
CONG_PRIVATE_MEDIA_SERVER = os.environ.get("CONG_PRIVATE_MEDIA_SERVER", "")
CONG_PRIVATE_MEDIA_INTERNAL_URL = os.environ.get("CONG_PRIVATE_MEDIA_INTERNAL_URL", "/_private/")
# Uploaded media: nginx serves MEDIA_ROOT in production; the demo (DEBUG off) asks Django to serve it.
CONG_SERVE_MEDIA = env_bool("CONG_SERVE_MEDIA", DEBUG)

# Wagtail
WAGTAIL_SITE_NAME = "Cổng Thông tin điện tử"  # i18n: data (a name; the admin shows the portal settings' name)
# The admin is branded with the province (issue 16): no Wagtail release notice or "what's new" banner in
# English (and no call from a province's server to Wagtail's release feed).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_USER_LOGIN_FORM = "cong.accounts.forms.LoginForm"  # the password field labelled in Vietnamese
# The admin in Vietnamese even for a browser that asks for English (cong.core.middleware).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1,
    "cong.core.middleware.AdminLanguageMiddleware",
)
# Links in Wagtail's own mails (workflow notices): the portal's public address.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", CONG_BASE_URL) or None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "odt",
    "xls",
    "xlsx",
    "ods",
    "ppt",
    "pptx",
    "txt",
    "zip",
    "rar",
]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# No third-party host anywhere on the site: the admin shows initials instead of Gravatar pictures (which
# would also tell gravatar.com who works in the back office).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The last approval of a workflow publishes the item; no reviewer holds the publish permission itself
# (cong.editorial.roles.grant), so the workflow, whose every step checked its approver, publishes.
WAGTAIL_FINISH_WORKFLOW_ACTION = "cong.editorial.publishing.publish_approved"
TAGGIT_CASE_INSENSITIVE = True

LOGIN_URL = "wagtailadmin_login"

# Mail: printed to the console unless an SMTP server is configured.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cong@localhost")
# With EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend (as `make demo` sets) mail is kept here.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))

# Production hardening that needs no remembering: on when DEBUG is off.
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG and env_bool("CONG_HTTPS", True) and not env_bool("CONG_TESTING"):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Articles per page in section listings and search results.
CONG_PAGE_SIZE = int(os.environ.get("CONG_PAGE_SIZE", "12"))
CONG_PROFILE = os.environ.get("CONG_PROFILE", "national")
CONG_PROFILES_DIR = Path(os.environ.get("CONG_PROFILES_DIR", PROJECT_DIR / "profiles"))


def _profile_languages() -> list[str]:
    """The public languages the profile enables (``i18n.languages``: BK-3.2, ST-3.1, ND43-13). A profile
    that does not load leaves Vietnamese only; the system check names its problem."""
    from cong.core.profiles import ProfileError, load_profile

    try:
        return list(load_profile(CONG_PROFILE, CONG_PROFILES_DIR)["i18n.languages"])
    except ProfileError:
        return [LANGUAGE_CODE]


# Content languages (Wagtail's localisation): Vietnamese always; English where the profile lists it — its
# pages are translations of the Vietnamese ones, served under /en/ (cong.portal.languages,
# docs/features/english-portal.md).
WAGTAIL_CONTENT_LANGUAGES = [(code, name) for code, name in LANGUAGES if code in _profile_languages()]
WAGTAIL_I18N_ENABLED = len(WAGTAIL_CONTENT_LANGUAGES) > 1
if WAGTAIL_I18N_ENABLED:
    INSTALLED_APPS += ["wagtail.locales", "wagtail.contrib.simple_translation"]


# --- accounts and hardening (cong.accounts, cong.ops; docs/features/accounts-and-security.md) ---
_TESTING = env_bool("CONG_TESTING")
INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp"]
_auth = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware")
MIDDLEWARE[_auth + 1 : _auth + 1] = [
    "django_otp.middleware.OTPMiddleware",
    "cong.accounts.middleware.AuditContextMiddleware",
    "cong.accounts.middleware.RateLimitMiddleware",
    "cong.accounts.middleware.AccountPolicyMiddleware",
]
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                  "cong.accounts.middleware.ContentSecurityPolicyMiddleware")  # fmt: skip
# Permissions-Policy on every response (static files too): the portal uses no camera, microphone, location…
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                  "django_permissions_policy.PermissionsPolicyMiddleware")  # fmt: skip
PERMISSIONS_POLICY = {
    feature: []
    for feature in ("accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
                    "magnetometer", "microphone", "midi", "payment", "usb", "xr-spatial-tracking")
} | {"fullscreen": ["self"]}  # fmt: skip
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as django-axes requires
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS += [
    {"NAME": "cong.accounts.validators.CharacterClassesValidator"},
    {"NAME": "cong.accounts.validators.PasswordHistoryValidator"},
]
# Other apps' tests sign in with client.login()/force_login() and open /quan-tri/ directly: under
# CONG_TESTING only, two-factor, forced password change, idle timeout, axes and rate limits are off.
# cong/accounts/tests turn them on again; `cong check --deploy` fails if they are off in production.
CONG_ENFORCE_ACCOUNT_POLICY = env_bool("CONG_ENFORCE_ACCOUNT_POLICY", not _TESTING)
CONG_RATE_LIMITS = env_bool("CONG_RATE_LIMITS", not _TESTING)
if _TESTING:
    # A fast hash for the accounts tests create and sign in with: PBKDF2's million rounds cost half a
    # second a password, and the fixtures make thousands. PBKDF2 stays second, to read a demo database
    # built outside the tests. Production and `make demo` keep Django's default.
    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
CONG_PASSWORD_HISTORY = int(os.environ.get("CONG_PASSWORD_HISTORY", "5"))
CONG_PASSWORD_WARNING_DAYS = int(os.environ.get("CONG_PASSWORD_WARNING_DAYS", "7"))
CONG_SESSION_IDLE_MINUTES = int(os.environ.get("CONG_SESSION_IDLE_MINUTES", "30"))
CONG_LOGIN_RATE = int(os.environ.get("CONG_LOGIN_RATE", "10"))  # sign-in attempts a minute per address
CONG_ADMIN_ANON_RATE = int(os.environ.get("CONG_ADMIN_ANON_RATE", "60"))  # anonymous /quan-tri/ requests
CONG_PROXY_COUNT = int(os.environ.get("CONG_PROXY_COUNT", "0"))  # reverse proxies in front (X-Forwarded-For)
CONG_AUDIT_RETENTION_DAYS = int(os.environ.get("CONG_AUDIT_RETENTION_DAYS", "365"))
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(12 * 3600)))  # a working day at most
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# django-axes: lock a user name at an address after repeated failures; an administrator unlocks it.
AXES_ENABLED = env_bool("AXES_ENABLED", not _TESTING)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [
    ["username", "ip_address"]
]  # an office behind one address is not locked out together
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_IPWARE_PROXY_COUNT = CONG_PROXY_COUNT or None
AXES_VERBOSE = False
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Cổng TTĐT")  # i18n: data (kept by authenticator apps)
# Optional single sign-on for staff (OpenID Connect), on when OIDC_RP_CLIENT_ID is set.
if os.environ.get("OIDC_RP_CLIENT_ID"):
    INSTALLED_APPS += ["mozilla_django_oidc"]
    AUTHENTICATION_BACKENDS.append("cong.accounts.oidc.StaffOIDCBackend")
    OIDC_RP_CLIENT_ID = os.environ["OIDC_RP_CLIENT_ID"]
    OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "")
    OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
    OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
    OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", "")
    OIDC_OP_USER_ENDPOINT = os.environ.get("OIDC_OP_USER_ENDPOINT", "")
    OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
    OIDC_CREATE_USER = env_bool("OIDC_CREATE_USER", False)
    LOGIN_REDIRECT_URL = "/quan-tri/"
    LOGOUT_REDIRECT_URL = "/"

# Strict Content-Security-Policy for the public site; Wagtail's admin needs inline scripts and styles.
_https = not DEBUG and env_bool("CONG_HTTPS", True) and not _TESTING
_embeds = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *([CONG_MEDIA_ORIGIN] if CONG_MEDIA_ORIGIN else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *([CONG_MEDIA_ORIGIN] if CONG_MEDIA_ORIGIN else [])],
        "frame-src": ["'self'", *_embeds],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        **({"upgrade-insecure-requests": True} if _https else {}),
    }
}
CONG_ADMIN_CSP_DIRECTIVES = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "frame-src": ["'self'", "https:"],
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if _https:
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    CSRF_COOKIE_HTTPONLY = True
    SESSION_COOKIE_NAME = "__Secure-sessionid"
    CSRF_COOKIE_NAME = "__Secure-csrftoken"
    if WAGTAILADMIN_BASE_URL is None and ALLOWED_HOSTS:
        WAGTAILADMIN_BASE_URL = f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
if WAGTAILADMIN_BASE_URL is None and ALLOWED_HOSTS:  # plain HTTP on purpose (development, tests)
    WAGTAILADMIN_BASE_URL = f"http://{ALLOWED_HOSTS[0].lstrip('.')}"

# Uploads: checked by content against an allow-list (cong.core.uploads), images re-encoded without EXIF.
CONG_UPLOAD_MAX_IMAGE_SIZE = int(os.environ.get("CONG_UPLOAD_MAX_IMAGE_MB", "20")) * 1024 * 1024
CONG_UPLOAD_MAX_DOCUMENT_SIZE = int(os.environ.get("CONG_UPLOAD_MAX_DOCUMENT_MB", "50")) * 1024 * 1024
# Archives (docx, odt, zip …): refused before inflating when they would expand beyond these (zip bombs).
CONG_UPLOAD_MAX_ARCHIVE_MEMBERS = int(os.environ.get("CONG_UPLOAD_MAX_ARCHIVE_MEMBERS", "2000"))
CONG_UPLOAD_MAX_EXPANDED_SIZE = int(os.environ.get("CONG_UPLOAD_MAX_EXPANDED_MB", "100")) * 1024 * 1024
CONG_UPLOAD_MAX_COMPRESSION_RATIO = int(os.environ.get("CONG_UPLOAD_MAX_COMPRESSION_RATIO", "100"))
# Pictures: refused above this many pixels, read from the header before anything is decoded.
CONG_UPLOAD_MAX_IMAGE_PIXELS = int(os.environ.get("CONG_UPLOAD_MAX_IMAGE_PIXELS", str(60_000_000)))
WAGTAILIMAGES_IMAGE_FORM_BASE = "cong.core.upload_forms.CheckedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cong.core.upload_forms.CheckedDocumentForm"
CLAMAV_SOCKET = os.environ.get("CLAMAV_SOCKET", "")
CLAMAV_HOST = os.environ.get("CLAMAV_HOST", "")
CLAMAV_PORT = int(os.environ.get("CLAMAV_PORT", "3310"))
DEBUG_PROPAGATE_EXCEPTIONS = False

# --- ops (backups, scheduler, health) ---
CONG_BACKUP_DIR = Path(os.environ.get("CONG_BACKUP_DIR", VAR_DIR / "backups"))
CONG_BACKUP_KEEP = int(os.environ.get("CONG_BACKUP_KEEP", "14"))  # archives kept by the scheduled backup
# Backups are encrypted when a key is set (Fernet; `cong backup --new-key`). Prefer a root-only key file to
# an environment variable; keep a copy of the key away from the backups (docs/features/backup-and-restore.md).
CONG_BACKUP_KEY = os.environ.get("CONG_BACKUP_KEY", "")
CONG_BACKUP_KEY_FILE = os.environ.get("CONG_BACKUP_KEY_FILE", "")
ADMINS = [("Quản trị Cổng", email) for email in env_list("CONG_ADMIN_EMAILS")]  # i18n: data (a mail name)

# --- citizens (Hỏi – Đáp, phản ánh kiến nghị) ---
# Anti-abuse of the public forms (operator choices, not regulation values): within the window, more than
# SOFT forms from one address must solve the proof-of-work; more than HARD are refused until it ends.
CONG_CITIZENS_RATE_WINDOW = int(os.environ.get("CONG_CITIZENS_RATE_WINDOW", "3600"))
CONG_CITIZENS_SOFT_LIMIT = int(os.environ.get("CONG_CITIZENS_SOFT_LIMIT", "5"))
CONG_CITIZENS_HARD_LIMIT = int(os.environ.get("CONG_CITIZENS_HARD_LIMIT", "20"))
CONG_CITIZENS_POW_MAX_NUMBER = int(os.environ.get("CONG_CITIZENS_POW_MAX_NUMBER", "100000"))
CONG_CITIZENS_MAX_ATTACHMENTS = int(os.environ.get("CONG_CITIZENS_MAX_ATTACHMENTS", "5"))
CONG_CITIZENS_ATTACHMENT_MAX_BYTES = (
    int(os.environ.get("CONG_CITIZENS_ATTACHMENT_MAX_MB", "10")) * 1024 * 1024
)
# Behind a reverse proxy, the header holding the client's address (e.g. HTTP_X_REAL_IP); empty = REMOTE_ADDR.
CONG_CLIENT_IP_HEADER = os.environ.get("CONG_CLIENT_IP_HEADER", "")
