"""Addresses: Vietnamese paths without diacritics (tim-kiem, so-do-trang, quan-tri)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from cong.accounts import views as account_views
from cong.api import api
from cong.ops import views as ops_views
from cong.portal import about, languages, sitemaps
from cong.portal import views as portal_views
from cong.portal.feeds import ArticleFeed

urlpatterns = [
    path("quan-tri/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("tim-kiem/", portal_views.search, name="search"),
    path("rss/", ArticleFeed(), name="portal-feed"),
    path("so-do-trang/", portal_views.html_sitemap, name="html-sitemap"),
    path("sitemap.xml", sitemaps.index, name="sitemap-xml"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap-section"),
    path("robots.txt", portal_views.robots_txt, name="robots-txt"),
    # Browsers ask for /favicon.ico whatever the page says; answer with the emblem instead of a 404.
    path("favicon.ico", portal_views.favicon, name="favicon"),
    path("api/v1/", api.urls),
    path("suc-khoe/", ops_views.health, name="health"),
    path("bao-ve-du-lieu-ca-nhan/", account_views.privacy_notice, name="privacy-notice"),
    path("gioi-thieu-cong/", about.about, name="portal-about"),
    path("", include("cong.citizens.urls")),
    path("", include("cong.legal.urls")),
    path("", include("cong.schedules.urls")),
    path("", include("cong.officials.urls")),
    path("", include("cong.projects.urls")),
    path("", include("cong.statistics.urls")),
    path("", include("cong.services.urls")),
]

if "mozilla_django_oidc" in settings.INSTALLED_APPS:  # single sign-on for staff, when configured
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))

if settings.CONG_SERVE_MEDIA:  # development and the demo; a province's nginx serves MEDIA_ROOT itself
    from django.views.static import serve

    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}
        )
    )

# Wagtail's pages, in each public language's tree: Vietnamese at the root, English under /en/ where the
# profile enables it (cong.portal.languages; the view refuses a language the profile does not list).
urlpatterns += i18n_patterns(
    re_path(serve_pattern, languages.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "cong.portal.errors.page_not_found"
handler500 = "cong.portal.errors.server_error"
