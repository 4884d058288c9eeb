"""Each ``qa.*`` rule of the regulation profile changes what staff or the asker see when it is switched:
refusal grounds, classification before routing, answer modes and publication, who may answer, intake days.
"""

import datetime as dt
from unittest import mock

import pytest
from django.core.cache import cache

from cong.citizens import actions
from cong.citizens.models import Answer, Question
from cong.core.clock import TZ
from cong.core.testing.profiles import override

from . import factories as f

pytestmark = pytest.mark.django_db


def test_soc_trang_refuses_only_violations(world, settings, client):
    """ST-24.1, ST-24.7 (``qa.may_reject``): an agency may not refuse a question except one that violates
    the rules; where the profile also allows complaints to be refused (LC-13.2), the same refusal passes."""
    settings.CONG_PROFILE = "soc-trang"
    question = f.question(title="Tố cáo cán bộ xã", content="Tôi tố cáo …")
    with pytest.raises(
        actions.ActionError, match=r"Quy chế \(ST-24.1; ST-24.7\) chỉ cho phép từ chối: vi phạm"
    ):
        actions.refuse_question(
            question, Question.Refusal.COMPLAINT, "Là đơn tố cáo.", acting_user=world["board"]
        )
    with pytest.raises(actions.ActionError, match="chỉ cho phép từ chối"):
        actions.refuse_question(
            question, Question.Refusal.OUT_OF_SCOPE, "Ngoài tỉnh.", acting_user=world["board"]
        )
    question.refresh_from_db()
    assert (
        question.status == Question.Status.RECEIVED and not question.notices.filter(kind="refusal").exists()
    )
    client.force_login(world["board"])
    page = client.get(f"/quan-tri/hoi-dap/{question.pk}/").content.decode()
    assert 'value="violation"' in page and 'value="complaint"' not in page
    actions.refuse_question(
        question, Question.Refusal.VIOLATION, "Vi phạm Điều 10.2.", acting_user=world["board"]
    )
    assert question.status == Question.Status.REFUSED

    assert (
        "Cổng không tiếp nhận đơn khiếu nại, tố cáo"
        not in client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    )

    settings.CONG_PROFILE = "lai-chau"
    assert (
        "Cổng không tiếp nhận đơn khiếu nại, tố cáo" in client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    )
    other = f.question(title="Tố cáo cán bộ xã", content="Tôi tố cáo …")
    assert 'value="complaint"' in client.get(f"/quan-tri/hoi-dap/{other.pk}/").content.decode()
    actions.refuse_question(other, Question.Refusal.COMPLAINT, "Là đơn tố cáo.", acting_user=world["board"])
    assert other.status == Question.Status.REFUSED


def test_routing_requires_the_classification_of_the_profile(world, settings, client):
    """ST-24.4 (``qa.classification`` = field and policy group) and LC-13.1 (field): the board classifies
    before routing; the national profile requires none."""
    settings.CONG_PROFILE = "soc-trang"
    question = f.question()
    with pytest.raises(actions.ActionError, match=r"lĩnh vực và nhóm chính sách.*\(ST-24.4\)"):
        actions.route_question(question, world["agency"], acting_user=world["board"])
    with pytest.raises(actions.ActionError, match=r"theo nhóm chính sách trước"):
        actions.route_question(question, world["agency"], acting_user=world["board"], field=world["field"])
    client.force_login(world["board"])
    response = client.post(
        f"/quan-tri/hoi-dap/{question.pk}/", {"action": "route", "agency": world["agency"].pk}
    )
    assert response.status_code == 400 and "Bắt buộc theo ST-24.4." in response.content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.RECEIVED
    f.routed(world, question, "An sinh xã hội")
    assert question.status == Question.Status.ROUTED

    settings.CONG_PROFILE = "lai-chau"
    second = f.question()
    with pytest.raises(actions.ActionError, match=r"theo lĩnh vực trước khi chuyển \(LC-13.1\)"):
        actions.route_question(second, world["agency"], acting_user=world["board"])
    settings.CONG_PROFILE = "national"
    actions.route_question(second, world["agency"], acting_user=world["board"])
    assert second.status == Question.Status.ROUTED


def test_hau_giang_answers_go_through_the_board_lai_chau_may_answer_directly(world, settings, client):
    """HG-8.5 "Ban Biên tập đăng câu trả lời" against LC-13.4 "hoặc trả lời trực tiếp cho người hỏi và
    báo Ban Biên tập" (``qa.publication``): the direct mode, and closing without publishing, exist only
    where the profile allows them."""
    settings.CONG_PROFILE = "hau-giang"
    question = f.question()
    actions.route_question(question, world["agency"], acting_user=world["board"])
    client.force_login(world["head"])
    page = client.get(f"/quan-tri/hoi-dap/{question.pk}/").content.decode()
    assert 'value="via_board"' in page and 'value="direct"' not in page
    with pytest.raises(actions.ActionError, match=r"Quy chế \(HG-8.5\) không cho phép"):
        actions.answer_question(question, "Trả lời", acting_user=world["head"], mode=Answer.Mode.DIRECT)
    actions.answer_question(question, "Trả lời", acting_user=world["head"], mode=Answer.Mode.VIA_BOARD)
    with pytest.raises(actions.ActionError, match=r"\(HG-8.5\), câu trả lời phải được đăng"):
        actions.close_question(question, acting_user=world["board"])
    client.force_login(world["board"])
    assert "Kết thúc, không đăng" not in client.get(f"/quan-tri/hoi-dap/{question.pk}/").content.decode()

    settings.CONG_PROFILE = "lai-chau"
    other = f.question()
    actions.route_question(other, world["agency"], acting_user=world["board"], field=world["field"])
    client.force_login(world["head"])
    assert 'value="direct"' in client.get(f"/quan-tri/hoi-dap/{other.pk}/").content.decode()
    actions.answer_question(other, "Trả lời trực tiếp", acting_user=world["head"], mode=Answer.Mode.DIRECT)
    client.force_login(world["board"])
    assert "Kết thúc, không đăng" in client.get(f"/quan-tri/hoi-dap/{other.pk}/").content.decode()
    actions.close_question(other, acting_user=world["board"])
    assert other.status == Question.Status.CLOSED


def test_who_may_answer_is_named_from_the_profile(world, settings, client):
    """ST-15.6 "Thủ trưởng cơ quan hoặc người được thủ trưởng ủy quyền" against LC-13.7 "Lãnh đạo cơ quan
    chuyên môn, Lãnh đạo UBND cấp huyện" (``qa.answerer_roles``): a clerk is told who may answer."""
    settings.CONG_PROFILE = "soc-trang"
    question = f.question()
    actions.route_question(
        question, world["agency"], acting_user=world["board"], field=world["field"], policy_group="Đầu tư"
    )
    with pytest.raises(
        actions.NotAllowed, match=r"Chỉ thủ trưởng cơ quan hoặc người được thủ trưởng ủy quyền .*\(ST-15.6\)"
    ):
        actions.answer_question(question, "Trả lời", acting_user=world["clerk"])
    client.force_login(world["clerk"])
    page = client.get(f"/quan-tri/hoi-dap/{question.pk}/").content.decode()
    assert "Chỉ thủ trưởng cơ quan hoặc người được thủ trưởng ủy quyền được trả lời câu hỏi này." in page
    settings.CONG_PROFILE = "lai-chau"
    page = client.get(f"/quan-tri/hoi-dap/{question.pk}/").content.decode()
    assert "Chỉ lãnh đạo cơ quan chuyên môn hoặc lãnh đạo UBND cấp huyện được trả lời" in page
    with pytest.raises(actions.NotAllowed, match=r"\(LC-13.7\)"):
        actions.answer_question(question, "Trả lời", acting_user=world["clerk"])


ASK = {
    "asker_type": "individual", "full_name": "Trần Thị Bình", "id_number": "001203004005", "house_number": "5",
    "street": "Đường Lê Lợi", "commune": "Phường 1", "district": "Thành phố Sóc Trăng", "province": "Sóc Trăng",
    "phone": "0912345678", "email": "binh@example.com", "title": "Hỏi về hỗ trợ giống cây trồng",
    "content": "Hộ gia đình tôi có được hỗ trợ giống lúa khi bị thiên tai không?", "consent": "on",
}  # fmt: skip


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (dt.datetime(2026, 3, 7, 10, 0, tzinfo=TZ), False),  # Saturday
        (dt.datetime(2026, 2, 17, 10, 0, tzinfo=TZ), False),  # Mùng 1 Tết Bính Ngọ
        (dt.datetime(2026, 3, 9, 23, 30, tzinfo=TZ), True),  # Monday night: 24/24 h on working days
    ],
)
def test_intake_on_working_days_only_closes_the_form_on_days_off(
    portal, settings, tmp_path, client, moment, open_
):
    """ST-15.2 "Câu hỏi được tiếp nhận 24/24 giờ vào tất cả các ngày làm việc trong tuần", read literally
    (``qa.intake = "working_days"``): on a day off the form says when to send, and nothing is stored; with
    ``qa.intake = "always"`` (the Sóc Trăng profile as shipped) the form is open that same day."""
    cache.clear()
    override(
        settings,
        tmp_path,
        "qa",
        'intake = { value = "working_days", source = "ST-15.2" }',
        parent="soc-trang",
    )
    with mock.patch("django.utils.timezone.now", return_value=moment):
        page = client.get("/hoi-dap/dat-cau-hoi/").content.decode()
        assert ("Hôm nay không phải ngày làm việc" not in page) is open_
        assert "24 giờ vào các ngày làm việc trong tuần" in page
        response = client.post("/hoi-dap/dat-cau-hoi/", ASK)
        assert Question.objects.exists() is open_
        if not open_:
            assert response.status_code == 400 and "Vui lòng gửi câu hỏi từ ngày" in response.content.decode()
        settings.CONG_PROFILE = "soc-trang"
        cache.clear()
        page = client.get("/hoi-dap/dat-cau-hoi/").content.decode()
        assert "Hôm nay không phải ngày làm việc" not in page and "24 giờ mỗi ngày" in page
