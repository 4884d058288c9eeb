"""The admin speaks Vietnamese (issue 16): the main screens, rendered for a superuser and for an agency editor,
show no text and no screen-reader text (aria-label, title, placeholder, alt) that is exactly an English
message id of Wagtail's or Django's catalogues.

The English message ids are read at test time from the installed packages' ``locale/en`` catalogues, so a
Wagtail upgrade that adds strings makes this test name them. A message id with placeholders ("%(count)s
pages", "{count} minutes ago") matches any text of that shape. ``LANGUAGE_NEUTRAL`` lists the few ids that
read the same in Vietnamese (abbreviations, proper names)."""

from __future__ import annotations

import os
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
import wagtail
from django.conf import settings as django_settings

from cong.core import po

pytestmark = pytest.mark.django_db

SITE_PACKAGES = Path(wagtail.__file__).resolve().parents[1]
CATALOGUES = [
    *sorted((SITE_PACKAGES / "wagtail").rglob("locale/en/LC_MESSAGES/*.po")),
    *sorted((SITE_PACKAGES / "django").rglob("locale/en/LC_MESSAGES/*.po")),
]

# Ids that are the same word in a Vietnamese admin: abbreviations, formats, proper names, symbols.
LANGUAGE_NEUTRAL = {
    "ID", "URL", "URLs", "RSS", "API", "HTML", "PDF", "CSV", "XLSX", "SVG", "JSON", "Email", "E-mail",
    "OK", "Wagtail", "Google", "Django", "Facebook", "YouTube", "Twitter", "Slug", "Tiếng Việt",
    "English", "Vietnamese", "%(value)s", "%(name)s", "px",
}  # fmt: skip
# English that no catalogue can translate, by screen, each with its reason (to report upstream):
UNTRANSLATABLE = {
    # Wagtail 8.0's sites list builds these headings from the field names (Column("port") → "Port"), not
    # from the translated verbose names; only superusers see this screen.
    ("settings", "Port"),
    ("settings", "Site name"),
    ("settings", "Root page"),
    # The "last published by" cell prints Python's None for a page published by no one (the test builder
    # publishes without a user; in the portal every publication has one).
    ("reports: aging pages", "None"),
    # The group form's page-permission row: Wagtail's form field "page" has no label, so Django shows its
    # name (a screen-reader label, in the template of a new row).
    ("add group", "Page"),
}
SCREEN_READER_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "aria-description")


@cache
def english_ids() -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """Plain English message ids, and patterns for the ids with placeholders."""
    plain, shaped = set(), []
    for catalogue in CATALOGUES:
        for entry in po.read(catalogue):
            for text in filter(None, (entry.msgid, entry.msgid_plural)):
                text = " ".join(text.split())
                if len(text) < 3 or text in LANGUAGE_NEUTRAL or not re.search("[A-Za-z]{2}", text):
                    continue
                if po.PLACEHOLDER.search(text):
                    words = po.PLACEHOLDER.sub("", text)
                    if not re.search("[A-Za-z]{3}", words):
                        continue  # only placeholders and punctuation
                    pieces = po.PLACEHOLDER.split(text)
                    shaped.append(re.compile("^" + "(.+?)".join(map(re.escape, pieces)) + "$"))
                else:
                    plain.add(text)
    return frozenset(plain), tuple(shaped)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Texts(HTMLParser):
    """Visible text nodes and screen-reader attributes of a page: scripts, styles and elements with the
    ``hidden`` attribute left out (Wagtail leaves a literal "None" in a hidden counter)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.skip = 0
        self.skipping: list[str] = []  # the open tags of the element being skipped

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if not self.skip:
                self.texts.extend(v for n, v in attrs if n in SCREEN_READER_ATTRIBUTES and v)
            return
        if self.skip:
            self.skipping.append(tag)
            return
        if tag in ("script", "style") or any(name == "hidden" for name, _ in attrs):
            self.skip, self.skipping = 1, [tag]
            return
        self.texts.extend(v for n, v in attrs if n in SCREEN_READER_ATTRIBUTES and v)

    def handle_startendtag(self, tag, attrs):
        if not self.skip:
            self.texts.extend(v for n, v in attrs if n in SCREEN_READER_ATTRIBUTES and v)

    def handle_endtag(self, tag):
        if self.skip and tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
            if not self.skipping:
                self.skip = 0

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.texts.append(data)


def texts_of(html: str) -> list[str]:
    parser = _Texts()
    parser.feed(html)
    return [" ".join(t.split()) for t in parser.texts]


def english_texts(html: str) -> list[str]:
    """The texts of ``html`` that are exactly an English message id."""
    plain, shaped = english_ids()
    found = []
    for text in texts_of(html):
        if text in LANGUAGE_NEUTRAL:
            continue
        # Wagtail shows model field names with a capital: "Root page" is the msgid "root page".
        uncapitalised = text[:1].lower() + text[1:]
        if text in plain or text.rstrip(":").strip() in plain or uncapitalised in plain:
            found.append(text)
        elif re.search("[A-Za-z]{3}", text) and any(p.match(text) for p in shaped):
            found.append(text)
    return found


def build_content(newsroom):
    """A section, a published article with a second draft revision in review, a legal document."""
    from cong.legal.tests.factories import make_document

    from .test_workflow import draft, submit

    section = newsroom.portal.section("Tin tức")
    article = newsroom.portal.article(section, title="Tin đã đăng")
    updater = newsroom.user("updater")
    in_review = draft(section, updater, "Tin chờ duyệt")
    submit(in_review, updater)
    make_document()
    return {"section": section, "article": article, "in_review": in_review}


def screens(content) -> dict[str, str]:
    section, article, in_review = content["section"], content["article"], content["in_review"]
    return {
        "dashboard": "/quan-tri/",
        "explorer": "/quan-tri/pages/",
        "explorer of a section": f"/quan-tri/pages/{section.pk}/",
        "page edit": f"/quan-tri/pages/{article.pk}/edit/",
        "page edit in review": f"/quan-tri/pages/{in_review.pk}/edit/",
        "page history": f"/quan-tri/pages/{article.pk}/history/",
        "add subpage": f"/quan-tri/pages/{section.pk}/add_subpage/",
        "page search": "/quan-tri/pages/search/?q=tin",
        "legal documents": "/quan-tri/snippets/legal/legaldocument/",
        "add legal document": "/quan-tri/snippets/legal/legaldocument/add/",
        "snippets": "/quan-tri/snippets/",
        "images": "/quan-tri/images/",
        "documents": "/quan-tri/documents/",
        "users": "/quan-tri/users/",
        "groups": "/quan-tri/groups/",
        "account": "/quan-tri/account/",
        "workflows": "/quan-tri/workflows/list/",
        "workflow tasks": "/quan-tri/workflows/tasks/index/",
        "reports: locked pages": "/quan-tri/reports/locked/",
        "reports: workflows": "/quan-tri/reports/workflow/",
        "reports: site history": "/quan-tri/reports/site-history/",
        "reports: aging pages": "/quan-tri/reports/aging-pages/",
        "settings": "/quan-tri/sites/",
        "add article": f"/quan-tri/pages/add/portal/articlepage/{section.pk}/",
        "add image": "/quan-tri/images/add/",
        "add document": "/quan-tri/documents/add/",
        "add user": "/quan-tri/users/new/",
        "add group": "/quan-tri/groups/new/",
        "collections": "/quan-tri/collections/",
        "redirects": "/quan-tri/redirects/",
        "portal settings": "/quan-tri/settings/portal/portalsettings/",
        "agencies": "/quan-tri/snippets/agencies/agency/",
        "editors' guide": "/quan-tri/huong-dan/",
        # Cổng's own screens (Vietnamese literals): any English found here is Cổng's to fix.
        "questions": "/quan-tri/hoi-dap/",
        "questions report": "/quan-tri/hoi-dap/bao-cao/",
        "provision forms": "/quan-tri/phieu/",
        "new provision form": "/quan-tri/phieu/moi/",
        "proposals": "/quan-tri/de-xuat/",
        "my security": "/quan-tri/bao-mat/cua-toi/",
        "two-step": "/quan-tri/bao-mat/xac-thuc-hai-buoc/",
        "change password": "/quan-tri/bao-mat/doi-mat-khau/",
        "security log": "/quan-tri/bao-mat/nhat-ky/",
        "accounts": "/quan-tri/bao-mat/tai-khoan/",
        "personal data": "/quan-tri/bao-mat/du-lieu-ca-nhan/",
        "posting obligations": "/quan-tri/van-ban/phai-dang/",
        "comment moderation": "/quan-tri/lay-y-kien/kiem-duyet/",
        "regulation profile": "/quan-tri/ho-so-quy-dinh/",
        "work schedules": "/quan-tri/lich-lam-viec/",
        "procedures import": "/quan-tri/thu-tuc-hanh-chinh/nhap/",
        "document exchange import": "/quan-tri/van-ban-dien-tu/nhap/",
        "posting deadlines": "/quan-tri/danh-muc/thoi-han-dang/",
        # The portal in English (the national profile enables it, ND43-13): locales, translations.
        "translations": "/quan-tri/ban-dich/en/",
        "translate a page": f"/quan-tri/translation/submit/page/{section.pk}/",
        "locales": "/quan-tri/locales/",
    }


def dump(english: list[str]) -> None:
    """With CONG_DUMP_ENGLISH=<file>, the English texts found are added to that file, one a line: the list
    to translate when a Wagtail upgrade brings new strings (docs/features/admin-vietnamese.md)."""
    if english and os.environ.get("CONG_DUMP_ENGLISH"):
        with open(os.environ["CONG_DUMP_ENGLISH"], "a", encoding="utf-8") as file:
            file.writelines(f"{text}\n" for text in english)


def english_on_screens(client, user, content) -> dict[str, list[str]]:
    client.force_login(user)
    found = {}
    for name, url in screens(content).items():
        # As an official's browser in English asks: the admin answers in Vietnamese all the same.
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
        if response.status_code in (302, 403, 404, 405):
            continue  # not this user's screen
        assert response.status_code == 200, (name, url, response.status_code)
        english = [t for t in english_texts(response.content.decode()) if (name, t) not in UNTRANSLATABLE]
        if english:
            found[name] = sorted(set(english))
            dump(english)
    return found


def test_the_english_check_finds_english():
    """The check itself: an English screen fails it, a Vietnamese one passes."""
    assert english_texts('<button aria-label="Save draft">Save draft</button><p>5 minutes ago</p>') == [
        "Save draft",
        "Save draft",
        "5 minutes ago",
    ]
    assert english_texts('<button aria-label="Lưu bản nháp">Lưu bản nháp</button><p>5 phút trước</p>') == []
    assert english_texts("<th>Root page</th><div hidden><span>None</span></div><p>Trang</p>") == ["Root page"]
    assert english_texts('<img alt="Edit this image"><input placeholder="Search…"/>') == [
        "Edit this image",
        "Search…",
    ]


@pytest.mark.parametrize("browser_language", ["vi", "en-US,en;q=0.9"])
def test_login_screen_is_vietnamese_and_branded(client, portal, browser_language):
    html = client.get("/quan-tri/login/", HTTP_ACCEPT_LANGUAGE=browser_language).content.decode()
    dump(english_texts(html))
    assert english_texts(html) == []
    assert "Nhập Tên đăng nhậpcủa bạn" not in html
    assert "Sign in to Wagtail" not in html
    assert "emblem.svg" in html  # the province's emblem, not Wagtail's bird
    assert "Đăng nhập quản trị Cổng Thông tin điện tử tỉnh Thử Nghiệm" in html
    assert 'placeholder="Nhập Tên đăng nhập của bạn"' in html


def test_a_chosen_admin_language_is_kept(client, newsroom):
    """The Vietnamese default does not override a user's own choice in their account settings."""
    editor = newsroom.user("editor_a")
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": "en"})
    client.force_login(editor)
    assert "Dashboard" in client.get("/quan-tri/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()


@pytest.mark.parametrize("who", ["superuser", "editor_a", "moderator_a", "clerk_a"])
def test_main_admin_screens_show_no_english(client, newsroom, django_user_model, who):
    content = build_content(newsroom)
    if who == "superuser":
        user = django_user_model.objects.create_superuser("sieuquantri", "sqt@thunghiem.gov.vn", "x")
    else:
        user = newsroom.user(who)
    assert django_settings.LANGUAGE_CODE == "vi"
    found = english_on_screens(client, user, content)
    assert found == {}, "\n".join(f"{name}: {texts}" for name, texts in found.items())
