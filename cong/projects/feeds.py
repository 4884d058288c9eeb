"""RSS 2.0 feeds of newly published projects (/du-an/rss/) and procurement notices (/dau-thau/rss/): on the
provincial portal every agency's records, on a member portal its agency's (the records its pages show)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cong.registers.portals import portal_agency

from .models import ProcurementNotice, Project, vnd

FEED_SIZE = 30


class ProjectFeed(Feed):
    feed_type = Rss201rev2Feed
    title = _("Dự án mới đăng")
    description = _("Dự án, hạng mục đầu tư mới đăng trên Cổng: mục tiêu, lĩnh vực, kinh phí, tình trạng.")

    def link(self):
        return reverse("projects:projects")

    def get_object(self, request, *args, **kwargs):
        return portal_agency(request)

    def items(self, agency):
        records = Project.objects.filter(live=True)
        if agency is not None:
            records = records.filter(agency=agency)
        return records.select_related("agency").order_by("-first_published_at", "-id")[:FEED_SIZE]

    def item_title(self, item):
        return item.name

    def item_description(self, item):
        budget = (
            " " + gettext("Kinh phí %(amount)s đồng.") % {"amount": vnd(item.budget)}
            if item.budget is not None
            else ""
        )
        return f"{item.get_status_display()} · {item.field}. {item.main_objective}{budget}"

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.agency.name if item.agency_id else None

    def item_categories(self, item):
        return [item.get_status_display(), item.field]


class NoticeFeed(Feed):
    feed_type = Rss201rev2Feed
    title = _("Thông báo đấu thầu, mua sắm công")
    description = _("Thông báo mời thầu và kết quả lựa chọn nhà thầu mới đăng trên Cổng.")

    def link(self):
        return reverse("projects:notices")

    def get_object(self, request, *args, **kwargs):
        return portal_agency(request)

    def items(self, agency):
        records = ProcurementNotice.objects.filter(live=True)
        if agency is not None:
            records = records.filter(agency=agency)
        return records.select_related("agency").order_by("-first_published_at", "-id")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        closing = (
            " "
            + gettext("Đóng thầu: %(moment)s.")
            % {"moment": f"{timezone.localtime(item.closes_at):%H:%M %d/%m/%Y}"}
            if item.closes_at
            else ""
        )
        text = gettext("Gói thầu %(package)s — bên mời thầu %(entity)s.") % {
            "package": item.package,
            "entity": item.procuring_entity,
        }
        return text + closing

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.procuring_entity

    def item_categories(self, item):
        return [item.get_kind_display()]
