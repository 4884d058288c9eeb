"""Wagtail admin of Hỏi – Đáp: audit-log actions, menu, the board's and agencies' screens."""

from wagtail import hooks

LOG_ACTIONS = {
    "citizens.receive": ("Tiếp nhận câu hỏi", "Đã tiếp nhận câu hỏi"),
    "citizens.route": ("Chuyển cơ quan", "Đã phân loại và chuyển cơ quan có thẩm quyền"),
    "citizens.reroute": ("Chuyển lại cơ quan", "Đã chuyển lại cơ quan có thẩm quyền"),
    "citizens.refuse": ("Không tiếp nhận", "Đã từ chối, thông báo người hỏi"),
    "citizens.return": ("Trả lại", "Cơ quan trả lại: không thuộc thẩm quyền"),
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
    "citizens.revoke_delegation": ("Thu hồi ủy quyền", "Thủ trưởng đã thu hồi ủy quyền trả lời"),
}


@hooks.register("register_log_actions")
def register_citizens_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)
