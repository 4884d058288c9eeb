"""The editors' guide (issue 16): the administrator opens «Hướng dẫn biên tập» from the admin's help menu
and reads it with its pictures; the pictures of the legal documents and the reports are taken here, those
of writing, sending, reviewing and answering by the journeys that do those things (cong/e2e/guide.py)."""

import re

import pytest

from .guide import guide_shot

pytestmark = pytest.mark.e2e


def test_guide_pictures_of_the_registers_and_reports(portal, sign_in):
    admin = sign_in("quantri", "/quan-tri/snippets/legal/legaldocument/")
    assert "Văn bản" in admin.locator("main").inner_text()
    guide_shot(admin, "5-van-ban")
    admin.goto(portal.url("/quan-tri/hoi-dap/bao-cao/"))
    guide_shot(admin, "6-bao-cao")


def test_guide_opens_from_the_admin_with_its_pictures(portal, sign_in):
    admin = sign_in("quantri", "/quan-tri/")
    admin.goto(portal.url("/quan-tri/huong-dan/"))
    assert "Viết tin, bài" in admin.locator("main").inner_text()
    pictures = admin.locator("main figure img")
    assert pictures.count() >= 5
    for index in range(pictures.count()):
        picture = pictures.nth(index)
        assert picture.get_attribute("alt")
        src = picture.get_attribute("src")
        assert re.search(r"/static/editorial/huong-dan/anh/[\w-]+(\.[0-9a-f]+)?\.png$", src), src
        assert admin.request.get(portal.url(src)).status == 200
        # The pictures load lazily, as the reader scrolls to them (a picture far below the window is not
        # fetched yet): scrolled to, each one loads and decodes.
        picture.scroll_into_view_if_needed()
        assert picture.evaluate("img => img.decode().then(() => img.naturalWidth > 0, () => false)")
