"""Journey: the anonymous page cache on the demo as `make demo` runs it (gunicorn, two workers, the in-process
cache with its generation file under var/). Visitors are served cached pages (X-Cong-Cache: hit); the
administrator publishes a changed article in the back office and a visitor sees the change within a second,
whichever worker answers; a signed-in user is never served from the cache; the cache keeps serving after."""

from __future__ import annotations

import http.client
import re
import secrets
import time
from urllib.parse import urlsplit

import pytest

from . import admin

pytestmark = pytest.mark.e2e

SECTION_PATH = "/tin-tuc-su-kien/"


def get(url: str, **headers) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=30)
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""),
                           headers={"Host": parts.netloc, **headers})  # fmt: skip
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
    finally:
        connection.close()


def cached(url: str) -> str:
    """Ask until a worker answers from its cache (each gunicorn worker has its own): 'hit' or the last."""
    state = ""
    for _ in range(8):
        status, headers, _body = get(url)
        assert status == 200, url
        assert "set-cookie" not in headers, f"{url} set a cookie for an anonymous visitor"
        state = headers.get("x-cong-cache", "")
        if state == "hit":
            break
    return state


def test_a_published_change_is_visible_within_a_second_and_the_cache_keeps_serving(portal, sign_in):
    (article_id, title, path), = portal.read(
        "[(p.id, p.title, p.get_url_parts()[2]) for p in __import__('cong.portal.models', fromlist=['x'])"
        f".ArticlePage.objects.live().filter(url_path__contains='{SECTION_PATH}').order_by('pk')[:1]]"
    )  # fmt: skip
    article_url, section_url, home_url = portal.url(path), portal.url(SECTION_PATH), portal.url("/")
    member_home = portal.member_portals()[0]
    for url in (article_url, section_url, home_url, member_home):
        assert cached(url) == "hit", url
    # The member portal is another host: its own page, not the provincial one.
    assert get(member_home)[2] != get(home_url)[2]
    # A page with a CSRF form (the question form) is never kept.
    status, headers, body = get(portal.url("/hoi-dap/dat-cau-hoi/"))
    assert status == 200 and "csrfmiddlewaretoken" in body and headers["x-cong-cache"] == "bypass"

    new_title = f"{title} – cập nhật {secrets.token_hex(2)}"
    editor = sign_in("quantri", f"/quan-tri/pages/{article_id}/edit/")
    editor.fill("input[name=title]", new_title)
    admin.more_actions(editor)
    with editor.expect_navigation():
        editor.click("footer button[name=action-publish]")
    published_at = time.monotonic()

    # Visible within a second on the article, its section and the home page, whichever worker answers.
    for url in (article_url, section_url):
        while True:
            status, headers, body = get(url)
            if new_title in body:
                break
            assert time.monotonic() - published_at < 1.0, f"{url} still shows the old page after 1 s"
            time.sleep(0.05)
    assert time.monotonic() - published_at < 1.0

    # A signed-in user's page is never from the cache (and carries the editor's session, not a visitor's).
    editor.goto(article_url)
    assert new_title in editor.content()
    with editor.expect_response(re.compile(re.escape(home_url) + "$")) as response:
        editor.goto(home_url)
    assert response.value.headers.get("x-cong-cache") == "bypass"

    # The cache works on: the next visitors of another page are served from it again.
    assert cached(home_url) == "hit"
    assert cached(member_home) == "hit"
    started = time.monotonic()
    for _ in range(20):
        status, headers, _body = get(member_home)
    assert (time.monotonic() - started) / 20 < 0.25
