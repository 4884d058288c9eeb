"""Hỏi – Đáp and phản ánh, kiến nghị keys that no shipped province sets apart (issue 12): each test runs the
same steps under the national value and under another province or a temporary profile that overrides only
that key, and asserts what the asker or staff see change."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import timezone

from cong.citizens import actions, jobs
from cong.core.clock import TZ, working_calendar
from cong.core.testing.profiles import override

from . import factories as f

pytestmark = pytest.mark.django_db

MONDAY_10 = dt.datetime(2026, 3, 2, 10, 0, tzinfo=TZ)


def test_petitions_enabled_false_takes_the_petition_form_down(client, portal, settings, tmp_path):
    """``petitions.enabled``: on by default (ND43-10.i), the form answers; switched off, the form and the list
    are gone (404) while Hỏi – Đáp stays."""
    assert client.get("/phan-anh-kien-nghi/gui/").status_code == 200
    override(
        settings,
        tmp_path,
        "petitions",
        'enabled = { value = false, source = "default", note = "Thử nghiệm." }',
    )
    assert client.get("/phan-anh-kien-nghi/gui/").status_code == 404
    assert client.get("/phan-anh-kien-nghi/").status_code == 404
    assert client.get("/hoi-dap/dat-cau-hoi/").status_code == 200


def test_qa_title_names_the_section(client, portal, settings):
    """``qa.title``: BK-7.1.f names the section «Trao đổi – Hỏi đáp»; the national name is «Hỏi – Đáp»."""
    cache.clear()
    assert "Trao đổi – Hỏi đáp" not in client.get("/hoi-dap/").content.decode()
    settings.CONG_PROFILE = "bac-kan"
    cache.clear()
    assert "Trao đổi – Hỏi đáp" in client.get("/hoi-dap/").content.decode()


def test_qa_accepted_topics_put_a_topic_list_on_the_form(client, portal, settings):
    """``qa.accepted_topics``: LC-13.2 lists what may be asked; the national form has no topic list."""
    cache.clear()
    assert "Chọn nội dung hỏi" not in client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    settings.CONG_PROFILE = "lai-chau"
    cache.clear()
    page = client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    assert "Chọn nội dung hỏi" in page and "Cơ hội đầu tư" in page


def test_qa_clock_start_at_agency_receipt_waits_for_routing(world, settings, tmp_path):
    """``qa.clock_start``: nationally the answer clock runs from the portal's receipt (ND43-17); with
    ``agency_receipt`` the question has no due date until the board routes it to the agency."""
    national = f.question(at=MONDAY_10)
    assert national.answer_due_at is not None
    override(
        settings, tmp_path, "qa",
        'clock_start = { value = "agency_receipt", source = "default", note = "Thử nghiệm." }',
    )  # fmt: skip
    question = f.question(at=MONDAY_10)
    assert question.answer_due_at is None
    actions.route_question(question, world["agency"], acting_user=world["board"])
    assert question.answer_due_at is not None and question.answer_due_at > national.answer_due_at


def test_qa_progress_notice_false_refuses_a_progress_notice(world, settings, tmp_path):
    """``qa.progress_notice``: BK-7.1.f¶2 / ND43-17 let the agency send a progress notice with a new date;
    a profile without it refuses the notice and the answer clock keeps running."""
    override(
        settings,
        tmp_path,
        "qa",
        'progress_notice = { value = false, source = "default", note = "Thử nghiệm." }',
    )
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"])
    new_date = working_calendar().next_working_day(timezone.localdate() + dt.timedelta(days=30))
    with pytest.raises(actions.ActionError, match="không cho phép thông báo tiến độ"):
        actions.send_progress_notice(question, "Đang lấy ý kiến.", new_date, acting_user=world["head"])
    settings.CONG_PROFILE = "national"
    actions.send_progress_notice(question, "Đang lấy ý kiến.", new_date, acting_user=world["head"])
    assert question.promised_date == new_date


def test_qa_answer_citations_require_every_part_in_soc_trang(world, settings):
    """``qa.answer_citations``: ST-15.4 «… phải ghi rõ số, ký hiệu, trích yếu, ngày ban hành và cơ quan ban
    hành …» — a citation without its issuer is refused; the national profile requires none of the parts."""
    partial = actions.CitationIn(
        "15/2021/NĐ-CP", "Quy định chi tiết về quản lý dự án", dt.date(2021, 3, 3), ""
    )
    settings.CONG_PROFILE = "soc-trang"
    question = f.question()
    f.routed(world, question, "Đầu tư xây dựng")
    with pytest.raises(actions.ActionError, match="thiếu số ký hiệu, trích yếu, ngày ban hành"):
        actions.answer_question(question, "Trả lời.", acting_user=world["head"], citations=[partial])
    settings.CONG_PROFILE = "national"
    actions.answer_question(question, "Trả lời.", acting_user=world["head"], citations=[partial])
    assert question.answer.citations.get().issuer == ""


def test_qa_retention_after_answer_keeps_soc_trang_answers_public_for_20_days(world, settings):
    """``qa.retention_after_answer``: ST-15.7 keeps a published answer public at least 20 days from the
    answer date; the board cannot take it down earlier. Nationally there is no minimum."""
    for profile, refused in (("soc-trang", True), ("national", False)):
        settings.CONG_PROFILE = profile
        question = f.question()
        f.routed(world, question, "Giáo dục")
        actions.answer_question(question, "Trả lời.", acting_user=world["head"])
        actions.publish_answer(question, acting_user=world["board"])
        assert (question.public_until is not None) is refused, profile
        if refused:
            with pytest.raises(actions.ActionError, match="ít nhất đến"):
                actions.unpublish_answer(question, "Hết thời gian", acting_user=world["board"])
        else:
            actions.unpublish_answer(question, "Hết thời gian", acting_user=world["board"])


def test_qa_personal_data_retention_sets_when_the_askers_data_is_erased(world, settings, tmp_path):
    """``qa.personal_data_retention``: 365 days after handling ends nationally (TT25-13); a profile with 30
    days erases the asker's data at about a month, and the job erases it then."""
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"])
    actions.answer_question(question, "Trả lời.", acting_user=world["head"])
    actions.publish_answer(question, acting_user=world["board"])
    national = jobs.personal_data_expiry(question)
    assert (national - question.published_at).days >= 365
    override(
        settings, tmp_path, "qa",
        'personal_data_retention = { days = 30, unit = "calendar_days", source = "default", note = "Thử nghiệm." }',
    )  # fmt: skip
    short = jobs.personal_data_expiry(question)
    assert 30 <= (short - question.published_at).days < 40
    assert jobs.erase_expired_personal_data(now=short + dt.timedelta(seconds=1)) == 1
    question.refresh_from_db()
    assert question.full_name == ""


def test_qa_reminder_before_sets_how_early_the_agency_is_reminded(world, settings, tmp_path):
    """``qa.reminder_before``: nationally 3 working days before the 15-working-day answer is due, so a new
    question is not reminded; a profile reminding 20 working days ahead reminds it at once."""
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"])
    now = timezone.now()
    assert jobs.send_due_reminders(now=now) == 0
    override(
        settings, tmp_path, "qa",
        'reminder_before = { days = 20, unit = "working_days", source = "default", note = "Thử nghiệm." }',
    )  # fmt: skip
    assert jobs.send_due_reminders(now=now) == 1
    question.refresh_from_db()
    assert question.reminded_for_due == question.answer_due_at
