"""Wagtail's search index holds the published questions and petitions only (issue 17): a question just
received is not public and queues nothing for the index — at 200 submissions a second that was one task
row per submission for the worker to find nothing to do — one published is found, one taken down is not."""

import datetime as dt

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.search.backends import get_search_backend

from cong.citizens import actions
from cong.citizens.models import AskerNotice, Question

from . import factories as f
from .test_public import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()  # the rate-limit counters of the test client's address
    yield
    cache.clear()


def found(words: str) -> list[int]:
    return [question.pk for question in get_search_backend().search(words, Question)]


def test_a_question_is_found_once_published_and_no_longer_once_taken_down(world):
    question = f.question(title="Hỏi về lệ phí trước bạ nhà đất", content="Mức lệ phí là bao nhiêu?")
    assert found("lệ phí trước bạ") == []  # received, not public
    f.routed(world, question, "Thuế")
    actions.answer_question(question, "Mức lệ phí trước bạ là 0,5%.", acting_user=world["head"])
    assert found("lệ phí trước bạ") == []  # answered, not yet published by the board
    actions.publish_answer(question, acting_user=world["board"])
    assert found("lệ phí trước bạ") == [question.pk]
    assert found("trước bạ") == [question.pk]
    # Past its minimum display period the board takes it down: it leaves the index.
    Question.objects.filter(pk=question.pk).update(public_until=timezone.now() - dt.timedelta(days=1))
    question.refresh_from_db()
    actions.unpublish_answer(question, "Hết thời hạn đăng", acting_user=world["board"])
    assert found("lệ phí trước bạ") == []


def test_a_question_sent_through_the_form_queues_its_receipt_mail_and_nothing_for_the_index(
    client, portal, settings
):
    """With the production queue (the database), what a submission leaves for the worker is the receipt
    e-mail, committed with the question; the worker's run of it sends the e-mail with the code."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = client.post("/hoi-dap/dat-cau-hoi/", form_data(title="Hỏi về lệ phí trước bạ"))
    assert response.status_code == 302
    question = Question.objects.get(title="Hỏi về lệ phí trước bạ")
    notice = AskerNotice.objects.get(question=question)
    queued = list(DBTaskResult.objects.values_list("task_path", "args_kwargs"))
    assert queued == [("cong.citizens.tasks.deliver_notice", {"args": [notice.pk], "kwargs": {}})]
    row = DBTaskResult.objects.get()
    row.task.call(*row.args_kwargs["args"])  # what the worker does with the row
    assert [message.to for message in mail.outbox] == [["binh@example.com"]]
    assert question.code in mail.outbox[0].body
    assert found("lệ phí trước bạ") == []
