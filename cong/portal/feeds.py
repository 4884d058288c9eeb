"""RSS 2.0 feeds: the whole portal at /rss/ and each section at <section URL>rss/."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from cong.core.addresses import page_full_url

from .models import ArticlePage, PortalSettings

FEED_SIZE = 30


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, section=None):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404(_("Không tìm thấy Cổng."))
        self.site = site
        self.settings = PortalSettings.for_site(site)
        return section

    def title(self, section):
        if section is None:
            return self.settings.portal_name
        return f"{section.title} – {self.settings.portal_name}"

    def link(self, section):
        page = section or self.site.root_page
        return page_full_url(page, self.request)

    def description(self, section):
        if section is None:
            return _("Tin, bài mới nhất của %(portal)s") % {"portal": self.settings.portal_name}
        return section.intro or section.title

    def items(self, section):
        root = section or self.site.root_page
        return (
            ArticlePage.objects.live()
            .descendant_of(root)
            .order_by("-published_at", "-id")
            .only("id", "title", "lead", "published_at", "authors", "url_path", "path", "depth")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return page_full_url(item, self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.authors or None
