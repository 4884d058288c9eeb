"""The authorisation matrix (issue 10): every role × its own / another portal × every action, each cell
allowed or denied, checked through the real admin screens and permission rules.

The roles are built by the real setup code (``setup_editorial``, ``create_member_portal`` through the
``newsroom`` fixture). "Own" is the provincial portal for the provincial roles and portal A (Sở Tài
chính) for portal A's web roles and agency A's staff; "other" is portal A for the provincial roles and
portal B (UBND huyện Tân Lập) for the others.

Actions:
- view: the item is listed in the admin's page explorer;
- edit: the item's edit screen opens;
- approve: the user may approve a review step of an item someone else submitted (for the provincial
  portal, at either of its two steps);
- publish: publish outside the workflow (Wagtail's publish permission; bulk publish asks the same);
- delete: delete a published item;
- manage users: open the edit screen of that portal's editor's account (the provincial updater's for the
  province);
- see personal data: the asker's phone number on the admin page of a question routed to that portal's
  agency (for the province: a question still with the board);
- personal-data requests: the screen that looks up, exports and erases one person's data (not tied to a
  portal: the same answer in both columns).
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from cong.citizens import actions as citizens
from cong.citizens.tests import factories as f
from cong.portal.models import ArticlePage, SectionPage

pytestmark = pytest.mark.django_db

ACTIONS = ("view", "edit", "approve", "publish", "delete", "manage_users", "personal_data", "data_requests")
T, F = True, False

# role: {action: (own portal, other portal)}; an action not listed is denied on both.
MATRIX = {
    "superuser": {action: (T, T) for action in ACTIONS},
    "admin": {"view": (T, F), "edit": (T, F), "manage_users": (T, T)},
    "controller": {"data_requests": (T, T)},
    "updater": {"view": (T, F), "edit": (T, F)},
    "secretary": {"view": (T, F), "edit": (T, F), "approve": (T, F)},
    "leader": {"view": (T, F), "edit": (T, F), "approve": (T, F)},
    "deputy": {"view": (T, F), "edit": (T, F), "approve": (T, F)},
    "qa_board": {"personal_data": (T, T)},
    "editor_a": {"view": (T, F), "edit": (T, F)},
    "moderator_a": {"view": (T, F), "edit": (T, F), "approve": (T, F)},
    "admin_a": {"view": (T, F), "edit": (T, F), "manage_users": (T, F)},
    # Agency roles: the head (here also a portal moderator) and a question clerk with no web role.
    "head_a": {"view": (T, F), "edit": (T, F), "approve": (T, F), "personal_data": (T, F)},
    "clerk_a": {"personal_data": (T, F)},
}
PROVINCIAL_ROLES = {
    "superuser",
    "admin",
    "controller",
    "updater",
    "secretary",
    "leader",
    "deputy",
    "qa_board",
}


@pytest.fixture
def world(newsroom):
    """For each portal: a section with a draft, a published item and items in review; a question."""
    users = dict(newsroom.users)
    users["superuser"] = get_user_model().objects.create_superuser("quantri", "quantri@thunghiem.gov.vn", "x")
    users["qa_board"] = board = f.board_member()
    portals = {}
    for key, home, author, agency in (
        ("province", newsroom.portal.home, users["updater"], None),
        ("a", newsroom.agency_a.site.root_page, users["editor_a"], newsroom.agency_a),
        ("b", newsroom.agency_b.site.root_page, users["editor_b"], newsroom.agency_b),
    ):
        section = home.add_child(instance=SectionPage(title=f"Mục {key}", slug=f"muc-{key}"))
        draft = section.add_child(
            instance=ArticlePage(title=f"Bản nháp {key}", slug="ban-nhap", lead=".", live=False)
        )
        draft.save_revision(user=author)
        published = section.add_child(
            instance=ArticlePage(title=f"Tin đã đăng {key}", slug="da-dang", lead=".")
        )
        in_review = []
        for step in range(2 if key == "province" else 1):
            item = section.add_child(
                instance=ArticlePage(
                    title=f"Chờ duyệt {key} {step}", slug=f"cho-duyet-{step}", lead=".", live=False
                )
            )
            item.save_revision(user=author)
            item.get_workflow().start(item, author)
            if step == 1:  # past the secretary's step: at the board leader's
                state = Page.objects.get(pk=item.pk).current_workflow_task_state.specific
                state.task.specific.on_action(state, users["secretary"], "approve")
            in_review.append(Page.objects.get(pk=item.pk))
        question = f.question(title=f"Câu hỏi {key}")
        if agency is not None:
            citizens.route_question(question, agency, acting_user=board)
        portals[key] = {
            "section": section,
            "draft": draft,
            "published": published,
            "in_review": in_review,
            "question": question,
            "editor": author,
        }
    return users, portals


def allowed(action, user, portal, client) -> bool:
    if action == "view":
        response = client.get(f"/quan-tri/pages/{portal['section'].pk}/")
        return response.status_code == 200 and portal["draft"].title in response.content.decode()
    if action == "edit":
        return client.get(f"/quan-tri/pages/{portal['draft'].pk}/edit/").status_code == 200
    if action == "approve":
        for item in portal["in_review"]:
            state = item.current_workflow_task_state
            if any(name == "approve" for name, *_ in state.task.specific.get_actions(item, user)):
                return True
        return False
    if action == "publish":
        return portal["draft"].permissions_for_user(user).can_publish()
    if action == "delete":
        return portal["published"].permissions_for_user(user).can_delete()
    if action == "manage_users":
        return client.get(f"/quan-tri/users/edit/{portal['editor'].pk}/").status_code == 200
    if action == "personal_data":
        response = client.get(f"/quan-tri/hoi-dap/{portal['question'].pk}/")
        return response.status_code == 200 and f.ASKER["phone"] in response.content.decode()
    if action == "data_requests":
        return client.get("/quan-tri/bao-mat/du-lieu-ca-nhan/").status_code == 200
    raise AssertionError(action)


@pytest.mark.parametrize("role", list(MATRIX))
def test_authorisation_matrix(world, client, role):
    users, portals = world
    user = users[role]
    own, other = ("province", "a") if role in PROVINCIAL_ROLES else ("a", "b")
    client.force_login(user)
    wrong = []
    for action in ACTIONS:
        expected = MATRIX[role].get(action, (F, F))
        for column, portal_key, want in (("own", own, expected[0]), ("other", other, expected[1])):
            got = allowed(action, user, portals[portal_key], client)
            if got != want:
                wrong.append(
                    f"{role} × {column} portal × {action}: expected {'allowed' if want else 'denied'}"
                )
    assert not wrong, "\n".join(wrong)
