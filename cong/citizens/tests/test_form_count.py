"""A citizen's form is counted for the rate limits in the transaction of the question it stores — one
commit for both (issue 17: on SQLite one write transaction fewer per submission) — and still counted when
no question is stored."""

import pytest
from django.db import OperationalError, connection
from django_tasks_db.models import DBTaskResult

from cong.citizens import actions
from cong.citizens.models import AskerNotice, Question
from cong.core import ratelimit

from .test_public import form_data

pytestmark = pytest.mark.django_db

ATTEMPTS = "citizens-ask-count"


def test_the_count_and_the_question_are_written_in_one_transaction(client, portal, settings):
    # The queue of production: the receipt's mail is a row of the same transaction (the tests' immediate
    # queue would deliver it at once, in a transaction of its own).
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    test_depth = len(connection.savepoint_ids)  # the test's own transaction
    writes = []

    def record(execute, sql, params, many, context):
        if sql.lstrip().split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            # The transaction a write belongs to: the outermost block opened by the request (in production
            # its BEGIN; here a savepoint inside the test's transaction).
            outer = (
                connection.savepoint_ids[test_depth] if len(connection.savepoint_ids) > test_depth else None
            )
            writes.append((sql, outer))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.post("/hoi-dap/dat-cau-hoi/", form_data())
    assert response.status_code == 302
    (counted,) = [outer for sql, outer in writes if "INSERT INTO" in sql and "ratecounter" in sql.lower()]
    (stored,) = [outer for sql, outer in writes if "INSERT INTO" in sql and '"citizens_question"' in sql]
    assert counted is not None and counted == stored  # not a transaction of its own
    assert {outer for _sql, outer in writes} == {stored}  # nor anything else of the submission
    assert ratelimit.count(ATTEMPTS, "127.0.0.1") == 1 and Question.objects.count() == 1
    assert DBTaskResult.objects.count() == 1  # the receipt's mail, queued in the same transaction


def test_a_form_whose_question_could_not_be_stored_still_counts(client, portal, settings, monkeypatch):
    settings.CONG_CITIZENS_SOFT_LIMIT = 1

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(actions, "log", locked)  # inside the question's transaction, after its INSERT
    failed = client.post("/hoi-dap/dat-cau-hoi/", form_data())
    assert failed.status_code == 503 and "chưa tiếp nhận được" in failed.content.decode()
    assert not Question.objects.exists() and not AskerNotice.objects.exists()
    assert ratelimit.count(ATTEMPTS, "127.0.0.1") == 1
    monkeypatch.undo()
    # The second form of the address is past the soft limit of 1: the puzzle, as for any second form.
    second = client.post("/hoi-dap/dat-cau-hoi/", form_data())
    assert second.status_code == 400 and "data-altcha-challenge" in second.content.decode()
    assert not Question.objects.exists()


def test_an_invalid_form_counts(client, portal, settings):
    settings.CONG_CITIZENS_SOFT_LIMIT, settings.CONG_CITIZENS_HARD_LIMIT = 1, 2
    for _ in range(2):
        assert client.post("/hoi-dap/dat-cau-hoi/", form_data(title="")).status_code == 400
    refused = client.post("/hoi-dap/dat-cau-hoi/", form_data())
    assert refused.status_code == 429 and "quá nhiều yêu cầu" in refused.content.decode()
    assert ratelimit.count(ATTEMPTS, "127.0.0.1") == 3 and not Question.objects.exists()
