"""The editors' guide in Vietnamese (issue 16): /quan-tri/huong-dan/ shows docs/huong-dan/bien-tap.md, and
the admin's help menu and dashboard lead there instead of Wagtail's English guide."""

from pathlib import Path

import pytest

from cong.editorial.guide import GUIDE, markdown_to_html

pytestmark = pytest.mark.django_db


def test_docs_link_is_the_shipped_guide():
    docs = Path(__file__).resolve().parents[3] / "docs" / "huong-dan" / "bien-tap.md"
    assert docs.resolve() == GUIDE.resolve()


def test_markdown_subset():
    title, body = markdown_to_html(
        "# Hướng dẫn\n\nĐoạn **đậm** và `mã`\nnối dòng.\n\n## Bước\n\n1. Một\n   tiếp\n2. Hai\n\n- A <b>\n"
    )
    assert title == "Hướng dẫn"
    assert "<p>Đoạn <strong>đậm</strong> và <code>mã</code> nối dòng.</p>" in body
    assert "<h2>Bước</h2>" in body
    assert "<ol>\n<li>Một tiếp</li>\n<li>Hai</li>\n</ol>" in body
    assert "<ul>\n<li>A &lt;b&gt;</li>\n</ul>" in body  # escaped


def test_guide_page_and_links(client, newsroom):
    client.force_login(newsroom.user("editor_a"))
    page = client.get("/quan-tri/huong-dan/").content.decode()
    for section in (
        "Viết tin, bài",
        "Gửi duyệt",
        "Duyệt hoặc trả lại",
        "Trả lời câu hỏi",
        "văn bản quy phạm",
    ):
        assert section in page
    dashboard = client.get("/quan-tri/").content.decode()
    assert 'href="/quan-tri/huong-dan/"' in dashboard
    assert "guide.wagtail.org" not in dashboard


def test_guide_pictures_exist_and_have_a_description():
    """Every picture the guide shows is a file the end-to-end journeys took (cong/e2e/guide.py) — a picture
    renamed in the guide but not retaken fails here — and each has a text for screen readers."""
    import re

    from cong.e2e.guide import GUIDE_PICTURES

    names = re.findall(r"^!\[(.+?)\]\(anh/([\w-]+\.png)\)$", GUIDE.read_text(encoding="utf-8"), re.M)
    assert len(names) == 6
    for alt, name in names:
        picture = GUIDE_PICTURES / name
        assert picture.is_file() and picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
        assert len(alt) > 20
    _title, body = markdown_to_html(GUIDE.read_text(encoding="utf-8"))
    assert body.count('<figure><img src="/static/editorial/huong-dan/anh/') == 6
