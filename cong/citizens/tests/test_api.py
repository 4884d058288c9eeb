"""Open data /api/v1/questions/: published only, no personal data beyond name and district."""

import datetime as dt

import pytest

from cong.citizens import actions

from . import factories as f

pytestmark = pytest.mark.django_db


def test_api_lists_published_questions_without_personal_data(client, portal):
    board, agency = f.board_member(), f.agency()
    head = f.staff(agency, "gd", head=True, position="Giám đốc")
    published = f.question(title="Hỏi về phí trước bạ", field=f.field())
    actions.route_question(published, agency, acting_user=board)
    actions.answer_question(published, "Mức thu 2%.", acting_user=head, citations=[
        actions.CitationIn("10/2022/NĐ-CP", "Lệ phí trước bạ", dt.date(2022, 1, 15), "Chính phủ")])  # fmt: skip
    actions.publish_answer(published, acting_user=board)
    hidden = f.question(title="Chưa trả lời")
    response = client.get("/api/v1/questions/", {"q": "phi truoc ba"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    item = data["results"][0]
    assert item["asker_name"] == "Nguyễn Văn An" and item["asker_district"] == "Thành phố Lai Châu"
    assert item["citations"][0]["number_symbol"] == "10/2022/NĐ-CP" and item["answer"] == "Mức thu 2%."
    text = response.content.decode()
    for secret in (
        "0912345678",
        "001203004005",
        "an.nguyen@example.com",
        "Bế Văn Đàn",
        hidden.title,
        published.code,
    ):
        assert secret not in text
    assert client.get("/api/v1/questions/", {"kind": "x"}).status_code == 400
    assert client.get("/api/v1/questions/", {"page": 5}).status_code == 404
    assert "/api/v1/questions/" in client.get("/api/v1/openapi.json").content.decode()
