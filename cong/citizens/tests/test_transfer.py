"""ST-24.3: an agency that receives a question outside its competence tells the asker and transfers it.

"Khi nhận được câu hỏi của tổ chức, cá nhân mà không thuộc thẩm quyền của cơ quan mình thì trong vòng
02 ngày phải trả lời cho người hỏi biết, đồng thời có trách nhiệm chuyển câu hỏi đến các cơ quan có thẩm
quyền … Nếu không rõ … thì gửi về Sở Thông tin và Truyền thông" (Sóc Trăng, ST-24.3).
"""

import datetime as dt
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cong.citizens import actions
from cong.citizens.models import AskerNotice, Question
from cong.core.clock import TZ
from cong.core.clocks import clocks_for
from cong.core.testing.profiles import override

from . import factories as f

pytestmark = pytest.mark.django_db

MONDAY_9 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


@pytest.fixture
def world(settings):
    settings.CONG_PROFILE = "soc-trang"
    world = f.two_agencies("truongso", position="Chuyên viên")
    router = f.agency("sotttt", "Sở Thông tin và Truyền thông", "sotttt@example.gov.vn")
    return {
        **world,
        "router": router,
        "other_head": f.staff(world["other"], "giamdocnn", head=True),
        "router_clerk": f.staff(router, "cbtttt"),
        "field": f.field(),
    }


def routed(world, at=MONDAY_9):
    with mock.patch("django.utils.timezone.now", return_value=at):
        question = f.question(at=at)
        f.routed(world, question, "Đất đai")
    return question


def notice_clock(question):
    return [c for c in clocks_for(question) if c.purpose == "qa.out_of_scope_notice"][-1]


def test_the_two_day_notice_runs_from_the_agencys_receipt_not_from_the_transfer(world):
    """ST-24.3 "khi nhận được câu hỏi … không thuộc thẩm quyền … trong vòng 02 ngày phải trả lời cho
    người hỏi biết": received by the agency on Monday, the asker must be told by the end of Wednesday
    (two calendar days, the day of receipt not counted)."""
    question = routed(world)
    on_time = MONDAY_9 + dt.timedelta(days=1, hours=3)  # Tuesday 12:00
    actions.transfer_question(
        question, acting_user=world["clerk"], to_agency=world["other"], reason="Thuộc lĩnh vực đất đai.",
        now=on_time,
    )  # fmt: skip
    clock = notice_clock(question)
    assert clock.source == "ST-24.3"
    assert timezone.localtime(clock.due_at) == dt.datetime(2026, 3, 4, 23, 59, 59, tzinfo=TZ)
    assert clock.stopped_at == on_time and not clock.is_overdue()
    notice = question.notices.get(kind=AskerNotice.Kind.OUT_OF_SCOPE)
    assert "Sở Nông nghiệp và Môi trường" in notice.subject and "đất đai" in notice.body
    assert question.asker_notified_at == on_time


def test_a_transfer_after_two_days_is_recorded_late(world):
    """ST-24.3 "trong vòng 02 ngày": the same transfer on Thursday misses the Wednesday limit."""
    question = routed(world)
    late = dt.datetime(2026, 3, 5, 10, 0, tzinfo=TZ)
    actions.transfer_question(
        question, acting_user=world["clerk"], to_agency=world["other"], reason="Không thuộc thẩm quyền.",
        now=late,
    )  # fmt: skip
    assert notice_clock(question).is_overdue()
    entry = ModelLogEntry.objects.filter(action="citizens.transfer", object_id=str(question.pk)).get()
    assert entry.data["notice_late"] is True and entry.user == world["clerk"]


def test_the_receiving_agency_answers_under_a_new_clock(world):
    """ST-24.3 "chuyển câu hỏi đến các cơ quan có thẩm quyền": the receiving agency answers, its answer
    clock (15 working days, ST-15.5 → ND43-17) restarting at the transfer (``qa.transfer_restarts_clock``)."""
    question = routed(world)
    first_due = question.answer_due_at
    moment = dt.datetime(2026, 3, 3, 14, 0, tzinfo=TZ)
    actions.transfer_question(
        question, acting_user=world["clerk"], to_agency=world["other"], reason="Không thuộc thẩm quyền.",
        now=moment,
    )  # fmt: skip
    assert question.status == Question.Status.ROUTED and question.agency == world["other"]
    answer_clocks = [c for c in clocks_for(question) if c.purpose == "qa.answer"]
    assert answer_clocks[0].stop_reason.startswith("Chuyển khỏi Sở Tài chính")
    assert answer_clocks[-1].stopped_at is None and answer_clocks[-1].event_at == moment
    # Tuesday 3/3 + 15 working days = Tuesday 24/3, later than the first agency's Monday 23/3.
    assert timezone.localtime(question.answer_due_at).date() == dt.date(2026, 3, 24) > first_due.date()
    # The first agency lost the question; the receiving agency's head answers it.
    with pytest.raises(actions.NotAllowed):
        actions.answer_question(question, "Trả lời", acting_user=world["head"])
    actions.answer_question(
        question, "Sở Nông nghiệp và Môi trường trả lời.", acting_user=world["other_head"]
    )
    assert question.status == Question.Status.ANSWERED


def test_without_restart_the_first_answer_clock_keeps_running(world, settings, tmp_path):
    """ST-24.3 read the other way (``qa.transfer_restarts_clock = false``): the receiving agency answers
    by the due date of the first receipt."""
    override(settings, tmp_path, "qa", 'transfer_restarts_clock = { value = false, source = "ST-24.3" }',
             parent="soc-trang")  # fmt: skip
    question = routed(world)
    first_due = question.answer_due_at
    actions.transfer_question(
        question, acting_user=world["clerk"], to_agency=world["other"], reason="Không thuộc thẩm quyền.",
        now=MONDAY_9 + dt.timedelta(days=1),
    )  # fmt: skip
    assert question.answer_due_at == first_due
    assert [c.stopped_at for c in clocks_for(question) if c.purpose == "qa.answer"] == [None]


def routed_then_unsure(world):
    """A question routed to Sở Tài chính, whose clerk does not know which agency it belongs to."""
    question = routed(world)
    actions.transfer_question(
        question, acting_user=world["clerk"], to_agency=None, reason="Không rõ cơ quan nào.",
        now=MONDAY_9 + dt.timedelta(hours=2),
    )  # fmt: skip
    return question


def test_unsure_goes_to_the_default_router_of_the_profile(world, settings, tmp_path):
    """ST-24.3 "Nếu không rõ … thì gửi về Sở Thông tin và Truyền thông" (``qa.default_router``); where the
    profile names the board (BK-7.1.f¶1), the question goes back to the board's queue instead."""
    question = routed_then_unsure(world)
    assert question.status == Question.Status.ROUTED and question.agency == world["router"]
    assert "Sở Thông tin và Truyền thông" in question.notices.get(kind=AskerNotice.Kind.OUT_OF_SCOPE).subject
    # Sở TT&TT, now holding it, transfers it on to the competent agency.
    actions.transfer_question(
        question, acting_user=world["router_clerk"], to_agency=world["other"], reason="Thuộc Sở NN&MT.",
        now=MONDAY_9 + dt.timedelta(hours=4),
    )  # fmt: skip
    assert question.agency == world["other"]

    override(settings, tmp_path, "qa", 'default_router = { value = "Ban Biên tập", source = "BK-7.1.f¶1" }',
             parent="soc-trang")  # fmt: skip
    second = routed_then_unsure(world)
    assert second.status == Question.Status.RETURNED and second.agency == world["agency"]
    assert second.asker_notified_at is not None
    assert "Ban Biên tập" in second.notices.get(kind=AskerNotice.Kind.OUT_OF_SCOPE).subject
    # classified at the first routing
    actions.route_question(second, world["other"], acting_user=world["board"])
    assert second.agency == world["other"]


def test_refusals_leave_nothing_half_written(world):
    question = routed(world)
    with pytest.raises(actions.NotAllowed):  # another agency cannot move this agency's question
        actions.transfer_question(question, acting_user=world["other_head"], to_agency=None, reason="x")
    with pytest.raises(actions.ActionError, match="vì sao"):
        actions.transfer_question(question, acting_user=world["clerk"], to_agency=world["other"], reason=" ")
    with pytest.raises(actions.ActionError, match="chính cơ quan này"):
        actions.transfer_question(question, acting_user=world["clerk"], to_agency=world["agency"], reason="x")
    world["router"].delete()  # Sở TT&TT missing from the list of agencies: a clear message, no change
    with pytest.raises(actions.ActionError, match="Chưa có «Sở Thông tin và Truyền thông»"):
        actions.transfer_question(question, acting_user=world["clerk"], to_agency=None, reason="Không rõ.")
    question.refresh_from_db()
    assert question.status == Question.Status.ROUTED and question.agency == world["agency"]
    assert not question.notices.filter(kind=AskerNotice.Kind.OUT_OF_SCOPE).exists()
    assert [c.purpose for c in clocks_for(question)] == ["qa.answer"]


def test_the_agency_transfers_from_its_admin_screen(world, client):
    """ST-24.3: the agency's screen shows the 2-day limit from its receipt and the transfer form."""
    now = timezone.now()
    question = routed(world, at=now)
    client.force_login(world["clerk"])
    url = reverse("citizens_admin_detail", args=[question.pk])
    page = client.get(url).content.decode()
    assert "Báo người hỏi và chuyển" in page
    due = actions.transfer_notice_due(question)
    assert f"Phải báo người hỏi và chuyển trước {timezone.localtime(due):%H:%M %d/%m/%Y}" in page
    assert "Chưa rõ cơ quan nào: gửi Sở Thông tin và Truyền thông (ST-24.3)" in page
    response = client.post(
        url, {"action": "transfer", "agency": world["other"].pk, "reason": "Thuộc Sở NN&MT."}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.agency == world["other"] and question.asker_notified_at is not None
    # The clerk's agency no longer sees it.
    assert client.get(url).status_code == 404
