"""Demo of Hỏi – Đáp and petitions: three agencies with staff logins, fields, questions in every state
(new, routed, returned, progress notice, overdue, answered, published with citations, refused) and
petitions with published handling results. Idempotent: a second run adds nothing."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from cong.agencies.models import Agency, AgencyStaff
from cong.core.clock import working_calendar
from cong.core.names import split_full_name
from cong.core.profiles import get_profile

from . import actions
from .models import Field, Question

PASSWORD = "Cong-demo-2026"
AGENCIES = [
    ("sonnmt", "Sở Nông nghiệp và Môi trường", Agency.Kind.DEPARTMENT),
    ("sotc", "Sở Tài chính", Agency.Kind.DEPARTMENT),
    ("ubndtanlap", "UBND huyện Tân Lập", Agency.Kind.DISTRICT),
]
FIELDS = [
    ("nong-nghiep", "Nông nghiệp, phát triển nông thôn"),
    ("dat-dai-moi-truong", "Đất đai, môi trường"),
    ("tai-chinh", "Tài chính, ngân sách, thuế"),
    ("thu-tuc-hanh-chinh", "Thủ tục hành chính"),
]
STAFF = [
    # username, agency code, full name, position, is_head
    ("gd.sonnmt", "sonnmt", "Hoàng Văn Minh", "Giám đốc Sở", True),
    ("cv.sonnmt", "sonnmt", "Lò Thị Hoa", "Chuyên viên", False),
    ("gd.sotc", "sotc", "Vàng A Sử", "Giám đốc Sở", True),
    ("cv.sotc", "sotc", "Nguyễn Thu Trang", "Chuyên viên", False),
    ("ct.tanlap", "ubndtanlap", "Đèo Văn Thắng", "Chủ tịch UBND huyện", True),
]
BOARD = ("bbt.hoidap", "Phạm Thị Lan", "Thư ký Ban Biên tập")

ASKERS = [
    {
        "full_name": "Lường Văn Tâm",
        "district": "Huyện Tân Lập",
        "commune": "Xã Nậm Cuổi",
        "phone": "0912000111",
    },
    {
        "full_name": "Trần Thị Mai",
        "district": "Thành phố Hòa Sơn",
        "commune": "Phường Tân Phong",
        "phone": "0988000222",
    },
    {
        "full_name": "Giàng A Páo",
        "district": "Huyện Tân Lập",
        "commune": "Xã Mường Kim",
        "phone": "0977000333",
    },
    {
        "full_name": "Đỗ Quang Huy",
        "district": "Thành phố Hòa Sơn",
        "commune": "Phường Đoàn Kết",
        "phone": "0966000444",
    },
]

PUBLISHED = [
    ("sonnmt", "nong-nghiep", "Hỗ trợ giống lúa khi bị thiên tai",
     "Gia đình tôi có 5 sào lúa bị lũ cuốn trôi. Xin hỏi có được hỗ trợ giống không và thủ tục thế nào?",
     "Hộ sản xuất lúa bị thiệt hại trên 70% do thiên tai được hỗ trợ 2.000.000 đồng/ha. Hộ gia đình lập tờ khai "
     "gửi UBND xã trong 10 ngày kể từ khi thiên tai kết thúc.",
     [("02/2017/NĐ-CP", "Cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh", dt.date(2017, 1, 9), "Chính phủ")]),
    ("sonnmt", "dat-dai-moi-truong", "Thời hạn cấp giấy chứng nhận quyền sử dụng đất lần đầu",
     "Tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu tại huyện. Thời hạn giải quyết là bao lâu?",
     "Thời gian cấp giấy chứng nhận lần đầu không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; "
     "ở xã miền núi được tăng thêm 10 ngày làm việc.",
     [("31/2024/QH15", "Luật Đất đai", dt.date(2024, 1, 18), "Quốc hội"),
      ("101/2024/NĐ-CP", "Quy định về điều tra cơ bản đất đai; đăng ký, cấp giấy chứng nhận", dt.date(2024, 7, 29), "Chính phủ")]),
    ("sotc", "tai-chinh", "Lệ phí trước bạ khi mua xe máy",
     "Tôi mua xe máy mới tại Hòa Sơn. Lệ phí trước bạ phải nộp là bao nhiêu phần trăm?",
     "Mức thu lệ phí trước bạ đối với xe máy là 2%; riêng xe máy của tổ chức, cá nhân ở thành phố trực thuộc "
     "trung ương, thành phố thuộc tỉnh, thị xã nơi UBND tỉnh đóng trụ sở nộp lần đầu là 5%.",
     [("10/2022/NĐ-CP", "Quy định về lệ phí trước bạ", dt.date(2022, 1, 15), "Chính phủ")]),
    ("ubndtanlap", "thu-tuc-hanh-chinh", "Đăng ký hộ kinh doanh ở huyện",
     "Tôi muốn mở cửa hàng tạp hóa tại thị trấn. Đăng ký hộ kinh doanh ở đâu, mất bao lâu?",
     "Hồ sơ đăng ký hộ kinh doanh nộp tại Bộ phận Một cửa UBND huyện; thời hạn giải quyết 03 ngày làm việc.",
     [("01/2021/NĐ-CP", "Về đăng ký doanh nghiệp", dt.date(2021, 1, 4), "Chính phủ")]),
]  # fmt: skip

PETITIONS = [
    ("sotc", "Kiến nghị bỏ yêu cầu bản sao chứng thực trong hồ sơ hỗ trợ",
     "Hồ sơ đề nghị hỗ trợ kinh phí yêu cầu bản sao chứng thực sổ hộ khẩu, trong khi dữ liệu dân cư đã có.",
     "Quyết định 12/2021/QĐ-UBND, Điều 5 khoản 2",
     "Sở Tài chính đã trình UBND tỉnh sửa đổi Điều 5: bỏ yêu cầu bản sao chứng thực, khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư."),
    ("sonnmt", "Phản ánh thời hạn xác nhận kế hoạch bảo vệ môi trường quá dài",
     "Quy định hiện hành cho phép 15 ngày làm việc để xác nhận, gây chậm cho hộ sản xuất nhỏ.",
     "Quyết định 20/2022/QĐ-UBND, Điều 8",
     "Sở Nông nghiệp và Môi trường tiếp thu; thời hạn được rút xuống 10 ngày làm việc từ ngày 01/01/2026."),
]  # fmt: skip


def _user(username, full_name, position=""):
    first_name, last_name = split_full_name(full_name)
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@hoason.gov.vn",
            "is_staff": True,
        },
    )
    if created:
        user.set_password(PASSWORD)
        user.save()
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
        )
    return user


def _asker(i: int) -> dict:
    base = ASKERS[i % len(ASKERS)]
    return {
        "asker_type": Question.AskerType.INDIVIDUAL,
        "house_number": str(10 + i),
        "street": "Đường 19/5",
        "province": "Tỉnh Hòa Sơn",
        "email": f"nguoihoi{i}@example.com",
        **base,
    }


def _ask(i, title, content, field=None, *, kind=Question.Kind.QUESTION, regulation="", days_ago=3):
    data = {**_asker(i), "title": title, "content": content, "field": field, "regulation": regulation}
    return actions.receive_question(kind=kind, data=data, now=timezone.now() - dt.timedelta(days=days_ago))


def _route(question, board, agency, **extra):
    """Route with the classification the profile requires (``qa.classification``; ST-24.4 adds the policy
    group)."""
    required = get_profile()["qa.classification"]
    if "field" in required and question.field is None:
        extra.setdefault("field", Field.objects.get(slug="thu-tuc-hanh-chinh"))
    if "policy_group" in required:
        extra.setdefault("policy_group", "Cải cách hành chính")
    return actions.route_question(question, board, agency, **extra)


def people():
    """Agencies, fields, staff accounts and the board: everything of the demo that does not depend on the
    date. Returns (agencies, fields, users, board)."""
    agencies = {}
    for code, name, kind in AGENCIES:
        agencies[code], _ = Agency.objects.get_or_create(code=code, defaults={"name": name, "kind": kind})
    fields = {
        slug: Field.objects.get_or_create(slug=slug, defaults={"name": name, "order": i})[0]
        for i, (slug, name) in enumerate(FIELDS)
    }
    users = {}
    for username, code, full_name, position, is_head in STAFF:
        users[username] = _user(username, full_name)
        # Agency roles: the head answers; the clerks handle the agency's questions (no web role).
        AgencyStaff.objects.update_or_create(
            user=users[username],
            defaults={
                "agency": agencies[code],
                "position": position,
                "is_head": is_head,
                "handles_questions": True,
            },
        )
    board = _user(BOARD[0], BOARD[1])
    group, _ = Group.objects.get_or_create(name="Ban Biên tập – Hỏi đáp")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="citizens", codename__in=["handle_as_board", "view_question_reports"]
        ),
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
    )
    board.groups.add(group)
    return agencies, fields, users, board


def load(command) -> None:
    agencies, fields, users, board = people()
    if Question.objects.filter(title=PUBLISHED[0][2]).exists():
        command.stdout.write("Hỏi – Đáp: dữ liệu mẫu đã có, không thêm.")
    else:
        questions(agencies, fields, users, board)
    command.stdout.write(
        "Hỏi – Đáp (/hoi-dap/, /phan-anh-kien-nghi/, quản trị /quan-tri/hoi-dap/), mật khẩu " + PASSWORD + ":"
    )
    command.stdout.write(f"  {BOARD[0]:12} {BOARD[2]} — phân loại, chuyển, đăng, báo cáo")
    for username, code, _full_name, position, is_head in STAFF:
        role = "được trả lời" if is_head else "xem, trả lại, chưa được trả lời (thủ trưởng có thể ủy quyền)"
        command.stdout.write(f"  {username:12} {position}, {agencies[code]} — {role}")


def _head(users, code):
    return next(users[u] for u, c, _n, _p, head in STAFF if c == code and head)


def _clerk(users, code):
    return next(users[u] for u, c, _n, _p, head in STAFF if c == code and not head)


def questions(agencies, fields, users, board) -> None:
    """Questions and petitions in every state, dated from today (the part of the demo that depends on
    the date: cong/citizens/tests/test_demo.py runs it on every day of a year)."""
    i = 0
    for code, field_slug, title, content, answer, citations in PUBLISHED:
        q = _ask(i, title, content, fields[field_slug], days_ago=12 - i)
        _route(q, board, agencies[code], socio_economic=code == "sotc")
        actions.answer_question(
            q, _head(users, code), answer, citations=[actions.CitationIn(*c) for c in citations]
        )
        actions.publish_answer(q, board)
        i += 1
    for code, title, content, regulation, result in PETITIONS:
        p = _ask(i, title, content, kind=Question.Kind.PETITION, regulation=regulation, days_ago=9)
        _route(p, board, agencies[code])
        actions.answer_question(p, _head(users, code), result)
        actions.publish_answer(p, board)
        i += 1
    # One question in each remaining state.
    _ask(
        i,
        "Hỗ trợ lãi suất vay vốn trồng quế",
        "Hộ trồng quế có được hỗ trợ lãi suất vay không?",
        fields["nong-nghiep"],
        days_ago=0,
    )
    routed = _ask(
        i + 1,
        "Cấp phép khai thác nước ngầm cho hộ gia đình",
        "Giếng khoan sinh hoạt có phải xin phép không?",
        fields["dat-dai-moi-truong"],
        days_ago=2,
    )
    _route(routed, board, agencies["sonnmt"])
    returned = _ask(
        i + 2,
        "Chế độ cho giáo viên vùng khó khăn",
        "Giáo viên cắm bản được phụ cấp thu hút bao nhiêu?",
        days_ago=2,
    )
    _route(returned, board, agencies["sotc"])
    actions.return_question(
        returned, _clerk(users, "sotc"), "Thuộc thẩm quyền Sở Giáo dục và Đào tạo, không thuộc Sở Tài chính."
    )
    progress = _ask(
        i + 3,
        "Bồi thường khi mở rộng quốc lộ qua xã",
        "Đất vườn của tôi bị thu hồi, giá bồi thường tính thế nào?",
        fields["dat-dai-moi-truong"],
        days_ago=5,
    )
    _route(progress, board, agencies["ubndtanlap"])
    # The promised date must be a working day (holidays, Tết and swapped days included), as the action
    # checks: the first working day at least 20 days ahead.
    new_date = working_calendar().next_working_day(timezone.localdate() + dt.timedelta(days=19))
    actions.send_progress_notice(
        progress, _head(users, "ubndtanlap"), "Đang chờ phương án giá đất của Hội đồng thẩm định.", new_date
    )
    overdue = _ask(
        i + 4,
        "Miễn thuế sử dụng đất nông nghiệp",
        "Đất trồng lúa của hộ nghèo có được miễn thuế không?",
        fields["tai-chinh"],
        days_ago=40,
    )
    _route(overdue, board, agencies["sotc"])
    answered = _ask(
        i + 5,
        "Thủ tục chuyển mục đích đất vườn sang đất ở",
        "Cần những giấy tờ gì và nộp ở đâu?",
        fields["thu-tuc-hanh-chinh"],
        days_ago=6,
    )
    _route(answered, board, agencies["ubndtanlap"])
    actions.answer_question(
        answered,
        _head(users, "ubndtanlap"),
        "Nộp hồ sơ tại Bộ phận Một cửa huyện gồm đơn và giấy chứng nhận.",
    )
    refused = _ask(
        i + 6, "Tố cáo cán bộ địa chính xã", "Tôi tố cáo cán bộ địa chính xã nhận tiền.", days_ago=1
    )
    if Question.Refusal.COMPLAINT in get_profile()["qa.may_reject"]:
        actions.refuse_question(
            refused,
            board,
            Question.Refusal.COMPLAINT,
            "Nội dung là đơn tố cáo, không thuộc chuyên mục Hỏi – Đáp.",
        )
    else:  # ST-24.1, ST-24.7: only a violation may be refused
        actions.refuse_question(
            refused,
            board,
            Question.Refusal.VIOLATION,
            "Nội dung quy kết cá nhân chưa được kiểm chứng (Điều 10.2).",
        )
