import pytest

from cong.core.api import api_page


@pytest.mark.parametrize(
    ("count", "raw", "expected"),
    [
        (45, "1", (1, 3, slice(0, 20))),
        (45, "3", (3, 3, slice(40, 60))),
        (45, "abc", (1, 3, slice(0, 20))),
        (45, "-4", (1, 3, slice(0, 20))),
        (45, None, (1, 3, slice(0, 20))),
        (45, "4", (4, 3, None)),
        (0, "1", (1, 1, slice(0, 20))),
    ],
)
def test_page_numbers_never_fail(count, raw, expected):
    assert api_page(count, raw) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/questions/", "/api/v1/legal-documents/"])
def test_every_list_endpoint_treats_bad_page_numbers_alike(client, portal, url):
    for raw in ("abc", "-1"):
        response = client.get(url, {"page": raw})
        assert response.status_code == 200 and response.json()["page"] == 1, (url, raw)
    far = client.get(url, {"page": "999"})
    assert far.status_code == 404 and "999" in far.json()["detail"]
