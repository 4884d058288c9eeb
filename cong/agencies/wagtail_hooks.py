"""Admin for agencies: the agency register (snippet) and member-portal creation."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import Agency


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Cơ quan, đơn vị")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "code", "kind", "has_member_portal", "site"]
    list_filter = ["kind", "has_member_portal"]
    search_fields = ["name", "code"]


register_snippet(AgencyViewSet)


@hooks.register("register_log_actions")
def register_agency_actions(actions):
    actions.register_action(
        "cong.member_portal.create", _("Tạo cổng thành viên"), _("Đã tạo cổng thành viên")
    )


@hooks.register("register_admin_urls")
def agency_urls():
    return [path("co-quan/<int:agency_id>/tao-cong/", views.create_portal, name="agencies_create_portal")]


@hooks.register("register_snippet_listing_buttons")
def create_portal_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, Agency)
        and not snippet.site_id
        and views.can_create_portals(user)
        and not views.creation_refusal(snippet)
    ):
        yield ListingButton(
            _("Tạo cổng thành viên"),
            reverse("agencies_create_portal", args=[snippet.pk]),
            icon_name="site",
            priority=20,
        )
