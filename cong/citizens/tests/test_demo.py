"""The demo has every state, published answers with citations, petitions with results; twice adds nothing."""

import io
from types import SimpleNamespace

import pytest

from cong.agencies.models import Agency
from cong.citizens import demo
from cong.citizens.models import Citation, Question

pytestmark = pytest.mark.django_db


def test_demo_covers_every_state_and_is_idempotent(portal):
    out = io.StringIO()
    command = SimpleNamespace(stdout=out)
    demo.load(command)
    states = set(Question.objects.values_list("status", flat=True))
    assert {"received", "routed", "returned", "progress", "answered", "published", "refused"} <= states
    assert Question.objects.overdue().exists()
    assert Question.objects.published().petitions().count() == 2
    assert Citation.objects.count() >= 5
    assert set(Agency.objects.values_list("code", flat=True)) >= {"sonnmt", "sotc", "ubndtanlap"}
    assert "gd.sonnmt" in out.getvalue() and demo.PASSWORD in out.getvalue()
    total = Question.objects.count()
    demo.load(command)
    assert Question.objects.count() == total
