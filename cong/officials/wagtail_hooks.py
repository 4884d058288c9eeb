"""Admin screens (/quan-tri/): leaders, the directory, spokespersons, statements, commendations and
sanctions, each a ``RegisterViewSet`` (an agency's staff see and file their own agency's records only).

Saving checks what the clause requires (the model's ``clean``: «Cần ít nhất số điện thoại hoặc số fax
(LC-9.1.k)», the profile's ``spokesperson.fields``), the same check ``cong.officials.actions`` makes; the
Publish button goes through Wagtail's revisions, which write the audit entries.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cong.registers.admin import RegisterViewSet

from .models import Commendation, Leader, Official, Spokesperson, Statement


class LeaderViewSet(RegisterViewSet):
    model = Leader
    icon = "user"
    menu_label = _("Lãnh đạo")
    menu_name = "leaders"
    list_display = ["name", "position", "order", "agency", "live"]
    list_filter = ["live", "agency"]
    search_fields = ["name", "search_folded"]


class OfficialViewSet(RegisterViewSet):
    model = Official
    icon = "group"
    menu_label = _("Danh bạ")
    menu_name = "directory"
    list_display = ["name", "position", "agency", "unit", "email", "phone", "live"]
    list_filter = ["live", "agency"]
    search_fields = ["name", "search_folded"]


class SpokespersonViewSet(RegisterViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Người phát ngôn")
    menu_name = "spokespersons"
    list_display = ["name", "position", "agency", "phone", "email", "live"]
    list_filter = ["live", "agency"]
    search_fields = ["name", "search_folded"]


class StatementViewSet(RegisterViewSet):
    model = Statement
    icon = "openquote"
    menu_label = _("Phát ngôn, thông cáo báo chí")
    menu_name = "statements"
    list_display = ["title", "kind", "issued_on", "signer", "spokesperson", "live"]
    list_filter = ["live", "kind", "agency"]
    search_fields = ["title", "search_folded"]


class CommendationViewSet(RegisterViewSet):
    model = Commendation
    icon = "tick-inverse"
    menu_label = _("Khen thưởng, xử lý vi phạm")
    menu_name = "commendations"
    list_display = ["organisation", "kind", "decision_number", "decided_on", "agency", "live"]
    list_filter = ["live", "kind", "agency"]
    search_fields = ["organisation", "decision_number", "search_folded"]


class OfficialsGroup(SnippetViewSetGroup):
    items = (LeaderViewSet, OfficialViewSet, SpokespersonViewSet, StatementViewSet, CommendationViewSet)
    menu_icon = "group"
    menu_label = _("Lãnh đạo, danh bạ, phát ngôn")
    menu_name = "officials"
    menu_order = 270


register_snippet(OfficialsGroup)


@hooks.register("register_log_actions")
def register_officials_log_actions(actions):
    actions.register_action("officials.saved", _("Lưu thông tin"), _("Đã lưu thông tin"))
