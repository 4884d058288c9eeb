"""Wagtail admin of Hỏi – Đáp: audit-log actions, menu, the board's and agencies' screens."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Field

LOG_ACTIONS = {
    "citizens.receive": ("Tiếp nhận câu hỏi", "Đã tiếp nhận câu hỏi"),
    "citizens.route": ("Chuyển cơ quan", "Đã phân loại và chuyển cơ quan có thẩm quyền"),
    "citizens.reroute": ("Chuyển lại cơ quan", "Đã chuyển lại cơ quan có thẩm quyền"),
    "citizens.refuse": ("Không tiếp nhận", "Đã từ chối, thông báo người hỏi"),
    "citizens.return": ("Trả lại", "Cơ quan trả lại: không thuộc thẩm quyền"),
    "citizens.transfer": ("Chuyển cơ quan có thẩm quyền", "Cơ quan đã báo người hỏi và chuyển câu hỏi"),
    "citizens.notify_return": ("Thông báo không đúng thẩm quyền", "Đã thông báo người hỏi"),
    "citizens.progress": ("Thông báo tiến độ", "Đã thông báo tiến độ, hẹn ngày trả lời"),
    "citizens.answer": ("Trả lời", "Đã trả lời"),
    "citizens.publish": ("Đăng câu trả lời", "Đã đăng câu hỏi và câu trả lời"),
    "citizens.close": ("Kết thúc", "Đã kết thúc (trả lời trực tiếp, không đăng)"),
    "citizens.unpublish": ("Gỡ khỏi Cổng", "Đã gỡ câu trả lời khỏi danh sách công khai"),
    "citizens.remind": ("Nhắc hạn", "Đã nhắc hạn"),
    "citizens.correct_personal_data": ("Đính chính thông tin cá nhân", "Người hỏi đã sửa thông tin cá nhân"),
    "citizens.withdraw_personal_data": ("Rút thông tin cá nhân", "Người hỏi đã rút thông tin cá nhân"),
    "citizens.erase_personal_data": (
        "Xoá thông tin cá nhân hết hạn",
        "Đã xoá thông tin cá nhân hết thời hạn lưu",
    ),
    "citizens.delegate": ("Ủy quyền trả lời", "Thủ trưởng đã ủy quyền trả lời"),
    "citizens.download_attachment": ("Tải tệp đính kèm", "Cán bộ xử lý đã tải tệp đính kèm của người hỏi"),
    "citizens.revoke_delegation": ("Thu hồi ủy quyền", "Thủ trưởng đã thu hồi ủy quyền trả lời"),
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
            CitizensMenuItem("Câu hỏi, phản ánh", reverse("citizens_admin_list"), icon_name="help", order=10),
            CitizensMenuItem(
                "Quá hạn", reverse("citizens_admin_list") + "?overdue=1", icon_name="warning", order=20
            ),
            CitizensMenuItem("Báo cáo", reverse("citizens_admin_report"), icon_name="table", order=30),
            CitizensMenuItem(
                "Ủy quyền trả lời", reverse("citizens_admin_delegations"), icon_name="user", order=40
            ),
        ]
    )
    return SubmenuMenuItem("Hỏi – Đáp", submenu, icon_name="help", order=250)


class FieldViewSet(SnippetViewSet):
    """Lĩnh vực hỏi – đáp: the board maintains the list used by the form, filters and reports."""

    model = Field
    icon = "tag"
    menu_label = "Lĩnh vực hỏi – đáp"
    menu_name = "citizens-fields"
    add_to_settings_menu = True
    list_display = ["name", "slug", "order"]
    form_fields = ["name", "slug", "order"]


register_snippet(FieldViewSet)
