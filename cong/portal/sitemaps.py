"""sitemap.xml: one index (``/sitemap.xml``) with a sitemap for the portal's pages and one per public register.

Built on Django's sitemaps framework through Wagtail's views (``wagtail.contrib.sitemaps``), which give
each sitemap the request. Every address is made from the request — the scheme and host the reader used —
never from a stored host name. A member portal's index lists its own pages; the registers (legal documents,
gazette, drafts, answers, petitions) are the provincial portal's and are listed in its index only, so each
item has one address in the sitemaps.

Each sitemap page holds at most ``limit`` items and costs a fixed number of queries; larger registers are
split into pages (``?p=2``) that the index lists.
"""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Max, Q
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page, Site

from .languages import enabled_languages, site_home
from .registers import PublicRegister, listed_registers

PAGES_SECTION = "trang"
INFORMATION_SECTION = "thong-tin"
ITEMS_PER_SITEMAP = 1000


class PageSitemap(WagtailSitemap):
    """The live, public pages of the portal that serves the request (Wagtail's sitemap), with addresses
    on the request's host."""

    limit = ITEMS_PER_SITEMAP

    def items(self):
        # The site's tree in every enabled language (the English one under /en/, ND43-13).
        site = self.get_wagtail_site()
        trees = Q(path__startswith=site.root_page.path)
        for language in enabled_languages()[1:]:
            home = site_home(site, language)
            if home is not None:
                trees |= Q(path__startswith=home.path)
        # Not .specific(): a page's address and date are on the base Page row, so one query per sitemap page.
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .order_by("path")
            .only("id", "path", "depth", "url_path", "last_published_at", "latest_revision_created_at")
        )

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            _, _, path = item.get_url_parts(self.request) or (None, None, None)
            if path is None:  # not routable (e.g. outside every site)
                continue
            urls.append(
                {
                    "item": item,
                    "location": f"{protocol}://{domain}{path}",
                    "lastmod": self.lastmod(item),
                    "changefreq": None,
                    "priority": "",
                    "alternates": [],
                }
            )
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls

    def get_latest_lastmod(self):
        # Django's default evaluates every item; one aggregate query instead.
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]


class RegisterSitemap(WagtailSitemap):
    """The public items of one register (``PublicRegister.public_items``), addressed on the request's host."""

    limit = ITEMS_PER_SITEMAP
    register: PublicRegister  # set by ``for_register``

    @classmethod
    def for_register(cls, entry: PublicRegister) -> type[RegisterSitemap]:
        return type(f"{entry.code}Sitemap", (cls,), {"register": entry})

    def items(self):
        fields = {"pk", *self.register.url_fields, self.register.lastmod_field} - {"pk"}
        return (
            self.register.public_items()
            .select_related(None)
            .only("pk", *fields)
            .order_by(self.register.lastmod_field, "pk")
        )

    def location(self, item):
        return item.get_absolute_url()

    def lastmod(self, item):
        return getattr(item, self.register.lastmod_field)

    # Django's item loop (Wagtail's expects pages), with ``location`` above.
    _urls = DjangoSitemap._urls

    def get_latest_lastmod(self):
        return self.register.public_items().aggregate(latest=Max(self.register.lastmod_field))["latest"]


class InformationSitemap(WagtailSitemap):
    """The portal's own notices outside the page tree: about and terms of use, personal data protection."""

    def items(self):
        return ["portal-about", "privacy-notice"]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return None  # built from the profile: no stored change date

    _urls = DjangoSitemap._urls

    def get_latest_lastmod(self):
        return None


def sitemaps_for(site) -> dict[str, type[WagtailSitemap]]:
    """The sections of ``site``'s index: its pages, and on the provincial portal its notices (about, terms,
    privacy) and every listed register."""
    sections: dict[str, type[WagtailSitemap]] = {PAGES_SECTION: PageSitemap}
    if site is None or site.is_default_site:
        sections[INFORMATION_SECTION] = InformationSitemap
        for entry in listed_registers():
            sections[entry.code] = RegisterSitemap.for_register(entry)
    return sections


@require_GET
def index(request):
    """/sitemap.xml: the index of the portal's sitemaps."""
    sections = sitemaps_for(Site.find_for_request(request))
    return sitemap_views.index(request, sections, sitemap_url_name="sitemap-section")


@require_GET
def section(request, section: str):
    """/sitemap-<section>.xml (``?p=2`` for the next page of a large register)."""
    return sitemap_views.sitemap(request, sitemaps_for(Site.find_for_request(request)), section=section)
