"""The demo has every state, published answers with citations, petitions with results; twice adds nothing."""

import contextlib
import datetime as dt
import io
import os
from unittest import mock

import pytest
from django.db import connection, transaction
from django.utils import timezone

from cong.agencies.models import Agency
from cong.citizens.models import AskerNotice, Citation, Question
from cong.core.clock import TZ, working_calendar
from cong.demo import citizens as citizens_demo
from cong.demo import legal as legal_demo
from cong.demo.users import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def test_demo_covers_every_state_and_is_idempotent(portal):
    out = io.StringIO()
    now = timezone.now()
    citizens_demo.load(now, out.write)
    states = set(Question.objects.values_list("status", flat=True))
    assert {"received", "routed", "returned", "progress", "answered", "published", "refused"} <= states
    assert Question.objects.overdue().exists()
    assert Question.objects.published().petitions().count() == 2
    assert Citation.objects.count() >= 5
    assert set(Agency.objects.values_list("code", flat=True)) >= {"sonnmt", "sotc", "ubndtanlap"}
    assert "gd.sonnmt" in out.getvalue() and DEMO_PASSWORD in out.getvalue()
    total = Question.objects.count()
    citizens_demo.load(now, out.write)
    assert Question.objects.count() == total


# --- The demo on every day of a year ---------------------------------------------------------------------


DAYS = int(os.environ["CONG_DEMO_DAYS"]) if os.environ.get("CONG_DEMO_DAYS") else None  # None: the whole year


@contextlib.contextmanager
def without_index_updates():
    """The search and reference indexes are not what the year test checks; their updates (run at once by
    the test task backend) were half of each day's cost."""
    with (
        mock.patch("modelsearch.signal_handlers.insert_or_update_object_task"),
        mock.patch("cong.citizens.tasks.update_search_index"),  # the published questions' entries
        mock.patch("wagtail.signal_handlers.update_reference_index_task"),
    ):
        yield


@contextlib.contextmanager
def clock_at(moment: dt.datetime):
    """A frozen clock for code that reads ``timezone.now()`` / ``timezone.localdate()``."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def _date_dependent_demo(base, now):
    """The parts of ``cong demo`` whose dates come from today and that an action can refuse: questions
    (answer clocks, the promised date of a progress notice: a working day) and the consultation (closing
    after 20 working days). The local decision and the gazette only look back to the last working day;
    they run in the full demo below."""
    citizens_demo.questions(base, now)
    legal_demo.consultation(now)


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="the calendar arithmetic does not depend on the database; the year runs once, in the SQLite run "
    "(the full demo on 12/12/2026 below runs on both)",
)
@pytest.mark.parametrize("month", range(1, 13))
def test_demo_loads_on_every_day_of_a_year_with_tet_and_a_swapped_day(portal, month):
    """2026 has Tết (16–20/02), the Hùng Kings' day, 30/4–1/5, 2/9 and a make-up Saturday (22/08); its
    last days cross into 2027. Each day runs in a savepoint over one shared base and is rolled back.

    Slow by nature: the date-dependent demo, about a quarter of a second a day, on 365 days; one test a
    month, so that the pytest-xdist workers share the year."""
    calendar = working_calendar()
    year = 2026
    assert calendar.special_day(dt.date(year, 2, 17)).kind == "holiday"  # Tết
    assert calendar.is_working_day(dt.date(year, 8, 22))  # a Saturday worked for a swapped day off
    with clock_at(dt.datetime(year, 1, 1, 9, tzinfo=TZ)):
        base = citizens_demo.people()
    failures = []
    day = dt.date(year, month, 1)
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    if DAYS is not None:
        last = min(last, dt.date(year, 1, 1) + dt.timedelta(days=DAYS - 1))
    while day <= last:
        savepoint = transaction.savepoint()
        try:
            now = dt.datetime.combine(day, dt.time(10, 30), tzinfo=TZ)
            with clock_at(now), without_index_updates():
                _date_dependent_demo(base, now)
                progress = Question.objects.get(status=Question.Status.PROGRESS)
                assert calendar.is_working_day(progress.promised_date)
                assert Question.objects.overdue().exists()
        except Exception as error:  # noqa: BLE001 - collect every failing day, then report them together
            failures.append(f"{day:%d/%m/%Y}: {type(error).__name__}: {error}")
        finally:
            transaction.savepoint_rollback(savepoint)
        day += dt.timedelta(days=1)
    assert failures == []


def test_full_demo_on_12_december_2026_served_at_port_8101(db, settings):
    """The day the issue named (20 days later is 1 January 2027, a holiday), with `make demo PORT=8101`:
    every printed login and every mail names the served address."""
    from django.core.management import call_command

    settings.CONG_BASE_URL = "http://127.0.0.1:8101"
    out = io.StringIO()
    with clock_at(dt.datetime(2026, 12, 12, 10, 30, tzinfo=TZ)):
        call_command("demo", stdout=out)
    progress = Question.objects.get(status=Question.Status.PROGRESS)
    assert progress.promised_date == dt.date(2027, 1, 4)  # 1/1 holiday, 2–3/1 weekend
    printed = out.getvalue()
    assert "http://127.0.0.1:8101/quan-tri/" in printed and "http://sonnmt.localhost:8101/" in printed
    assert ":8000" not in printed
    receipts = AskerNotice.objects.filter(kind=AskerNotice.Kind.RECEIPT)
    assert receipts.exists()
    assert all("http://127.0.0.1:8101/hoi-dap/tra-cuu/" in notice.body for notice in receipts)
    # The Q&A accounts the citizens part creates are demo accounts too: no forced password change.
    from cong.accounts.models import AccountSecurity

    assert not AccountSecurity.objects.get(user__username="gd.sonnmt").must_change_password
