"""Addresses: Vietnamese paths without diacritics (tim-kiem, so-do-trang, quan-tri)."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cong.api import api
from cong.portal import views as portal_views
from cong.portal.feeds import ArticleFeed

urlpatterns = [
    path("quan-tri/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("tim-kiem/", portal_views.search, name="search"),
    path("rss/", ArticleFeed(), name="portal-feed"),
    path("so-do-trang/", portal_views.html_sitemap, name="html-sitemap"),
    path("sitemap.xml", sitemap, name="sitemap-xml"),
    path("robots.txt", portal_views.robots_txt, name="robots-txt"),
    path("api/v1/", api.urls),
    path("", include("cong.citizens.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "cong.portal.errors.page_not_found"
handler500 = "cong.portal.errors.server_error"
