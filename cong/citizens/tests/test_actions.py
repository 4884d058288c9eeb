"""Changes of state: who may make them, which clocks they start and stop, what the asker is told."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cong.citizens import actions, jobs
from cong.citizens.models import Answer, AskerNotice, Question
from cong.core.clock import TZ, working_calendar
from cong.core.clocks import clocks_for

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    world = f.two_agencies("truongso")
    return {**world, "other_head": f.staff(world["other"], "giamdocnn", head=True), "field": f.field()}


def audit(question):
    entries = ModelLogEntry.objects.filter(
        content_type__app_label="citizens", content_type__model="question", object_id=str(question.pk)
    )
    return list(entries.order_by("pk").values_list("action", flat=True))


def test_receive_starts_the_answer_clock_from_the_profile_and_writes_a_receipt(
    world, django_capture_on_commit_callbacks
):
    received = dt.datetime(2026, 3, 2, 10, 0, tzinfo=TZ)  # Monday
    with django_capture_on_commit_callbacks(execute=True):
        question = f.question(at=received)
    clock = clocks_for(question).get()
    assert clock.purpose == "qa.answer" and clock.source == "ND43-17"
    # 15 working days, the event day not counted: Tuesday 3/3 is day 1, Monday 23/3 is day 15.
    assert clock.due_at == question.answer_due_at
    assert timezone.localtime(question.answer_due_at).date() == dt.date(2026, 3, 23)
    assert audit(question) == ["citizens.receive"]
    receipt = question.notices.get()
    assert receipt.kind == AskerNotice.Kind.RECEIPT and question.code in receipt.body
    # The e-mail went out through the task after the commit, and the row records it.
    assert any(question.code in m.body for m in mail.outbox)


def test_lai_chau_counts_from_08_00_of_working_days(world, settings):
    settings.CONG_PROFILE = "lai-chau"
    question = f.question(at=dt.datetime(2021, 4, 29, 10, 0, tzinfo=TZ))  # Thursday before 30/4 and 1/5
    clock = clocks_for(question).get()
    assert clock.source == "LC-13.6"
    assert timezone.localtime(clock.started_at) == dt.datetime(2021, 5, 4, 8, 0, tzinfo=TZ)


def test_full_life_route_progress_answer_publish(world, settings):
    settings.CONG_PROFILE = "soc-trang"
    question = f.question()
    f.routed(world, question, "Đầu tư xây dựng")
    assert question.status == Question.Status.ROUTED
    # A working day about a month ahead, whatever today is (weekends, Tết and swapped days skipped).
    new_date = working_calendar().next_working_day(timezone.localdate() + dt.timedelta(days=29))
    actions.send_progress_notice(
        question, "Đang lấy ý kiến Sở Xây dựng.", new_date, acting_user=world["head"]
    )
    assert question.status == Question.Status.PROGRESS
    assert timezone.localtime(question.answer_due_at).date() == new_date
    answer_clock = [c for c in clocks_for(question) if c.purpose == "qa.answer"][0]
    assert answer_clock.stop_reason == "Đã thông báo tiến độ" and not answer_clock.is_overdue()
    actions.answer_question(
        question,
        "Hồ sơ gồm đơn đề nghị và bản vẽ.",
        acting_user=world["head"],
        citations=[
            actions.CitationIn(
                "15/2021/NĐ-CP", "Quy định chi tiết về quản lý dự án", dt.date(2021, 3, 3), "Chính phủ"
            )
        ],
    )
    assert question.status == Question.Status.ANSWERED and question.answered_on_time is True
    assert all(c.stopped_at for c in clocks_for(question))
    actions.publish_answer(question, acting_user=world["board"])
    assert question.status == Question.Status.PUBLISHED
    # ST-15.7: public at least 20 days from the answer date.
    assert timezone.localtime(question.public_until).date() >= timezone.localdate(
        question.answered_at
    ) + dt.timedelta(days=20)
    with pytest.raises(actions.ActionError, match="ít nhất đến"):
        actions.unpublish_answer(question, "Hết thời gian", acting_user=world["board"])
    assert audit(question) == [
        "citizens.receive",
        "citizens.route",
        "citizens.progress",
        "citizens.answer",
        "citizens.publish",
    ]
    kinds = list(question.notices.values_list("kind", flat=True))
    assert kinds == ["receipt", "progress", "published"]


def test_only_the_head_or_a_delegate_may_answer(world, settings):
    """``qa.answer_delegation``: Sóc Trăng (ST-15.6) lets the head delegate; Lai Châu (LC-13.7) refuses it."""
    settings.CONG_PROFILE = "soc-trang"  # ST-15.6 allows delegation
    question = f.question()
    actions.route_question(
        question, world["agency"], acting_user=world["board"], field=world["field"], policy_group="Đầu tư"
    )
    for outsider in (world["clerk"], world["other_head"], world["board"]):
        with pytest.raises(actions.NotAllowed):
            actions.answer_question(question, "Trả lời", acting_user=outsider)
    delegation = actions.grant_answer_delegation(
        world["clerk"], timezone.localdate(), acting_user=world["head"]
    )
    assert actions.can_submit_answer(world["clerk"], question)
    with pytest.raises(actions.NotAllowed):  # a clerk cannot delegate
        actions.grant_answer_delegation(world["clerk"], timezone.localdate(), acting_user=world["clerk"])
    actions.revoke_answer_delegation(delegation, acting_user=world["head"])
    assert not actions.can_submit_answer(world["clerk"], question)
    settings.CONG_PROFILE = "lai-chau"  # LC-13.7: the leader, no delegation
    with pytest.raises(actions.ActionError, match="không cho phép ủy quyền"):
        actions.grant_answer_delegation(world["clerk"], timezone.localdate(), acting_user=world["head"])
    actions.answer_question(question, "Trả lời của Giám đốc.", acting_user=world["head"])
    assert question.answer.signer_position == "Giám đốc"


def test_return_in_lai_chau_notifies_the_asker_at_once(world, settings):
    settings.CONG_PROFILE = "lai-chau"
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"], field=world["field"])
    with pytest.raises(actions.NotAllowed):
        actions.return_question(question, "Không phải của tôi", acting_user=world["other_head"])
    actions.return_question(
        question, "Thuộc thẩm quyền Sở Nông nghiệp và Môi trường.", acting_user=world["clerk"]
    )
    assert question.status == Question.Status.RETURNED
    notice_clock = [c for c in clocks_for(question) if c.purpose == "qa.out_of_scope_notice"][0]
    assert notice_clock.source == "LC-13.1" and notice_clock.stopped_at is not None
    assert question.asker_notified_at is not None
    assert question.notices.filter(kind=AskerNotice.Kind.OUT_OF_SCOPE).count() == 1


def test_return_in_soc_trang_gives_two_days_then_reroute_restarts_the_clock(world, settings):
    settings.CONG_PROFILE = "soc-trang"
    question = f.question()
    actions.route_question(
        question, world["agency"], acting_user=world["board"], field=world["field"], policy_group="Giáo dục"
    )
    first_due = question.answer_due_at
    actions.return_question(question, "Không thuộc thẩm quyền.", acting_user=world["clerk"])
    assert question.asker_notified_at is None
    returned = timezone.localtime(question.returned_at).date()
    assert timezone.localtime(question.notice_due_at).date() >= returned + dt.timedelta(days=2)
    assert jobs.send_due_reminders() >= 1  # the notice is due within the reminder horizon
    with pytest.raises(actions.ActionError, match="vừa trả lại"):
        actions.route_question(question, world["agency"], acting_user=world["board"])
    actions.route_question(question, world["other"], acting_user=world["board"])
    assert question.agency == world["other"] and question.asker_notified_at is not None
    assert question.answer_due_at >= first_due
    running = [c for c in clocks_for(question) if c.stopped_at is None]
    assert [c.purpose for c in running] == ["qa.answer"]


def test_refusing_a_complaint_sends_guidance_and_stops_the_clock(world):
    question = f.question(title="Tố cáo cán bộ xã", content="Tôi tố cáo ...")
    with pytest.raises(actions.NotAllowed):
        actions.refuse_question(
            question, Question.Refusal.COMPLAINT, "Là đơn tố cáo", acting_user=world["clerk"]
        )
    actions.refuse_question(
        question, Question.Refusal.COMPLAINT, "Nội dung là đơn tố cáo.", acting_user=world["board"]
    )
    assert question.status == Question.Status.REFUSED
    assert all(c.stopped_at for c in clocks_for(question))
    notice = question.notices.get(kind=AskerNotice.Kind.REFUSAL)
    assert "Luật Tố cáo" in notice.body


def test_overdue_questions_are_listed_and_reminded_once(world, django_capture_on_commit_callbacks):
    long_ago = timezone.now() - dt.timedelta(days=60)
    question = f.question(at=long_ago)
    actions.route_question(question, world["agency"], acting_user=world["board"])
    # Routing does not restart a clock that runs from portal receipt.
    assert Question.objects.overdue().filter(pk=question.pk).exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.send_due_reminders() == 1
    assert any("QUÁ HẠN" in m.subject for m in mail.outbox)
    assert jobs.send_due_reminders() == 0
    actions.answer_question(question, "Muộn nhưng đầy đủ.", acting_user=world["head"])
    assert question.answered_on_time is False


def test_socio_economic_answers_must_be_published(world):
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"], socio_economic=True)
    actions.answer_question(question, "Trả lời", acting_user=world["head"], mode=Answer.Mode.DIRECT)
    with pytest.raises(actions.ActionError, match="kinh tế – xã hội"):
        actions.close_question(question, acting_user=world["board"])


def test_withdrawal_erases_personal_data_but_keeps_the_published_answer(world):
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"])
    actions.answer_question(question, "Trả lời", acting_user=world["head"])
    actions.publish_answer(question, acting_user=world["board"])
    actions.withdraw_personal_data(question, acting_user=None)
    question.refresh_from_db()
    assert question.full_name == question.id_number == question.email == question.phone == ""
    assert question.status == Question.Status.PUBLISHED and question.answer.body == "Trả lời"
    assert "ẩn" in question.public_name


def test_retention_job_erases_after_the_profile_period(world):
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"])
    actions.answer_question(question, "Trả lời", acting_user=world["head"])
    actions.publish_answer(question, acting_user=world["board"])
    expiry = jobs.personal_data_expiry(question)
    assert expiry is not None
    assert jobs.erase_expired_personal_data(now=expiry - dt.timedelta(seconds=1)) == 0
    assert jobs.erase_expired_personal_data(now=expiry + dt.timedelta(seconds=1)) == 1
    question.refresh_from_db()
    assert question.personal_data_erased_at and question.full_name == ""
    assert "citizens.erase_personal_data" in audit(question)


def test_mail_server_down_loses_nothing(world, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "cong.citizens.tests.broken_mail.Backend"
    with django_capture_on_commit_callbacks(execute=True):
        question = f.question()
    notice = question.notices.get()
    assert notice.sent_at is None and notice.attempts == 1 and "mất kết nối" in notice.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.retry_unsent_notices() == 1
    notice.refresh_from_db()
    assert notice.sent_at is not None
