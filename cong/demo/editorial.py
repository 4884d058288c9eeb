"""The editorial chain of the demo: the board's groups and workflow and its accounts, the agencies with
their member portals (a department, a district, another department) and one that sends forms instead,
their staff, proposals to the province, provincial items in every workflow state and a phiếu
(data/agencies.toml, data/editorial/editorial.toml, data/users.toml). Existing records are left as they
are."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _
from wagtail.models import Page

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
from cong.core.profiles import get_profile
from cong.editorial.actions import decide_proposal, propose_to_province
from cong.editorial.models import AgencyNewsIndexPage, InformationSubmission, Proposal
from cong.editorial.roles import ADMINISTER, BOARD_DEPUTY, BOARD_LEADER, BOARD_SECRETARY, UPDATE
from cong.editorial.setup import setup_editorial
from cong.editorial.submissions import submit_information
from cong.portal.models import ArticlePage, SectionPage

from .agencies import AGENCIES, demo_agency
from .factories import DemoUserFactory, GroupFactory, demo_account
from .files import read_toml
from .users import DEMO_PASSWORD, demo_user, with_role

DATA = read_toml("editorial/editorial.toml")
# The provincial board's roles (users.toml) and the group each one is in.
BOARD_GROUPS = {
    "board-update": UPDATE.group_name,
    "board-secretary": BOARD_SECRETARY.group_name,
    "board-leader": BOARD_LEADER.group_name,
    "board-deputy": BOARD_DEPUTY.group_name,
    "portal-administrator": ADMINISTER.group_name,
    "data-controller": DATA_CONTROLLER_GROUP,
}
# A member portal's roles and the key of its group in ``member_groups``.
MEMBER_GROUPS = {"member-update": "update", "member-moderate": "moderate", "member-administer": "administer"}
# The profile's workflow decides how many steps an item takes; these say where each demo item stops.
STEPS = {"submit": 0, "secretary": 1, "reject": 1, "publish": None, "schedule": None}


def information_senders() -> Group:
    """Cán bộ gửi phiếu: staff of an agency without its own portal. They only open the back office to
    send and follow their agency's phiếu cung cấp thông tin (/quan-tri/phieu/ shows them their agency's
    forms alone); they edit no page and approve nothing."""
    return GroupFactory(
        name="Cơ quan – Gửi phiếu cung cấp thông tin",  # i18n: data (a group name)
        permissions=["wagtailadmin.access_admin"],
    )


def account(username: str, group: Group, agency: Agency | None = None):
    """The registered demo account ``username`` in ``group`` (a web role), working for ``agency``."""
    user = DemoUserFactory(username=username, groups=[group])
    if agency is not None:
        AgencyStaff.objects.update_or_create(
            user=user, defaults={"agency": agency, "is_head": False, "position": demo_user(username).position}
        )
    return user


def publish(parent: Page, page: Page, user=None) -> Page:
    parent.add_child(instance=page)
    # Demo content is published directly (as an already-approved import), attributed to its author.
    page.save_revision(user=user, log_action=False).publish(log_action=False)
    return page


def member_content(now: dt.datetime, agency: Agency, editor) -> list[ArticlePage]:
    """The member portal's news section and its first news, published the day(s) before ``now``."""
    home = agency.site.root_page
    section = home.get_children().filter(slug="tin-tuc").first()
    if section is None:
        section = publish(  # i18n: data
            home,
            SectionPage(title="Tin tức – Sự kiện", slug="tin-tuc", show_on_home=True, show_in_menus=True),
            editor,
        )
    items = []
    news = [item for item in DATA["member_news"] if item["agency"] == agency.code]
    for index, item in enumerate(news):
        slug = f"tin-{index + 1}"
        found = section.get_children().filter(slug=slug).first()
        if found is None:
            body = f"<p>{item['lead']} Thông tin do {agency.name} cung cấp.</p>"  # i18n: data
            found = publish(
                section,
                ArticlePage(title=item["title"], slug=slug, lead=item["lead"], authors=editor.get_full_name(),
                            source=agency.name, body=[{"type": "paragraph", "value": body}],
                            published_at=now - dt.timedelta(days=index + 1)),
                editor,
            )  # fmt: skip
        items.append(found.specific)
    return items


def member_portal(now: dt.datetime, agency: Agency, approver) -> list[str]:
    """The agency's member portal, admitted by ``approver``, with its editor, moderator and administrator
    (web roles: the moderator is not the agency's head, who answers citizens). Returns their usernames."""
    _host, port = served_address() or ("", 80)
    create_member_portal(
        agency, hostname=f"{member_portal_label(agency)}.localhost", port=port, acting_user=approver
    )
    groups = member_groups(agency)
    staff = with_role(*MEMBER_GROUPS, agency=agency.code)
    for entry in staff:
        account(entry.username, groups[MEMBER_GROUPS[entry.role]], agency)
    editor = next(entry for entry in staff if entry.role == "member-update")
    member_content(now, agency, demo_account(editor.username))
    return [entry.username for entry in staff]


def board_accounts() -> dict:
    """The provincial board and administrators, by role."""
    return {
        entry.role: account(entry.username, Group.objects.get(name=BOARD_GROUPS[entry.role]))
        for entry in with_role(*BOARD_GROUPS)
    }


def propose(board: dict, agencies: dict) -> None:
    """Agencies propose their first news to the province; the board's head accepts some."""
    for spec in DATA["proposals"]:
        agency = agencies[spec["agency"]]
        if agency.site_id is None:
            continue
        editor = demo_account(with_role("member-update", agency=agency.code)[0].username)
        item = (
            agency.site.root_page.get_children().get(slug="tin-tuc").get_children().get(slug="tin-1").specific
        )
        if Proposal.objects.filter(page=item).exists():
            continue
        proposal = propose_to_province(item, acting_user=editor)
        if spec["approved"]:
            decide_proposal(proposal, acting_user=board["board-leader"], approve=True)


def workflow_items(now: dt.datetime, board: dict, section: SectionPage) -> None:
    """Provincial items in every state: draft, at the secretary, at the leader, sent back, published,
    scheduled."""
    updater, reviewers = board["board-update"], (board["board-secretary"], board["board-leader"])
    for spec in DATA["workflow_items"]:
        slug, title, action = f"quy-trinh-{spec['state']}", spec["title"], spec["action"]
        if section.get_children().filter(slug=slug).exists():
            continue
        article = ArticlePage(  # i18n: data
            title=title, slug=slug, lead=f"{title}.", authors=updater.get_full_name(), source="Cổng TTĐT tỉnh",
            live=False, owner=updater, body=[{"type": "paragraph", "value": f"<p>{title}: nội dung đang biên tập.</p>"}],
        )  # fmt: skip
        section.add_child(instance=article)
        if action == "schedule":  # approved like any other item; the last approval schedules it
            article.go_live_at = now + dt.timedelta(days=3)
        article.save_revision(user=updater)
        if not action:
            continue
        article.get_workflow().start(article, updater)
        _take_steps(article, action, reviewers, spec.get("comment", ""))


def _take_steps(article: ArticlePage, action: str, reviewers, comment: str) -> None:
    """The profile's chain decides how many steps there are (BK, national: secretary then leader; LC, KT:
    one step): each step is taken by the first reviewer who may act on it."""
    steps, decision, taken = STEPS[action], "reject" if action == "reject" else "approve", 0
    while steps is None or taken < steps:
        article.refresh_from_db()
        task_state = article.current_workflow_task_state
        if task_state is None:
            break
        task_state = task_state.specific
        task = task_state.task.specific
        if action == "secretary" and task.pk == article.get_workflow().tasks.last().pk:
            break  # a one-step chain: the item waits at its only step
        reviewer = next((person for person in reviewers if task.may_act(article, person)), None)
        if reviewer is None:
            break
        task.on_action(task_state, reviewer, decision, comment=comment)
        taken += 1


def send_submission(intake: SectionPage) -> None:
    spec = DATA["submission"]
    sender = demo_account(spec["sender"])
    if InformationSubmission.objects.filter(sender=sender).exists():
        return
    submit_information(
        acting_user=sender,
        data={"sender_name": sender.get_full_name(), "proposed_section": intake, "title": spec["title"],
              "lead": spec["lead"], "content": spec["content"]},
    )  # fmt: skip


def load(now: dt.datetime, say) -> None:
    setup_editorial()
    home = provincial_site().root_page.specific
    board = board_accounts()
    # Who admits a member portal is the profile's: the portal's administrator, or the board's head.
    rule = "provincial_board" if get_profile()["member_portals.approval"] == "provincial_board" else "other"
    approver = demo_account(DATA["member_portal_approvers"][rule])
    created = [entry.username for entry in with_role(*BOARD_GROUPS)]
    agencies = {}
    for spec in AGENCIES:
        agency = agencies[spec["code"]] = demo_agency(spec["code"])
        # A profile without member portals (KT-1.1), or not for this kind of unit: the agency sends forms.
        if spec["portal"] and (agency.site_id or not creation_refusal(agency)):
            created += member_portal(now, agency, approver)
        else:
            sender = with_role("sender", agency=agency.code)[0]
            account(sender.username, information_senders(), agency)
            created.append(sender.username)
    if not home.get_children().filter(slug=DATA["news_index"]["slug"]).exists():
        publish(home, AgencyNewsIndexPage(**DATA["news_index"], show_in_menus=False))
    propose(board, agencies)
    intake = (
        SectionPage.objects.descendant_of(home).filter(slug="tin-tuc-su-kien").first()
        or SectionPage.objects.child_of(home).first()
    )
    workflow_items(now, board, intake)
    send_submission(intake)
    say(
        _("Tài khoản mẫu của Ban Biên tập và các cơ quan (mật khẩu chung: %(password)s):")
        % {"password": DEMO_PASSWORD}
    )
    for username in created:
        entry, suffix = demo_user(username), ""
        if entry.role == "member-update":
            suffix = f" ({Agency.objects.get(code=entry.agency).site.root_url}/)"
        say(f"  {username:<22} {entry.label}{suffix}")
