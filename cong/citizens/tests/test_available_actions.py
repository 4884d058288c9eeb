"""One rule table decides both: the buttons on a question's page, and whether the action is accepted.

For the board and for the head of the assigned agency, at each step of a question's life, a button is on
the page exactly when ``available_actions`` lists it, and posting an action that is not listed is refused
without changing the question.
"""

import re

import pytest

from cong.citizens import actions
from cong.citizens.models import Question

from . import factories as f

pytestmark = pytest.mark.django_db

BUTTON = re.compile(r'name="action" value="([a-z_]+)"')


def buttons(client, question) -> set[str]:
    return set(BUTTON.findall(client.get(f"/quan-tri/hoi-dap/{question.pk}/").content.decode()))


@pytest.fixture
def roles(world):
    return {"board": world["board"], "head": world["head"]}


def _check_page(client, roles, question, expected):
    for role, user in roles.items():
        client.force_login(user)
        listed = set(actions.available_actions(user, question))
        assert listed == expected[role], role
        assert buttons(client, question) == listed, role


def test_buttons_follow_the_rules_at_each_step(client, world, roles):
    question = f.question()
    client.force_login(world["board"])
    assert buttons(client, question) == {"route", "refuse"}
    actions.route_question(question, world["agency"], acting_user=world["board"])
    expected = {
        "board": {"refuse"},
        "head": {"refuse", "transfer", "return", "progress", "answer"},
    }
    _check_page(client, roles, question, expected)
    actions.answer_question(question, "Trả lời của Sở.", acting_user=world["head"])
    # The default profile lets an answer go to the asker directly, so the board may also close it unpublished.
    _check_page(client, roles, question, {"board": {"publish", "close"}, "head": set()})
    actions.publish_answer(question, acting_user=world["board"])
    _check_page(client, roles, question, {"board": {"unpublish"}, "head": set()})


def test_an_action_that_is_not_offered_is_refused(client, world):
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"])
    assert "answer" not in actions.available_actions(world["board"], question)
    client.force_login(world["board"])
    data = {"action": "answer", "body": "Ban Biên tập trả lời thay.", "mode": "via_board"}
    denied = client.post(f"/quan-tri/hoi-dap/{question.pk}/", data)  # Wagtail turns 403 into a redirect
    assert denied.status_code == 302 and denied["Location"] == "/quan-tri/"
    client.force_login(world["head"])
    not_board = client.post(f"/quan-tri/hoi-dap/{question.pk}/", {"action": "publish"})
    assert not_board.status_code == 302 and not_board["Location"] == "/quan-tri/"
    refused = client.post(f"/quan-tri/hoi-dap/{question.pk}/", {"action": "bay-gio"})
    assert refused.status_code == 400 and "Thao tác không hợp lệ." in refused.content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.ROUTED and not hasattr(question, "answer")
