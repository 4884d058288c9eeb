"""RSS 2.0 of statements and press releases (phát ngôn, thông cáo báo chí) at /phat-ngon/rss/: a member
portal's feed carries its agency's, the provincial portal's everyone's."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from cong.registers.portals import portal_agency, public_records

from .models import Statement

FEED_SIZE = 30


class StatementFeed(Feed):
    feed_type = Rss201rev2Feed
    title = _("Phát ngôn và thông tin báo chí")
    description = _("Phát ngôn, thông cáo báo chí của người phát ngôn các cơ quan (LC-9.2, HG-8.3).")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return portal_agency(request)

    def link(self):
        return reverse("officials:statements")

    def items(self, agency):
        statements = public_records(self.request, Statement.objects.select_related("agency"), agency=agency)
        return statements.order_by("-issued_on", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        return item.summary or item.body[:500]

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.signer

    def item_categories(self, item):
        return [item.get_kind_display()]
