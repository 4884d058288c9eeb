"""Staff side in the Wagtail admin: routing, answering by the head only, citations, reports, delegations."""

import datetime as dt
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from cong.citizens import actions
from cong.citizens.models import Question

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(portal):
    world = f.two_agencies()
    return {**world, "other_clerk": f.staff(world["other"], "canbonn"), "question": f.question()}


def login(client, user):
    client.force_login(user)
    return client


def test_board_routes_and_the_agency_sees_personal_data_other_agencies_do_not(client, world):
    q = world["question"]
    login(client, world["board"])
    page = client.get(f"/quan-tri/hoi-dap/{q.pk}/").content.decode()
    assert "0912345678" in page and "Phân loại và chuyển" in page
    response = client.post(f"/quan-tri/hoi-dap/{q.pk}/", {"action": "route", "agency": world["agency"].pk})
    assert response.status_code == 302
    q.refresh_from_db()
    assert q.status == Question.Status.ROUTED and q.agency == world["agency"]
    login(client, world["clerk"])
    assert "0912345678" in client.get(f"/quan-tri/hoi-dap/{q.pk}/").content.decode()
    login(client, world["other_clerk"])
    assert client.get(f"/quan-tri/hoi-dap/{q.pk}/").status_code == 404
    assert q.title not in client.get("/quan-tri/hoi-dap/").content.decode()


def test_a_clerk_cannot_answer_the_head_answers_with_citations(client, world):
    q = world["question"]
    actions.route_question(q, world["agency"], acting_user=world["board"])
    data = {
        "action": "answer", "body": "Trả lời của Sở.", "mode": "via_board", "signer_name": "", "signer_position": "",
        "cit-TOTAL_FORMS": "3", "cit-INITIAL_FORMS": "0", "cit-MIN_NUM_FORMS": "0", "cit-MAX_NUM_FORMS": "10",
        "cit-0-number_symbol": "15/2021/NĐ-CP", "cit-0-summary": "Quản lý dự án đầu tư xây dựng",
        "cit-0-issued_on": "2021-03-03", "cit-0-issuer": "Chính phủ",
    }  # fmt: skip
    login(client, world["clerk"])
    assert "Chỉ thủ trưởng" in client.get(f"/quan-tri/hoi-dap/{q.pk}/").content.decode()
    denied = client.post(f"/quan-tri/hoi-dap/{q.pk}/", data)  # Wagtail turns 403 into a redirect home
    assert denied.status_code == 302 and denied["Location"] == "/quan-tri/"
    q.refresh_from_db()
    assert q.status == Question.Status.ROUTED and not hasattr(q, "answer")
    login(client, world["head"])
    incomplete = {**data, "cit-0-issuer": ""}
    response = client.post(f"/quan-tri/hoi-dap/{q.pk}/", incomplete)
    assert response.status_code == 400 and "cần đủ số ký hiệu" in response.content.decode()
    assert client.post(f"/quan-tri/hoi-dap/{q.pk}/", data).status_code == 302
    q.refresh_from_db()
    assert q.status == Question.Status.ANSWERED
    citation = q.answer.citations.get()
    assert (citation.number_symbol, citation.issuer, citation.issued_on) == (
        "15/2021/NĐ-CP",
        "Chính phủ",
        dt.date(2021, 3, 3),
    )
    login(client, world["board"])
    assert client.post(f"/quan-tri/hoi-dap/{q.pk}/", {"action": "publish"}).status_code == 302
    assert client.get(q.get_absolute_url()).status_code == 200


def test_head_delegates_in_the_admin_and_the_delegate_may_answer(client, world, settings):
    settings.CONG_PROFILE = "soc-trang"
    q = world["question"]
    actions.route_question(
        q, world["agency"], acting_user=world["board"], field=f.field(), policy_group="Đầu tư"
    )
    login(client, world["clerk"])
    assert client.post("/quan-tri/hoi-dap/uy-quyen/", {})["Location"] == "/quan-tri/"
    login(client, world["head"])
    staff = world["clerk"].agency_staff
    response = client.post(
        "/quan-tri/hoi-dap/uy-quyen/", {"delegate": staff.pk, "valid_from": timezone.localdate().isoformat()}
    )
    assert response.status_code == 302
    assert actions.can_submit_answer(world["clerk"], q)


def test_agency_returns_and_board_sees_it_with_the_notice_deadline(client, world, settings):
    settings.CONG_PROFILE = "soc-trang"
    q = world["question"]
    actions.route_question(
        q, world["agency"], acting_user=world["board"], field=f.field(), policy_group="Nông nghiệp"
    )
    login(client, world["clerk"])
    client.post(f"/quan-tri/hoi-dap/{q.pk}/", {"action": "return", "reason": "Thuộc Sở Nông nghiệp."})
    q.refresh_from_db()
    assert q.status == Question.Status.RETURNED
    login(client, world["board"])
    listing = client.get("/quan-tri/hoi-dap/?status=returned").content.decode()
    assert "Báo người hỏi trước" in listing
    # The form comes filled with the classification made at the first routing (ST-24.4 requires it).
    route = {
        "action": "route",
        "agency": world["other"].pk,
        "field": q.field_id,
        "policy_group": q.policy_group,
    }
    client.post(f"/quan-tri/hoi-dap/{q.pk}/", route)
    q.refresh_from_db()
    assert q.agency == world["other"] and q.asker_notified_at


def test_overdue_list_and_report_with_exports(client, world):
    late = f.question(title="Câu hỏi quá hạn", at=timezone.now() - dt.timedelta(days=40), field=f.field())
    actions.route_question(late, world["agency"], acting_user=world["board"])
    refused = f.question(title="Tố cáo")
    actions.refuse_question(refused, Question.Refusal.COMPLAINT, "Là tố cáo.", acting_user=world["board"])
    login(client, world["board"])
    assert "Câu hỏi quá hạn" in client.get("/quan-tri/hoi-dap/?overdue=1").content.decode()
    start = (timezone.localdate() - dt.timedelta(days=60)).isoformat()
    end = timezone.localdate().isoformat()
    page = client.get(
        "/quan-tri/hoi-dap/bao-cao/", {"start": start, "end": end, "group": "agency"}
    ).content.decode()
    assert "Quá hạn chưa trả lời" in page and "Sở Tài chính" in page
    csv_text = client.get(
        "/quan-tri/hoi-dap/bao-cao/", {"start": start, "end": end, "group": "agency", "format": "csv"}
    ).content.decode("utf-8-sig")
    rows = [line.split(",") for line in csv_text.strip().splitlines()]
    by_label = {row[0]: row[1:] for row in rows[1:]}
    assert by_label["Sở Tài chính"] == ["1", "0", "0", "1", "0", "0"]
    assert by_label["Tổng cộng"][0] == "3" and by_label["Tổng cộng"][5] == "1"
    xlsx = client.get(
        "/quan-tri/hoi-dap/bao-cao/", {"start": start, "end": end, "group": "field", "format": "xlsx"}
    )
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.cell(2, 1).value == "Lĩnh vực" and sheet.cell(2, 5).value == "Quá hạn chưa trả lời"
    # A period before anything happened counts nothing.
    empty = client.get(
        "/quan-tri/hoi-dap/bao-cao/",
        {"start": "2020-01-01", "end": "2020-03-31", "group": "agency", "format": "csv"},
    )
    assert empty.content.decode("utf-8-sig").strip().splitlines()[-1] == "Tổng cộng,0,0,0,0,0,0"


def test_people_without_a_role_get_no_access(client, world):
    outsider = f.user("khach", is_staff=True)
    login(client, outsider)
    assert client.get("/quan-tri/hoi-dap/").status_code in (302, 403)
