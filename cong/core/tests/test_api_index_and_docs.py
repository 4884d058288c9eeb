"""/api/v1/ answers with an index; /api/v1/docs is served from the site's own files under its strict CSP;
no template or static file of the site loads anything from another host."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

CONG = Path(__file__).resolve().parents[2]


def test_api_root_lists_every_endpoint_with_working_absolute_links(client, portal):
    response = client.get("/api/v1/", HTTP_HOST="cong.localhost:8123")
    assert response.status_code == 200
    index = response.json()
    urls = [endpoint["url"] for endpoint in index["endpoints"]]
    from cong.api import ENDPOINTS  # the register apps add theirs (issues 14, 15)

    assert "http://cong.localhost:8123/api/v1/legal-documents/" in urls and len(ENDPOINTS) >= 5
    # Every endpoint of the national profile except the document exchange, which it does not publish.
    assert len(urls) == len(ENDPOINTS) - 1
    assert "http://cong.localhost:8123/api/v1/edoc-exchange/" not in urls
    # Nor in the OpenAPI document: a client built from it, or a crawler, meets no dead address.
    assert not [p for p in client.get("/api/v1/openapi.json").json()["paths"] if "edoc-exchange" in p]
    assert index["openapi"] == "http://cong.localhost:8123/api/v1/openapi.json"
    assert index["docs"] == "http://cong.localhost:8123/api/v1/docs"
    for url in urls:
        path = url.removeprefix("http://cong.localhost:8123")
        assert client.get(path, HTTP_HOST="cong.localhost:8123").status_code == 200, url
    assert client.get("/api/v1/openapi.json").json()["info"]["title"] == index["title"]


def test_a_register_the_profile_publishes_is_in_the_index(client, portal, settings):
    settings.CONG_PROFILE = "hau-giang"  # HG-11.2: the document-exchange progress is public
    urls = [e["url"] for e in client.get("/api/v1/", HTTP_HOST="cong.localhost:8123").json()["endpoints"]]
    assert "http://cong.localhost:8123/api/v1/edoc-exchange/" in urls
    assert client.get("/api/v1/edoc-exchange/", HTTP_HOST="cong.localhost:8123").status_code == 200
    assert "/api/v1/edoc-exchange/" in client.get("/api/v1/openapi.json").json()["paths"]


def test_api_docs_use_only_the_sites_own_files_and_no_inline_script(client, portal):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html and 'id="swagger-ui"' in html
    assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    for asset in assets:
        assert asset.startswith("/static/"), asset  # same origin, no CDN
        assert finders.find(asset.removeprefix("/static/")), f"{asset} is not among the static files"
    # Every <script> either loads a same-origin file or is inert JSON data: nothing inline to execute.
    for attributes, _body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S):
        assert "src=" in attributes or 'type="application/json"' in attributes, attributes
    policy = response.headers["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "unsafe-inline" not in script_src and "http" not in script_src


# Identifiers that are never fetched: XML/RDF namespaces.
NAMESPACES = ("http://www.w3.org/", "http://purl.org/dc/")


def test_no_template_or_static_file_loads_anything_from_another_host():
    offenders = []
    for path in CONG.rglob("*"):
        if path.suffix not in {".html", ".txt", ".xml", ".css", ".js", ".svg"} or "tests" in path.parts:
            continue
        if not ({"templates", "static"} & set(path.parts)):
            continue
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            for url in re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s\"')<]*", line, flags=re.I):
                if not url.startswith(NAMESPACES):
                    offenders.append(f"{path.relative_to(CONG)}:{number}: {url}")
    assert offenders == []
