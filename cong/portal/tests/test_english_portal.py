"""The English portal at /en/ (BK-3.2, ST-3.1, ND43-13, issue 16): English pages are translations of the
Vietnamese ones, with English interface text, hreflang links and a language switcher; a language the
profile does not enable has no address; a missing translation shows the Vietnamese page with a note."""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from cong.core.messages import VIETNAMESE
from cong.core.testing.profiles import switch_profile
from cong.portal.languages import translate_page
from cong.portal.models import IntroPage
from cong.portal.tests.factories import publish


@pytest.fixture
def bilingual(portal):
    """The portal's home, an introduction page and a section with an article, the first three in English."""
    intro = publish(
        portal.home,
        IntroPage(title="Giới thiệu chung", slug="gioi-thieu", lead="Về tỉnh.", show_in_menus=True),
    )
    section = portal.section("Tin tức", slug="tin-tuc")
    article = portal.article(section, title="Khánh thành cầu Bến Ngự")
    home_en = translate_page(
        portal.home,
        "en",
        title="Thu Nghiem Provincial Portal",
        slug="home-en",
        intro="The portal of the province.",
    )
    intro_en = translate_page(intro, "en", title="About the province", slug="about", lead="About us.")
    section_en = translate_page(section, "en", title="News", slug="news", intro="News of the province.")
    portal.settings.portal_name_en = "Thu Nghiem Provincial Portal"
    portal.settings.save()
    return {"home": portal.home, "home_en": home_en, "intro": intro, "intro_en": intro_en,
            "section": section, "section_en": section_en, "article": article}  # fmt: skip


def links(html: str, rel_lang: str) -> list[str]:
    return re.findall(rf'<link rel="alternate" hreflang="{rel_lang}" href="([^"]+)"', html)


@pytest.mark.django_db
def test_english_home_has_english_interface_and_switches_back(client, bilingual):
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in html
    assert "Skip to main content" in html and "Bỏ qua, đến nội dung chính" not in html
    assert "Thu Nghiem Provincial Portal" in html
    assert 'href="/en/about/"' in html  # the English menu lists the English pages
    # the switcher leads to the Vietnamese home, marked as Vietnamese
    assert '<a href="/" hreflang="vi" lang="vi">Tiếng Việt</a>' in html
    assert links(html, "vi") == ["http://testserver/"] and links(html, "en") == ["http://testserver/en/"]


@pytest.mark.django_db
def test_vietnamese_page_links_its_english_translation(client, bilingual):
    html = client.get("/gioi-thieu/").content.decode()
    assert '<html lang="vi"' in html
    assert '<a href="/en/about/" hreflang="en" lang="en">English</a>' in html
    assert links(html, "en") == ["http://testserver/en/about/"]
    english = client.get("/en/about/").content.decode()
    assert "About the province" in english
    assert '<a href="/gioi-thieu/" hreflang="vi" lang="vi">Tiếng Việt</a>' in english


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_vietnamese_with_a_note(client, bilingual):
    """The article has no English version: its address in the English tree shows the Vietnamese article,
    marked as Vietnamese, under an English note; the switcher leads back to it."""
    vietnamese = client.get(bilingual["article"].url).content.decode()
    assert f'<a href="/en{bilingual["article"].url}" hreflang="en" lang="en">English</a>' in vietnamese
    response = client.get("/en" + bilingual["article"].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "This page has not been translated yet; the Vietnamese version is shown below." in html
    assert 'lang="vi">' in html and "Khánh thành cầu Bến Ngự" in html
    assert links(html, "en") == []  # no false alternate
    assert f'<a href="{bilingual["article"].url}" hreflang="vi" lang="vi">' in html


@pytest.mark.django_db
def test_vietnamese_address_under_en_redirects_to_the_translation(client, bilingual):
    response = client.get("/en/gioi-thieu/")
    assert response.status_code == 302 and response["Location"] == "/en/about/"


@pytest.mark.django_db
def test_nonexistent_english_address_is_a_404_not_a_500(client, bilingual):
    assert client.get("/en/khong-co-trang-nay/").status_code == 404
    assert client.get("/en/news/x/y/z/").status_code == 404


@pytest.mark.django_db
def test_language_the_profile_does_not_enable_has_no_address(client, bilingual, settings, tmp_path):
    """Bắc Kạn lists Vietnamese only (English planned, BK-3.2): no /en/ at all, no switcher, no hreflang."""
    switch_profile(settings, "bac-kan")
    assert client.get("/en/").status_code == 404
    assert client.get("/en/about/").status_code == 404
    html = client.get("/gioi-thieu/").content.decode()
    assert 'hreflang="en"' not in html and "English" not in html
    switch_profile(settings, "soc-trang")  # Sóc Trăng: both languages (ST-3.1)
    assert client.get("/en/about/").status_code == 200


@pytest.mark.django_db
def test_unknown_language_prefix_is_a_404(client, bilingual):
    assert client.get("/fr/").status_code == 404
    assert client.get("/de/gioi-thieu/").status_code == 404


@pytest.mark.django_db
def test_english_pages_stay_out_of_vietnamese_listings(client, bilingual):
    """The English tree is its own: the Vietnamese home and menu show no English page, and the other way."""
    vi = client.get("/").content.decode()
    assert "About the province" not in vi and 'href="/en/news/"' not in vi
    en = client.get("/en/").content.decode()
    assert 'href="/gioi-thieu/"' not in en.split("<main")[1]


@pytest.mark.django_db
def test_vietnamese_pages_do_not_follow_an_english_browser(client, bilingual):
    """Addresses without a prefix are Vietnamese whatever the browser asks for."""
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="vi"' in html and "Bỏ qua, đến nội dung chính" in html
    assert translation.get_language() in ("vi", "en-us", "en")  # no leak assertions on the thread


# Where an English page's interface texts come from: its templates and the template tags they call.
ENGLISH_PAGE_SOURCES = ["templates/base.html", "templates/404.html", "portal/templates/portal/*_page.html",
                        "portal/templates/portal/includes/*", "portal/templates/portal/blocks/*",
                        "core/templates/core/includes/pagination.html", "portal/templatetags/*",
                        "core/templatetags/*"]  # fmt: skip


def test_english_catalogue_covers_every_message_of_the_english_pages():
    """Every message of the templates and tags an English page renders has an English translation (the
    catalogue's «#:» lines name the files; `make messages` keeps them)."""
    from fnmatch import fnmatch
    from pathlib import Path

    from django.conf import settings

    from cong.core import po

    entries = po.read(Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po")[1:]
    shown = [e for e in entries if any(fnmatch(f, p) for f in e.locations for p in ENGLISH_PAGE_SOURCES)]
    assert len(shown) > 60
    assert [e.msgid for e in shown if not e.translated or "fuzzy" in e.flags] == []


class _EnglishText(HTMLParser):
    """The text and accessible names of a page outside what is marked as another language (``lang``) and
    outside scripts: what an English reader meets as English."""

    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: inside another language or a script
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        other = bool(self.stack and self.stack[-1]) or tag in ("script", "style")
        other = other or not (values.get("lang") or "en").startswith("en")
        if not other:
            self.texts += [
                values[name] for name in ("aria-label", "title", "placeholder", "alt") if values.get(name)
            ]
        if tag not in self.VOID:
            self.stack.append(other)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]) and data.strip():
            self.texts.append(data.strip())


def vietnamese_outside_vietnamese_marks(html: str) -> list[str]:
    parser = _EnglishText()
    parser.feed(html)
    return [text for text in parser.texts if VIETNAMESE.search(text)]


def test_the_english_text_check_sees_unmarked_vietnamese():
    html = (
        '<html lang="en"><p>Home</p><p lang="vi">Trang chủ <b>mới</b></p><a title="Đóng">x</a><p>Tin tức</p>'
    )
    assert vietnamese_outside_vietnamese_marks(html) == ["Đóng", "Tin tức"]


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/en/", "/en/about/", "/en/news/", "/en/khong-co-trang-nay/"])
def test_english_pages_show_no_vietnamese_outside_what_is_marked_vietnamese(client, bilingual, address):
    """Every label, heading, button and accessible name an English page shows is English; what stays
    Vietnamese (the switcher's «Tiếng Việt», a contact address) is marked lang="vi" for screen readers."""
    response = client.get(address)
    assert response.status_code == (404 if "khong" in address else 200)
    assert vietnamese_outside_vietnamese_marks(response.content.decode()) == []


@pytest.mark.django_db
def test_a_vietnamese_page_shown_for_a_missing_translation_keeps_its_labels_vietnamese(client, bilingual):
    """The untranslated article under /en/: the note and the page around it in English, the article — its
    own labels too («In bài viết», not "Print article") — in Vietnamese under lang="vi"."""
    html = client.get("/en" + bilingual["article"].url).content.decode()
    before, main = html.split("<main", 1)
    main = main.split("</main>", 1)[0]
    assert main.split(">", 1)[0].endswith('lang="vi"')
    assert "In bài viết" in main and "Print article" not in main
    assert "Skip to main content" in before


@pytest.mark.django_db
def test_admin_flags_untranslated_and_outdated_translations(client, bilingual, django_user_model):
    """«Bản dịch tiếng Anh»: a translation whose Vietnamese source is republished is flagged; a section
    under a translated page that has no English version is flagged; the others are current."""
    import datetime as dt

    from wagtail.models import Page

    later = bilingual["intro_en"].last_published_at + dt.timedelta(hours=1)
    Page.objects.filter(pk=bilingual["intro"].pk).update(last_published_at=later)
    untranslated = bilingual["home"].add_child(
        instance=type(bilingual["section"])(title="Đầu tư", slug="dau-tu")
    )
    admin = django_user_model.objects.create_superuser("bientap", "bt@thunghiem.gov.vn", "x")
    client.force_login(admin)
    html = client.get("/quan-tri/ban-dich/en/").content.decode()
    rows = re.findall(
        r'<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*<td class="cong-translation-(\w+)">', html, re.S
    )
    states = {re.sub(r"<[^>]+>", "", source).strip(): state for source, _translation, state in rows}
    assert states["Giới thiệu chung"] == "behind"
    assert states["Đầu tư"] == "missing"
    assert states["Tin tức"] == "current"
    assert f"/quan-tri/translation/submit/page/{untranslated.pk}/" in html  # «Dịch» starts the translation
    assert client.get("/quan-tri/ban-dich/fr/").status_code in (403, 302)


@pytest.mark.django_db
def test_translated_home_keeps_the_groups_and_workflow_of_its_source(portal):
    """The board that edits and approves the Vietnamese portal edits and approves its English copy, through
    the same workflow, without a superuser granting anything."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

    board = Group.objects.create(name="Ban Biên tập thử")
    GroupPagePermission.objects.create(
        group=board, page=portal.home, permission=Permission.objects.get(codename="change_page")
    )
    workflow = Workflow.objects.create(name="Duyệt thử")
    WorkflowPage.objects.create(page=portal.home, workflow=workflow)
    home_en = translate_page(portal.home, "en", title="Home", slug="home-en")
    assert GroupPagePermission.objects.filter(
        group=board, page=home_en, permission__codename="change_page"
    ).exists()
    assert home_en.get_workflow() == workflow


@pytest.mark.django_db
def test_sitemap_lists_the_english_pages(client, bilingual):
    from django.core.cache import cache

    cache.clear()
    xml = client.get("/sitemap-trang.xml").content.decode()
    assert "http://testserver/en/about/" in xml and "http://testserver/gioi-thieu/" in xml


@pytest.mark.django_db
def test_turning_english_off_in_the_profile_removes_the_english_tree(client, bilingual, settings, tmp_path):
    """``i18n.languages`` without "en": the English pages stay in the database (and come back when it is
    turned on again), but no address serves them and no page links them."""
    from cong.core.testing.profiles import override

    assert client.get("/en/about/").status_code == 200
    override(settings, tmp_path, "i18n", 'languages = { value = ["vi"], source = "BK-3.2" }')
    assert client.get("/en/about/").status_code == 404
    assert 'hreflang="en"' not in client.get("/gioi-thieu/").content.decode()
    assert "http://testserver/en/about/" not in client.get("/sitemap-trang.xml").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/en/", "/en/news/", "/en/about/", "untranslated article"])
def test_english_pages_stay_within_the_query_bound(client, bilingual, address):
    """Issue 17's bound holds under /en/ too (the English home is looked up once a request): ≤ 15 queries,
    the Vietnamese article shown for a missing translation included."""
    if address == "untranslated article":
        address = "/en" + bilingual["article"].url
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cong.portal.tests.test_queries import PUBLIC_PAGE_LIMIT

    assert client.get(address).status_code == 200  # warm-up: renditions, fragments
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    assert len(queries) <= PUBLIC_PAGE_LIMIT, f"{address}: {len(queries)} queries"
