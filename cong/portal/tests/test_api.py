import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(portal):
    news = portal.section("Tin tức", slug="tin-tuc")
    farm = portal.section("Nông nghiệp", slug="nong-nghiep")
    first = portal.article(news, title="Người dân góp ý dự thảo", days_ago=1)
    first.tags.add("góp ý")
    first.save_revision().publish()
    portal.article(farm, title="Giá lúa tăng", days_ago=2)
    return portal


def test_lists_published_articles_with_metadata(client, articles):
    data = client.get("/api/v1/articles/").json()
    assert data["count"] == 2 and data["page"] == 1 and data["pages"] == 1
    first = data["results"][0]
    assert first["title"] == "Người dân góp ý dự thảo"
    assert first["section"] == "Tin tức" and first["tags"] == ["góp ý"]
    assert first["url"].startswith("http://") and first["authors"] == "Minh Hằng"


def test_filters_by_search_and_section(client, articles):
    assert [a["title"] for a in client.get("/api/v1/articles/", {"q": "nguoi dan"}).json()["results"]] == [
        "Người dân góp ý dự thảo"
    ]
    assert [
        a["title"] for a in client.get("/api/v1/articles/", {"section": "nong-nghiep"}).json()["results"]
    ] == ["Giá lúa tăng"]
    missing = client.get("/api/v1/articles/", {"section": "khong-co"})
    assert missing.status_code == 404 and "khong-co" in missing.json()["detail"]


def test_malformed_page_gives_first_page_and_far_page_404(client, articles):
    assert client.get("/api/v1/articles/", {"page": "abc"}).json()["page"] == 1
    assert client.get("/api/v1/articles/", {"page": "-1"}).json()["page"] == 1
    assert client.get("/api/v1/articles/", {"page": "50"}).status_code == 404
    too_long = client.get("/api/v1/articles/", {"q": "x" * 1000})
    assert too_long.status_code == 400 and "quá dài" in too_long.json()["detail"]


def test_openapi_document_describes_articles(client, articles):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert "/api/v1/articles/" in spec["paths"]
