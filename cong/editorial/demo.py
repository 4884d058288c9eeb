"""Demo of the editorial chain: the board's groups and workflow, three agencies with member portals (a
department, a district, another department), one agency that sends forms, their staff, and provincial
items in every workflow state. Idempotent."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from cong.accounts.scope import DATA_CONTROLLER_GROUP
from cong.agencies.models import Agency, AgencyStaff
from cong.agencies.portals import (
    create_member_portal,
    creation_refusal,
    member_groups,
    member_portal_label,
    provincial_site,
)
from cong.core.addresses import served_address
from cong.core.names import split_full_name
from cong.core.profiles import get_profile
from cong.portal.models import ArticlePage, SectionPage

from .actions import decide_proposal, propose_to_province
from .models import AgencyNewsIndexPage, InformationSubmission, Proposal
from .roles import ADMINISTER, BOARD_DEPUTY, BOARD_LEADER, BOARD_SECRETARY, UPDATE
from .setup import setup_editorial
from .submissions import submit_information

DEMO_PASSWORD = "Cong-demo-2026"

AGENCIES = [
    {
        "code": "sonnmt",
        "name": "Sở Nông nghiệp và Môi trường",
        "kind": Agency.Kind.DEPARTMENT,
        "portal": True,
        "head": "Ông Lò Văn Thành – Giám đốc Sở",
        "address": "Số 12 đường Hùng Vương, thành phố Hòa Sơn",
        "phone": "0201 3852 123",
        "email": "sonnmt@hoason.gov.vn",
    },
    {
        "code": "ubndtanlap",
        "name": "UBND huyện Tân Lập",
        "kind": Agency.Kind.DISTRICT,
        "portal": True,
        "head": "Bà Hoàng Thị Mai – Chủ tịch UBND huyện",
        "address": "Thị trấn Tân Lập, huyện Tân Lập",
        "phone": "0201 3860 456",
        "email": "ubnd@tanlap.hoason.gov.vn",
    },
    {
        "code": "sotc",
        "name": "Sở Tài chính",
        "kind": Agency.Kind.DEPARTMENT,
        "portal": True,
        "head": "Ông Đỗ Minh Quang – Giám đốc Sở",
        "address": "Số 5 đường Trần Phú, thành phố Hòa Sơn",
        "phone": "0201 3852 789",
        "email": "sotc@hoason.gov.vn",
    },
    {
        "code": "sogddt",
        "name": "Sở Giáo dục và Đào tạo",
        "kind": Agency.Kind.DEPARTMENT,
        "portal": False,
        "head": "Bà Vi Thị Lan – Giám đốc Sở",
        "address": "Số 20 đường Lê Lợi, thành phố Hòa Sơn",
        "phone": "0201 3853 246",
        "email": "sogddt@hoason.gov.vn",
    },
]

MEMBER_NEWS = {
    "sonnmt": [
        (
            "Ra quân làm thủy lợi mùa khô 2026–2027",
            "Các địa phương nạo vét 120 km kênh mương nội đồng trước vụ Đông Xuân.",
        ),
        (
            "Hướng dẫn phòng chống rét cho trâu bò",
            "Sở khuyến cáo người chăn nuôi chuẩn bị thức ăn dự trữ và chuồng trại kín gió.",
        ),
    ],
    "ubndtanlap": [
        (
            "Huyện Tân Lập trao 45 nhà đại đoàn kết",
            "Các hộ nghèo, hộ chính sách được hỗ trợ 50 triệu đồng mỗi nhà.",
        )
    ],
    "sotc": [
        (
            "Công khai dự toán ngân sách địa phương năm 2027",
            "Sở Tài chính công khai số liệu dự toán thu, chi ngân sách theo quy định.",
        )
    ],
}


def information_senders() -> Group:
    """Cán bộ gửi phiếu: staff of an agency without its own portal. They only open the back office to
    send and follow their agency's phiếu cung cấp thông tin (/quan-tri/phieu/ shows them their agency's
    forms alone); they edit no page and approve nothing."""
    group, _created = Group.objects.get_or_create(name="Cơ quan – Gửi phiếu cung cấp thông tin")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return group


def user(username, name, groups=(), agency=None, is_head=False, position=""):
    """A demo account in ``groups`` (web roles) working for ``agency``; ``is_head`` is an agency role."""
    account = get_user_model().objects.filter(username=username).first()
    if account is None:
        first_name, last_name = split_full_name(name)
        account = get_user_model().objects.create_user(
            username=username,
            password=DEMO_PASSWORD,
            email=f"{username.replace('.', '-')}@hoason.gov.vn",
            first_name=first_name,
            last_name=last_name,
        )
    account.groups.add(*groups)
    if agency is not None:
        AgencyStaff.objects.update_or_create(
            user=account, defaults={"agency": agency, "is_head": is_head, "position": position}
        )
    return account


def publish(parent, page, user=None):
    parent.add_child(instance=page)
    # Demo content is published directly (as an already-approved import), attributed to its author.
    page.save_revision(user=user, log_action=False).publish(log_action=False)
    return page


def member_content(agency, editor):
    home = agency.site.root_page
    section = home.get_children().filter(slug="tin-tuc").first()
    if section is None:
        section = publish(
            home,
            SectionPage(title="Tin tức – Sự kiện", slug="tin-tuc", show_on_home=True, show_in_menus=True),
            editor,
        )
    items = []
    for index, (title, lead) in enumerate(MEMBER_NEWS.get(agency.code, [])):
        slug = f"tin-{index + 1}"
        found = section.get_children().filter(slug=slug).first()
        if found is None:
            found = publish(
                section,
                ArticlePage(
                    title=title,
                    slug=slug,
                    lead=lead,
                    authors=editor.get_full_name(),
                    source=agency.name,
                    body=[
                        {"type": "paragraph", "value": f"<p>{lead} Thông tin do {agency.name} cung cấp.</p>"}
                    ],
                    published_at=timezone.now() - timedelta(days=index + 1),
                ),
                editor,
            )
        items.append(found.specific)
    return items


def workflow_items(board, section):
    """Provincial items in every state: draft, at the secretary, at the leader, sent back, published,
    scheduled."""
    updater, secretary, leader = board["updater"], board["secretary"], board["leader"]
    specs = [
        ("nhap", "Dự thảo: kế hoạch tuyên truyền chuyển đổi số quý I/2027", None),
        ("cho-thu-ky", "Tỉnh tổng kết 10 năm xây dựng nông thôn mới", "submit"),
        ("cho-lanh-dao", "Khai mạc Tuần Văn hóa – Du lịch Hòa Sơn 2026", "secretary"),
        ("tra-lai", "Kết quả giải quyết hồ sơ một cửa tháng 11", "reject"),
        ("da-duyet", "Hội nghị đối thoại với doanh nghiệp năm 2026", "publish"),
        ("hen-gio", "Thông báo lịch tiếp công dân tháng 12/2026", "schedule"),
    ]
    for slug, title, state in specs:
        slug = f"quy-trinh-{slug}"
        if section.get_children().filter(slug=slug).exists():
            continue
        article = ArticlePage(
            title=title,
            slug=slug,
            lead=f"{title}.",
            authors=updater.get_full_name(),
            source="Cổng TTĐT tỉnh",
            live=False,
            owner=updater,
            body=[{"type": "paragraph", "value": f"<p>{title}: nội dung đang biên tập.</p>"}],
        )
        section.add_child(instance=article)
        if state == "schedule":  # approved like any other item; the last approval schedules it
            article.go_live_at = timezone.now() + timedelta(days=3)
        article.save_revision(user=updater)
        if state is None:
            continue
        article.get_workflow().start(article, updater)
        # The profile's chain decides how many steps there are (BK, national: secretary then leader; LC,
        # KT: one step): each action is taken by the first board member who may act on the current step.
        steps = {"submit": 0, "secretary": 1, "reject": 1, "publish": None, "schedule": None}[state]
        action = "reject" if state == "reject" else "approve"
        taken = 0
        while steps is None or taken < steps:
            article.refresh_from_db()
            task_state = article.current_workflow_task_state
            if task_state is None:
                break
            task_state = task_state.specific
            task = task_state.task.specific
            if state == "secretary" and task.pk == article.get_workflow().tasks.last().pk:
                break  # a one-step chain: the item waits at its only step
            reviewer = next((person for person in (secretary, leader) if task.may_act(article, person)), None)
            if reviewer is None:
                break
            comment = "Đề nghị bổ sung số liệu tháng 11 và nguồn tin." if action == "reject" else ""
            task.on_action(task_state, reviewer, action, comment=comment)
            taken += 1


def load(command):
    setup_editorial()
    site = provincial_site()
    home = site.root_page.specific
    board = {
        "updater": user("capnhat", "Nguyễn Văn Cập", [Group.objects.get(name=UPDATE.group_name)]),
        "secretary": user("thuky", "Trần Thị Thư", [Group.objects.get(name=BOARD_SECRETARY.group_name)]),
        "leader": user("truongban", "Lê Minh Trưởng", [Group.objects.get(name=BOARD_LEADER.group_name)]),
        "deputy": user("photruongban", "Vũ Thị Phó", [Group.objects.get(name=BOARD_DEPUTY.group_name)]),
    }
    administrator = user("quantri.tinh", "Đặng Văn Quản", [Group.objects.get(name=ADMINISTER.group_name)])
    # Who admits a member portal is the profile's: the portal's administrator, or the board's head.
    approver = (
        board["leader"] if get_profile()["member_portals.approval"] == "provincial_board" else administrator
    )
    user("kiemsoat.dlcn", "Ngô Thị Kiểm", [Group.objects.get(name=DATA_CONTROLLER_GROUP)])
    logins = [
        ("Cập nhật (Cổng tỉnh)", "capnhat"),
        ("Thư ký Ban Biên tập", "thuky"),
        ("Trưởng Ban Biên tập", "truongban"),
        ("Phó Trưởng Ban Biên tập", "photruongban"),
        ("Quản trị Cổng tỉnh (tài khoản, nhóm quyền; không phải quản trị hệ thống)", "quantri.tinh"),
        ("Kiểm soát dữ liệu cá nhân (tra cứu, trích xuất, xoá theo yêu cầu)", "kiemsoat.dlcn"),
    ]
    agencies = {}
    for spec in AGENCIES:
        agency, _created = Agency.objects.get_or_create(
            code=spec["code"],
            defaults={k: spec[k] for k in ("name", "kind", "head", "address", "phone", "email")},
        )
        agencies[agency.code] = agency
        # A profile without member portals (KT-1.1), or not for this kind of unit: the agency sends forms.
        if spec["portal"] and (agency.site_id or not creation_refusal(agency)):
            _host, port = served_address() or ("", 80)
            site = create_member_portal(
                agency,
                hostname=f"{member_portal_label(agency)}.localhost",
                port=port,
                user=approver,
            )
            groups = member_groups(agency)
            editor = user(f"bientap.{agency.code}", f"Biên tập {agency.name}", [groups["update"]], agency)
            # A web role: the portal's moderator is not the agency's head (who answers citizens).
            user(
                f"kiemduyet.{agency.code}",
                f"Kiểm duyệt {agency.name}",
                [groups["moderate"]],
                agency,
                position="Phó Chánh Văn phòng, phụ trách cổng thành viên",
            )
            user(f"quantri.{agency.code}", f"Quản trị {agency.name}", [groups["administer"]], agency)
            member_content(agency, editor)
            logins += [
                (
                    f"Biên tập – {agency.name} ({site.root_url}/)",
                    f"bientap.{agency.code}",
                ),
                (f"Kiểm duyệt – {agency.name}", f"kiemduyet.{agency.code}"),
                (f"Quản trị cổng thành viên – {agency.name}", f"quantri.{agency.code}"),
            ]
        else:
            user(
                f"canbo.{agency.code}", f"Cán bộ {agency.name}", [information_senders()], agency,
                position="Chuyên viên",
            )  # fmt: skip
            logins.append((f"Cán bộ gửi phiếu – {agency.name}", f"canbo.{agency.code}"))

    news = home.get_children().filter(slug="tin-tu-cac-co-quan").first()
    if news is None:
        publish(
            home,
            AgencyNewsIndexPage(
                title="Tin từ các cơ quan",
                slug="tin-tu-cac-co-quan",
                intro="Tin, bài của các sở, ngành, địa phương được Ban Biên tập chọn đăng.",
                show_in_menus=False,
            ),
        )
    for code, approve in (("sonnmt", True), ("ubndtanlap", True), ("sotc", None)):
        if agencies[code].site_id is None:
            continue
        item = member_content(agencies[code], get_user_model().objects.get(username=f"bientap.{code}"))[0]
        if Proposal.objects.filter(page=item).exists():
            continue
        proposal = propose_to_province(item, get_user_model().objects.get(username=f"bientap.{code}"))
        if approve:
            decide_proposal(proposal, board["leader"], approve=True)

    intake = (
        SectionPage.objects.descendant_of(home).filter(slug="tin-tuc-su-kien").first()
        or SectionPage.objects.child_of(home).first()
    )
    workflow_items(board, intake)
    sender = get_user_model().objects.get(username="canbo.sogddt")
    if not InformationSubmission.objects.filter(sender=sender).exists():
        submit_information(
            user=sender,
            data={
                "sender_name": sender.get_full_name(),
                "proposed_section": intake,
                "title": "Khai giảng lớp bồi dưỡng giáo viên dạy tiếng dân tộc",
                "lead": "Sở Giáo dục và Đào tạo mở lớp bồi dưỡng tiếng Tày cho 60 giáo viên tiểu học.",
                "content": "Lớp học kéo dài 3 tháng tại Trường Cao đẳng Sư phạm tỉnh.\n"
                "Học viên được cấp chứng chỉ khi hoàn thành khóa học.",
            },
        )
    command.stdout.write(f"Tài khoản mẫu của Ban Biên tập và các cơ quan (mật khẩu chung: {DEMO_PASSWORD}):")
    for role, username in logins:
        command.stdout.write(f"  {username:<22} {role}")
