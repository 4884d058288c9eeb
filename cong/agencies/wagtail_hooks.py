"""Admin for agencies: the agency register (snippet) and member-portal creation."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
