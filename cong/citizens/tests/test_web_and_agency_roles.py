"""Issue 10, finding 6: web roles (a member portal's editor, moderator, administrator) and agency roles
(the agency's head, its question handlers) are different things. The penetration test found a portal
moderator recorded as the agency's head, answering citizens and granting delegations, and the portal's
editors and moderators reading the asker's phone, ID number and address. Each test replays it through the
admin screens and checks that it now fails — and that the agency's own staff still do their work."""

import pytest
from django.utils import timezone

from cong.agencies.models import AgencyStaff
from cong.citizens import actions
from cong.citizens.models import AnswerDelegation, Question

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def routed(newsroom):
    """A question routed to agency A (the newsroom's Sở Tài chính) by the board."""
    question = f.question()
    actions.route_question(question, newsroom.agency_a, acting_user=f.board_member())
    question.refresh_from_db()
    return question


@pytest.mark.parametrize("web_role", ["editor_a", "moderator_a", "admin_a"])
def test_portal_roles_see_nothing_of_the_agencys_questions(newsroom, routed, client, web_role):
    client.force_login(newsroom.user(web_role))
    for url in ("/quan-tri/hoi-dap/", f"/quan-tri/hoi-dap/{routed.pk}/", "/quan-tri/hoi-dap/uy-quyen/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url  # Wagtail redirects a refusal with a message
        body = response.content.decode()
        assert f.ASKER["phone"] not in body and f.ASKER["id_number"] not in body
        assert f.ASKER["street"] not in body
    response = client.post(
        f"/quan-tri/hoi-dap/{routed.pk}/",
        {"action": "answer", "body": "Trả lời thay thủ trưởng.", "mode": "via_board"},
    )
    assert response.status_code in (302, 403)
    routed.refresh_from_db()
    assert routed.status == Question.Status.ROUTED
    assert not actions.handles(newsroom.user(web_role), routed)
    assert not actions.can_submit_answer(newsroom.user(web_role), routed)


def test_portal_moderator_cannot_grant_delegations(newsroom, client):
    moderator, editor = newsroom.user("moderator_a"), newsroom.user("editor_a")
    client.force_login(moderator)
    client.post(
        "/quan-tri/hoi-dap/uy-quyen/",
        {"delegate": AgencyStaff.objects.get(user=editor).pk, "valid_from": timezone.localdate().isoformat()},
    )
    assert not AnswerDelegation.objects.exists()
    with pytest.raises(actions.NotAllowed):
        actions.grant_answer_delegation(editor, timezone.localdate(), acting_user=moderator)


def test_head_cannot_delegate_answers_to_a_web_role(newsroom):
    """The head (who is also a portal moderator here) delegates only to the agency's question handlers."""
    head = newsroom.user("head_a")
    with pytest.raises(actions.ActionError):
        actions.grant_answer_delegation(newsroom.user("editor_a"), timezone.localdate(), acting_user=head)
    delegation = actions.grant_answer_delegation(
        newsroom.user("clerk_a"), timezone.localdate(), acting_user=head
    )
    assert delegation.delegate == newsroom.user("clerk_a")


def test_agency_staff_who_handle_the_question_see_the_askers_data(newsroom, routed, client):
    for key in ("clerk_a", "head_a"):
        client.force_login(newsroom.user(key))
        detail = client.get(f"/quan-tri/hoi-dap/{routed.pk}/").content.decode()
        assert f.ASKER["phone"] in detail and f.ASKER["id_number"] in detail, key
    # …and only the head answers (the clerk, without a delegation, does not).
    assert actions.can_submit_answer(newsroom.user("head_a"), routed)
    assert not actions.can_submit_answer(newsroom.user("clerk_a"), routed)
    client.force_login(newsroom.user("head_a"))
    client.post(
        f"/quan-tri/hoi-dap/{routed.pk}/",
        {"action": "answer", "body": "Hồ sơ gồm đơn đề nghị và bản vẽ.", "mode": "via_board",
         "cit-TOTAL_FORMS": "0", "cit-INITIAL_FORMS": "0"},
    )  # fmt: skip
    routed.refresh_from_db()
    assert routed.status == Question.Status.ANSWERED
