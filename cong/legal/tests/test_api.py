"""Open data: /api/v1/legal-documents/ (filters, relations both ways), gazette/, consultations/ (no emails)."""

import datetime as dt

import pytest

from cong.legal.actions import approve_comment, receive_comment

from .factories import make_consultation
from .test_views import documents  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def test_documents_with_filters_and_relations(client, documents):  # noqa: F811
    data = client.get("/api/v1/legal-documents/?q=quy+che+cong+thong+tin").json()
    assert [d["number"] for d in data["results"]] == ["17/2018/QĐ-UBND", "307/2010/QĐ-UBND"]
    new, old = data["results"]
    assert new["relations"][0]["relation"] == "replaces" and new["relations"][0]["id"] == old["id"]
    assert old["referenced_by"][0] == {
        "relation": "replaced_by", "label": "Bị thay thế bởi", "id": new["id"], "number": "17/2018/QĐ-UBND",
        "cited_as": "Quyết định 17/2018/QĐ-UBND",
    }  # fmt: skip
    assert old["status"] == "expired" and old["ended_by"] == new["id"]
    assert client.get("/api/v1/legal-documents/?kind=chi-thi").json()["count"] == 1
    assert client.get("/api/v1/legal-documents/?year=abc").status_code == 400
    assert client.get("/api/v1/legal-documents/?page=9").status_code == 404
    one = client.get(f"/api/v1/legal-documents/{new['id']}/").json()
    assert one["fields"] == ["Đất đai"] and one["files"][0].startswith("http")
    assert client.get(f"/api/v1/legal-documents/{documents['draft'].pk}/").status_code == 404


def test_consultations_publish_comments_without_emails(client, portal):
    consultation = make_consultation()
    comment = receive_comment(
        consultation,
        acting_user=None,
        name="Lê Văn An",
        email="an@example.vn",
        text="Đồng ý",
        article="Điều 1",
    )
    receive_comment(consultation, acting_user=None, name="Chưa duyệt", email="x@example.vn", text="Chờ")
    approve_comment(comment, acting_user=None)
    response = client.get("/api/v1/consultations/")
    data = response.json()
    assert data[0]["comment_count"] == 1 and data[0]["comments"][0]["name"] == "Lê Văn An"
    assert data[0]["contact_email"] == "stp@hoason.gov.vn"
    assert "an@example.vn" not in response.content.decode() and "Chưa duyệt" not in response.content.decode()
    assert client.get(f"/api/v1/consultations/{consultation.slug}/").json()["state"] == "open"


def test_gazette_and_openapi(client, documents):  # noqa: F811
    from cong.legal.models import GazetteIssue, GazetteItem

    issue = GazetteIssue(number="3", year=2018, published_on=dt.date(2018, 8, 20))
    issue.items.add(GazetteItem(document=documents["new"]))
    issue.save()
    issue.save_revision().publish()
    data = client.get("/api/v1/gazette/?year=2018").json()
    assert data[0]["number"] == "3" and data[0]["documents"][0]["number"] == "17/2018/QĐ-UBND"
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/legal-documents/", "/api/v1/gazette/", "/api/v1/consultations/"} <= set(paths)
