"""The staff queue of questions (/quan-tri/hoi-dap/) runs as many queries for 300 questions as for 10,
for the board (every agency) and for an agency's staff (their own)."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cong.citizens.models import Question

from . import factories as f

pytestmark = pytest.mark.django_db

# Session, user, permissions, the admin menu (each agency item asks for the user's staff role: ~10 for an
# agency's staff, constant), the two counts, the questions.
QUEUE_QUERY_BOUND = 30
STATUSES = (
    Question.Status.RECEIVED,
    Question.Status.ROUTED,
    Question.Status.RETURNED,
    Question.Status.PROGRESS,
    Question.Status.ANSWERED,
    Question.Status.PUBLISHED,
)


def build_questions(count: int, agencies, field) -> None:
    """``count`` questions in every state, half of them overdue, spread over the agencies. Bulk-created:
    ``actions.receive_question`` and the routing actions write audit entries and clocks (tens of queries a
    question), which the queue does not read, and 300 of them would take seconds."""
    now = timezone.now()
    start = Question.objects.count()
    rows = []
    for i in range(start, start + count):
        status = STATUSES[i % len(STATUSES)]
        routed = status != Question.Status.RECEIVED
        rows.append(
            Question(
                **f.ASKER,
                kind=Question.Kind.PETITION if i % 3 == 0 else Question.Kind.QUESTION,
                title=f"Câu hỏi số {i}",
                content="Xin hỏi hồ sơ gồm những gì?",
                consent_at=now,
                received_at=now - dt.timedelta(days=20, minutes=i),
                status=status,
                field=field if routed else None,
                agency=agencies[i // len(STATUSES) % len(agencies)] if routed else None,
                answer_due_at=now + dt.timedelta(days=-1 if i % 4 < 2 else 1) if routed else None,
                notice_due_at=now + dt.timedelta(days=2) if status == Question.Status.RETURNED else None,
            )
        )
    Question.objects.bulk_create(rows)


def queue_queries(client, url="/quan-tri/hoi-dap/") -> tuple[int, str]:
    client.get(url)  # fills the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.mark.parametrize("who", ["board", "clerk"])
def test_queue_queries_do_not_grow_with_questions(client, world, who):
    other = f.agency("sonnmt", "Sở Nông nghiệp và Môi trường", "nn@example.gov.vn")
    agencies = [world["agency"], other]
    client.force_login(world[who])
    build_questions(10, agencies, world["field"])
    at_10, page = queue_queries(client)
    assert "Câu hỏi số 1" in page and "(QUÁ HẠN)" in page
    assert ("Sở Nông nghiệp và Môi trường" in page) == (who == "board")
    build_questions(290, agencies, world["field"])
    at_300, page = queue_queries(client)
    assert page.count("/quan-tri/hoi-dap/") > 200  # the 200 newest, each linked twice
    overdue_10 = at_10
    print(f"questions queue ({who}) queries: {at_10} at 10 questions, {at_300} at 300")
    assert at_300 == at_10, (at_10, at_300)
    assert at_10 <= QUEUE_QUERY_BOUND, at_10
    overdue_300, page = queue_queries(client, "/quan-tri/hoi-dap/?overdue=1&kind=question")
    assert "(QUÁ HẠN)" in page
    assert overdue_300 == overdue_10
