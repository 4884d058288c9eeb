"""RSS 2.0 of newly posted meeting invitations and notices: /giay-moi-hop/rss/ (KT-11.1.c: posted right
after signing, so a reader learns of a meeting as soon as the invitation is on the portal)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.registers.portals import public_records

from .models import MeetingInvitation

FEED_SIZE = 30


class InvitationFeed(Feed):
    feed_type = Rss201rev2Feed
    title = gettext_lazy("Giấy mời họp, thông báo")
    description = gettext_lazy("Giấy mời họp và thông báo mới đăng trên Cổng.")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def link(self):
        return reverse("schedules:invitations")

    def items(self):
        queryset = public_records(self.request, MeetingInvitation.objects.all())
        return queryset.order_by("-first_published_at", "-id")[:FEED_SIZE]

    def item_title(self, item):
        if item.cancelled:
            return _("[ĐÃ HỦY] %(record)s: %(subject)s") % {"record": item, "subject": item.subject}
        return f"{item}: {item.subject}"

    def item_description(self, item):
        parts = [item.subject]
        if item.starts_at:
            when = timezone.localtime(item.starts_at)
            parts.append(
                _("Thời gian: %(time)s ngày %(date)s") % {"time": f"{when:%H:%M}", "date": f"{when:%d/%m/%Y}"}
            )
        if item.place:
            parts.append(_("Địa điểm: %(place)s") % {"place": item.place})
        if item.chair:
            parts.append(_("Chủ trì: %(chair)s") % {"chair": item.chair})
        return ". ".join(parts)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.signer_name
