"""Anonymous page cache (bộ nhớ đệm trang cho khách vãng lai): public pages served from a cache to visitors
who are not signed in, purged whenever published content changes. See docs/features/page-cache.md.

- ``AnonymousPageCacheMiddleware`` sits before the session middleware: a hit is answered without sessions,
  authentication, routing, templates or a single database query; the security headers (CSP,
  Permissions-Policy, HSTS) are added by the middleware outside it, fresh on every response.
- What is cached: GET of an HTML page, a feed or a sitemap, answered 200, for a request without a session
  cookie, a messages cookie or an Authorization header, whose query string is empty or only ``?page=N``;
  the response sets no cookie (a page with a CSRF token always does, so forms are never cached), asked for
  no CSP nonce, is not ``private``/``no-store``/``no-cache`` and varies on nothing but Cookie,
  Accept-Language and Accept-Encoding. The key holds the scheme, the host (member portals are other
  hosts), the language of the address (``/en/…`` or Vietnamese), the path and the query.
- Purge by a **generation**: every key carries the current generation; ``purge()`` changes it after the
  transaction commits, so every page cached before is never read again (it ages out of the cache). One
  generation for the whole installation: any publication purges every site — simple, and right even when a
  page of one site lists content of another (the provincial portal lists its member portals' records).
- Where the generation lives: in the shared cache when it is shared (Redis: every node sees the change at
  its next request); with the in-process cache (LocMem, one per gunicorn worker) in a small file under
  ``var/`` that every worker, the task worker and the scheduler of the machine read and write.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import cc_delim_re

logger = logging.getLogger(__name__)

HEADER = "X-Cong-Cache"  # hit | miss | bypass: for tests and operators
# Query parameters a cached page may carry; any other parameter (a filter, a search, a tracking tag) is
# answered by the view, uncached — an unbounded set of keys would only push real pages out of the cache.
ALLOWED_PARAMS = frozenset({"page"})
CACHEABLE_TYPES = frozenset(
    {"text/html", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)
# Never cached, whatever they answer: the back office, the API (tokens), documents (collection privacy),
# uploaded and static files, health checks, single sign-on.
EXCLUDED_PREFIXES = (
    "/quan-tri/",
    "/django-admin/",
    "/api/",
    "/tai-lieu/",
    "/suc-khoe/",
    "/oidc/",
    "/media/",
    "/static/",
)
HARMLESS_VARY = frozenset({"cookie", "accept-language", "accept-encoding"})
SKIPPED_HEADERS = frozenset({"set-cookie", HEADER.lower(), "x-accel-expires"})
GENERATION_KEY = "cong:pagecache:generation"
SIGN_IN_URL_NAMES = frozenset({"wagtailadmin_login", "login", "accounts_two_factor", "accounts_password"})


def enabled() -> bool:
    return bool(getattr(settings, "CONG_PAGE_CACHE", False))


def _cache():
    return caches[getattr(settings, "CONG_PAGE_CACHE_ALIAS", "default")]


def _shared(cache) -> bool:
    """Is the cache the same for every process (Redis, Memcached, the database), not one per process?"""
    return not isinstance(cache, LocMemCache)


def _generation_file() -> Path:
    return Path(settings.CONG_PAGE_CACHE_GENERATION_FILE)


def generation() -> str:
    """The current generation: part of every key, changed by ``purge``."""
    cache = _cache()
    if _shared(cache):
        value = cache.get(GENERATION_KEY)
        if value is None:
            value = uuid.uuid4().hex
            cache.add(GENERATION_KEY, value, timeout=None)
            value = cache.get(GENERATION_KEY, value)
        return str(value)
    try:
        value = _generation_file().read_text()
    except FileNotFoundError:
        value = "0"
    _follow(value)
    return value


_seen_generation: str | None = None


def _follow(value: str) -> None:
    """In-process caches only: when another process purged, also forget this process's copy of Wagtail's
    site root paths, which Wagtail clears in the default cache of the process that changed them only (a
    new English home, a site's new root: links to its pages would have no address here until it expires)."""
    global _seen_generation
    if value != _seen_generation:
        if _seen_generation is not None:
            from wagtail.models import Site

            Site.clear_site_root_paths_cache()
        _seen_generation = value


def _bump() -> None:
    value = uuid.uuid4().hex
    cache = _cache()
    if _shared(cache):
        cache.set(GENERATION_KEY, value, timeout=None)
        return
    path = _generation_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole, then renamed over the old one: a reader sees the old value or the new, never half.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".page-cache-")
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    os.replace(tmp, path)


def purge(reason: str = "") -> None:
    """Forget every cached page, once the current transaction commits (at once outside a transaction).

    After the commit, not before: a request that read the generation between the change and the commit would
    render the old content and keep it under the new generation."""
    if not enabled():
        return
    transaction.on_commit(lambda: _purge_now(reason), robust=True)


def _purge_now(reason: str) -> None:
    try:
        _bump()
    except Exception:  # a failed purge must not undo a publication; the pages age out with the timeout
        logger.exception("page cache: purge failed (%s)", reason)
    else:
        logger.info("page cache: purged (%s)", reason)


def no_page_cache(view):
    """Decorator for a public view whose page must never be cached (it shows something that changes by
    time or by visitor without a cookie)."""
    from functools import wraps

    @wraps(view)
    def wrapped(*args, **kwargs):
        response = view(*args, **kwargs)
        response._cong_no_page_cache = True
        return response

    return wrapped


def _query(request) -> str | None:
    """The query string as part of the key, or None when a parameter is not on the allow-list."""
    if not request.GET:
        return ""
    parts = []
    for name, values in sorted(request.GET.lists()):
        if name not in ALLOWED_PARAMS or len(values) != 1:
            return None
        value = values[0]
        if not (value.isascii() and value.isdigit() and len(value) <= 6):  # not '²', not '٣'
            return None
        parts.append(f"{name}={int(value)}")
    return "&".join(parts)


def cache_key(request) -> str | None:
    """The key of the request's page, or None when the request must not be answered from the cache."""
    if request.method not in ("GET", "HEAD"):
        return None
    path = request.path
    if path.startswith(EXCLUDED_PREFIXES):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    if "HTTP_AUTHORIZATION" in request.META:
        return None
    query = _query(request)
    if query is None:
        return None
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: the view answers 400, uncached
        return None
    # The address decides the language (Vietnamese, or /en/… where the profile enables English), never the
    # browser's Accept-Language: one copy of a page for every visitor.
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    raw = f"{request.scheme}://{host}{path}?{query}|{language}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"cong:page:{generation()}:{digest}"


def _storable(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if getattr(response, "_cong_no_page_cache", False) or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_csp_nonce", None):
        return False
    content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if content_type not in CACHEABLE_TYPES:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    if not vary <= HARMLESS_VARY:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _freeze(response) -> tuple:
    headers = [(k, v) for k, v in response.items() if k.lower() not in SKIPPED_HEADERS]
    return (response.status_code, headers, response.content)


def _thaw(entry) -> HttpResponse:
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def _proxy_seconds() -> int:
    return int(getattr(settings, "CONG_PAGE_CACHE_PROXY_SECONDS", 0))


class AnonymousPageCacheMiddleware:
    """Answer anonymous requests for public pages from the cache; keep what may be kept; purge after a
    signed-in user's successful write (the back office is where public content changes)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled():
            return self.get_response(request)
        key = cache_key(request)
        cache = _cache()
        if key is not None:
            entry = cache.get(key)
            if entry is not None:
                response = _thaw(entry)
                response[HEADER] = "hit"
                self._mark_proxy(response, True)
                return response
        response = self.get_response(request)
        stored = key is not None and _storable(request, response)
        if stored:
            cache.set(key, _freeze(response), timeout=settings.CONG_PAGE_CACHE_SECONDS)
        response[HEADER] = "miss" if stored else "bypass"
        self._mark_proxy(response, stored)
        self._purge_after_write(request, response)
        return response

    @staticmethod
    def _mark_proxy(response, cacheable: bool) -> None:
        """Tell nginx's proxy cache (X-Accel-Expires, which nginx hides from the client) how long it may
        keep the response: the same decision as ours, so nginx caches nothing Cổng would not."""
        seconds = _proxy_seconds()
        response["X-Accel-Expires"] = str(seconds if cacheable else 0)

    @staticmethod
    def _purge_after_write(request, response) -> None:
        if request.method in ("GET", "HEAD", "OPTIONS") or response.status_code >= 400:
            return
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return
        match = getattr(request, "resolver_match", None)
        name = (match.url_name or "") if match else ""
        if "preview" in name:  # Wagtail's live preview posts the form on every pause in typing
            return
        if name in SIGN_IN_URL_NAMES:  # signing in changes no public page
            return
        purge(f"{request.method} {request.path} by {user.pk}")


# --- what purges: Wagtail's publication signals, pages moved or deleted -----------------------------------


def _page_changed(sender=None, instance=None, **kwargs) -> None:
    purge(f"page {getattr(instance, 'pk', '')} {kwargs.get('signal_name', '')}".strip())
    if instance is not None:
        _purge_frontend_for_page(instance)


def _record_changed(sender=None, instance=None, **kwargs) -> None:
    """``published``/``unpublished`` of a snippet with draft state: every register record
    (``cong.core.records.PublishedRecord``) and any other snippet published through Wagtail."""
    purge(f"{sender.__name__ if sender else 'record'} {getattr(instance, 'pk', '')}")
    if instance is not None:
        _purge_frontend_for_record(instance)


def _deleted(sender=None, instance=None, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live:
        _page_changed(sender, instance)


def connect_signals() -> None:
    from django.db.models.signals import post_delete
    from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

    for signal, handler, uid in (
        (page_published, _page_changed, "published"),
        (page_unpublished, _page_changed, "unpublished"),
        (post_page_move, _page_changed, "moved"),
        (published, _record_changed, "record-published"),
        (unpublished, _record_changed, "record-unpublished"),
        (post_delete, _deleted, "deleted"),
    ):
        signal.connect(handler, dispatch_uid=f"cong.core.pagecache.{uid}")


# --- the front-end cache (nginx proxy_cache with PURGE) -----------------------------------------------------
# Wagtail's frontend_cache app purges a published or unpublished page's own URLs; nginx needs the pages that
# list it too: its parent (the section), the home page, the feed and the sitemap of the site; for a register
# record, its register's list and its own page on every site (the provincial portal lists every agency's).
# Pages further down a list (?page=2) and other places are not purged: they live as long as nginx keeps a
# page (CONG_PAGE_CACHE_PROXY_SECONDS), which is why that is short. Only when WAGTAILFRONTENDCACHE is set.


def _frontend_configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _purge_urls_later(urls: set[str]) -> None:
    if not urls:
        return

    def send():
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        try:
            purge_urls_from_cache(sorted(urls))
        except Exception:
            logger.exception("page cache: front-end purge failed")

    transaction.on_commit(send, robust=True)


def _site_roots(site=None) -> list[str]:
    from wagtail.models import Site

    sites = [site] if site is not None else list(Site.objects.all())
    return [s.root_url.rstrip("/") for s in sites if s is not None]


def _purge_frontend_for_page(page) -> None:
    if not (enabled() and _frontend_configured()):
        return
    urls = set()
    try:
        site = page.get_site()
        for item in (page, page.get_parent()):
            url = item.specific_deferred.full_url if item is not None else None
            if url:
                urls.add(url)
    except Exception:  # a page already deleted: its site's lists still go
        site = None
    for root in _site_roots(site):
        urls.update({f"{root}/", f"{root}/rss/", f"{root}/sitemap.xml"})
    _purge_urls_later(urls)


def _purge_frontend_for_record(record) -> None:
    if not (enabled() and _frontend_configured()):
        return
    get_url = getattr(record, "get_absolute_url", None)
    try:
        path = get_url() if get_url else ""
    except Exception:
        path = ""
    if not path.startswith("/"):
        return
    # /van-ban/12/ → its list /van-ban/ (every register's records live under its list's address)
    list_path = "/" + path.strip("/").split("/", 1)[0] + "/"
    urls = set()
    for root in _site_roots():
        urls.update({f"{root}{path}", f"{root}{list_path}", f"{root}/", f"{root}/sitemap.xml"})
    _purge_urls_later(urls)
