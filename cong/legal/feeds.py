"""Feeds of newly published documents: RSS 2.0 at /van-ban/rss/ and Atom at /van-ban/atom/."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import LegalDocument

FEED_SIZE = 30


class LegalDocumentFeed(Feed):
    feed_type = Rss201rev2Feed
    title = gettext_lazy("Văn bản mới ban hành")
    description = gettext_lazy("Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành mới đăng trên Cổng.")

    def link(self):
        return reverse("legal:documents")

    def items(self):
        return LegalDocument.objects.filter(live=True).order_by("-first_published_at", "-id")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.label}: {item.summary}" if item.number else item.summary

    def item_description(self, item):
        values = {"kind": item.kind_name, "issuer": item.issuer, "summary": item.summary}
        if item.issued_on:
            values["date"] = item.issued_on.strftime("%d/%m/%Y")
            return _("%(kind)s của %(issuer)s ngày %(date)s. %(summary)s") % values
        return _("%(kind)s của %(issuer)s. %(summary)s") % values

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.issuer

    def item_categories(self, item):
        return [item.kind_name]


class LegalDocumentAtomFeed(LegalDocumentFeed):
    feed_type = Atom1Feed
    subtitle = LegalDocumentFeed.description
