"""Wagtail admin of Hỏi – Đáp: audit-log actions, menu, the board's and agencies' screens."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Field

LOG_ACTIONS = {
    "citizens.receive": (_("Tiếp nhận câu hỏi"), _("Đã tiếp nhận câu hỏi")),
    "citizens.route": (_("Chuyển cơ quan"), _("Đã phân loại và chuyển cơ quan có thẩm quyền")),
    "citizens.reroute": (_("Chuyển lại cơ quan"), _("Đã chuyển lại cơ quan có thẩm quyền")),
    "citizens.refuse": (_("Không tiếp nhận"), _("Đã từ chối, thông báo người hỏi")),
    "citizens.return": (_("Trả lại"), _("Cơ quan trả lại: không thuộc thẩm quyền")),
    "citizens.transfer": (_("Chuyển cơ quan có thẩm quyền"), _("Cơ quan đã báo người hỏi và chuyển câu hỏi")),
    "citizens.notify_return": (_("Thông báo không đúng thẩm quyền"), _("Đã thông báo người hỏi")),
    "citizens.progress": (_("Thông báo tiến độ"), _("Đã thông báo tiến độ, hẹn ngày trả lời")),
    "citizens.answer": (_("Trả lời"), _("Đã trả lời")),
    "citizens.publish": (_("Đăng câu trả lời"), _("Đã đăng câu hỏi và câu trả lời")),
    "citizens.close": (_("Kết thúc"), _("Đã kết thúc (trả lời trực tiếp, không đăng)")),
    "citizens.unpublish": (_("Gỡ khỏi Cổng"), _("Đã gỡ câu trả lời khỏi danh sách công khai")),
    "citizens.remind": (_("Nhắc hạn"), _("Đã nhắc hạn")),
    "citizens.correct_personal_data": (
        _("Đính chính thông tin cá nhân"),
        _("Người hỏi đã sửa thông tin cá nhân"),
    ),
    "citizens.withdraw_personal_data": (_("Rút thông tin cá nhân"), _("Người hỏi đã rút thông tin cá nhân")),
    "citizens.erase_personal_data": (
        _("Xoá thông tin cá nhân hết hạn"),
        _("Đã xoá thông tin cá nhân hết thời hạn lưu"),
    ),
    "citizens.delegate": (_("Ủy quyền trả lời"), _("Thủ trưởng đã ủy quyền trả lời")),
    "citizens.download_attachment": (
        _("Tải tệp đính kèm"),
        _("Cán bộ xử lý đã tải tệp đính kèm của người hỏi"),
    ),
    "citizens.revoke_delegation": (_("Thu hồi ủy quyền"), _("Thủ trưởng đã thu hồi ủy quyền trả lời")),
}


@hooks.register("register_log_actions")
def register_citizens_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_citizens_admin_urls():
    from django.urls import path

    from . import admin_views as views

    return [
        path("hoi-dap/", views.QuestionListView.as_view(), name="citizens_admin_list"),
        path("hoi-dap/<int:pk>/", views.QuestionDetailView.as_view(), name="citizens_admin_detail"),
        path("hoi-dap/bao-cao/", views.ReportView.as_view(), name="citizens_admin_report"),
        path("hoi-dap/uy-quyen/", views.DelegationView.as_view(), name="citizens_admin_delegations"),
        path("hoi-dap/tep/<int:pk>/", views.attachment_download, name="citizens_admin_attachment"),
    ]


class CitizensMenuItem(MenuItem):
    def is_shown(self, request):
        from .admin_views import can_use_citizens_admin

        return can_use_citizens_admin(request.user)


@hooks.register("register_admin_menu_item")
def register_citizens_menu():
    submenu = Menu(
        items=[
            CitizensMenuItem(
                _("Câu hỏi, phản ánh"), reverse("citizens_admin_list"), icon_name="help", order=10
            ),
            CitizensMenuItem(
                _("Quá hạn"), reverse("citizens_admin_list") + "?overdue=1", icon_name="warning", order=20
            ),
            CitizensMenuItem(_("Báo cáo"), reverse("citizens_admin_report"), icon_name="table", order=30),
            CitizensMenuItem(
                _("Ủy quyền trả lời"), reverse("citizens_admin_delegations"), icon_name="user", order=40
            ),
        ]
    )
    return SubmenuMenuItem(_("Hỏi – Đáp"), submenu, icon_name="help", order=250)


class FieldViewSet(SnippetViewSet):
    """Lĩnh vực hỏi – đáp: the board maintains the list used by the form, filters and reports."""

    model = Field
    icon = "tag"
    menu_label = _("Lĩnh vực hỏi – đáp")
    menu_name = "citizens-fields"
    add_to_settings_menu = True
    list_display = ["name", "slug", "order"]
    form_fields = ["name", "slug", "order"]


register_snippet(FieldViewSet)
