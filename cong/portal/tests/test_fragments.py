"""Fragments kept in the process (cards, menu, register links: ``cong.portal.fragments``) never show stale
content: each is kept under everything it shows, so a publication, a move or a changed picture is a new
fragment at the next request, with the page cache off."""

import re

import pytest
from django.utils import translation
from wagtail.models import Page

from cong.portal import fragments
from cong.portal.tests.factories import make_image, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_fragments():
    fragments.clear()
    yield
    fragments.clear()


def republish(article, **changes):
    for name, value in changes.items():
        setattr(article, name, value)
    article.save_revision(log_action=False).publish(log_action=False)
    article.refresh_from_db()
    return article


def test_a_republished_title_and_lead_show_at_once_on_home_and_section(portal, client):
    section = portal.section("Tin tức")
    article = portal.article(section, title="Tiêu đề cũ", lead="Sapo cũ")
    for url in ("/", section.url):
        assert "Tiêu đề cũ" in client.get(url).content.decode()  # now kept
    republish(article, title="Tiêu đề mới", lead="Sapo mới")
    for url in ("/", section.url):
        html = client.get(url).content.decode()
        assert "Tiêu đề mới" in html and "Sapo mới" in html
        assert "Tiêu đề cũ" not in html and "Sapo cũ" not in html


def test_a_new_picture_or_alt_text_shows_at_once(portal, client):
    section = portal.section("Tin tức")
    first = make_image("Ảnh một", (10, 10, 10))
    article = portal.article(section, title="Bài có ảnh", main_image=first, main_image_alt="Ảnh thứ nhất")
    assert 'alt="Ảnh thứ nhất"' in client.get(section.url).content.decode()
    second = make_image("Ảnh hai", (200, 10, 10))
    republish(article, main_image=second, main_image_alt="Ảnh thứ hai")
    html = client.get(section.url).content.decode()
    assert 'alt="Ảnh thứ hai"' in html and 'alt="Ảnh thứ nhất"' not in html
    assert second.get_rendition("fill-480x300").url in html


def test_a_moved_section_changes_the_card_links_and_the_menu(portal, client):
    news = portal.section("Tin tức")
    archive = portal.section("Lưu trữ")
    inner = portal.section("Mục con", parent=news)
    article = portal.article(inner, title="Bài được chuyển")
    old = article.url
    assert f'href="{old}"' in client.get(inner.url).content.decode()
    Page.objects.get(pk=inner.pk).move(archive, pos="last-child")
    inner.refresh_from_db()
    article.refresh_from_db()
    html = client.get(inner.url).content.decode()
    assert f'href="{article.url}"' in html and f'href="{old}"' not in html


def test_menu_follows_published_renamed_and_unpublished_entries(portal, client):
    news = portal.section("Tin tức")
    home_html = client.get("/").content.decode()
    assert ">Tin tức</a>" in home_html
    news.title = "Tin tức – Sự kiện"
    news.save_revision(log_action=False).publish(log_action=False)
    html = client.get("/").content.decode()
    assert ">Tin tức – Sự kiện</a>" in html and ">Tin tức</a>" not in html
    publish(portal.home, type(news)(title="Mục mới", slug="muc-moi", show_in_menus=True))
    assert ">Mục mới</a>" in client.get("/").content.decode()
    Page.objects.get(slug="muc-moi").unpublish()
    assert ">Mục mới</a>" not in client.get("/").content.decode()


def test_menu_marks_the_current_section_on_each_page(portal, client):
    news = portal.section("Tin tức")
    health = portal.section("Y tế")
    html = client.get(news.url).content.decode()
    assert f'<a href="{news.url}" aria-current="true">' in html
    html = client.get(health.url).content.decode()
    assert f'<a href="{health.url}" aria-current="true">' in html
    assert f'<a href="{news.url}" aria-current="true">' not in html
    assert 'aria-current="page">Trang chủ' in client.get("/").content.decode()


def test_online_services_link_follows_the_site_settings(portal, client):
    portal.section("Tin tức")
    assert "Dịch vụ công trực tuyến" not in client.get("/").content.decode()
    portal.settings.online_services_url = "https://dichvucong.thunghiem.gov.vn/"
    portal.settings.save()
    html = client.get("/").content.decode()
    assert 'href="https://dichvucong.thunghiem.gov.vn/">Dịch vụ công trực tuyến' in html


def test_a_card_is_kept_once_per_language(portal, client):
    """The same page again renders nothing new; the same card in another language (its dates and words)
    is another fragment."""
    section = portal.section("Tin tức")
    portal.article(section, title="Bài song ngữ")
    client.get(section.url)
    kept = len(fragments._fragments)
    client.get(section.url)
    assert len(fragments._fragments) == kept
    with translation.override("vi"):
        vietnamese = fragments.request_key(None)
    with translation.override("en"):
        english = fragments.request_key(None)
    assert vietnamese != english


def test_the_fragment_store_is_bounded(monkeypatch):
    monkeypatch.setattr(fragments, "SIZE", 3)
    for i in range(10):
        assert fragments.memo(("k", i), lambda i=i: f"<p>{i}</p>") == f"<p>{i}</p>"
    assert len(fragments._fragments) == 3
    calls = []
    fragments.memo(("k", 9), lambda: calls.append(1) or "x")
    assert calls == []  # kept: not rendered again


def test_a_republished_body_shows_at_once(portal, client):
    """The article's body is kept rendered (``page_body``); a publication changes its stored value, so the
    reader sees the new text at the next request and never the old one."""
    section = portal.section("Tin tức")
    image = make_image("Ảnh trong bài")
    body = [
        {"type": "paragraph", "value": "<p>Đoạn văn cũ của bài.</p>"},
        {"type": "image", "value": {"image": image.pk, "alt": "Ảnh cũ", "caption": "", "credit": ""}},
    ]
    article = portal.article(section, title="Bài có thân", body=body)
    assert "Đoạn văn cũ của bài." in client.get(article.url).content.decode()  # now kept
    assert fragments._bodies
    republish(
        article,
        body=[
            {"type": "paragraph", "value": "<p>Đoạn văn mới của bài.</p>"},
            {"type": "image", "value": {"image": image.pk, "alt": "Ảnh mới", "caption": "", "credit": ""}},
        ],
    )
    html = client.get(article.url).content.decode()
    assert "Đoạn văn mới của bài." in html and 'alt="Ảnh mới"' in html
    assert "Đoạn văn cũ của bài." not in html and 'alt="Ảnh cũ"' not in html


def test_an_intro_page_body_follows_its_publication(portal, client):
    intro = portal.intro("Giới thiệu", body=[{"type": "paragraph", "value": "<p>Lịch sử cũ.</p>"}])
    assert "Lịch sử cũ." in client.get(intro.url).content.decode()
    intro.body = [{"type": "paragraph", "value": "<p>Lịch sử mới.</p>"}]
    intro.save_revision(log_action=False).publish(log_action=False)
    html = client.get(intro.url).content.decode()
    assert "Lịch sử mới." in html and "Lịch sử cũ." not in html


def test_a_link_in_the_body_follows_the_linked_page_moving(portal, client):
    """What the body shows of another page (a rich-text link's address) is part of its key: moving the
    linked page changes the link at once, the body itself unchanged."""
    news = portal.section("Tin tức")
    archive = portal.section("Lưu trữ")
    target = portal.section("Mục được nhắc", parent=news)
    link = f'<p>Xem <a linktype="page" id="{target.pk}">mục này</a>.</p>'
    article = portal.article(news, title="Bài có liên kết", body=[{"type": "paragraph", "value": link}])
    old = target.url
    assert f'href="{old}"' in client.get(article.url).content.decode()
    Page.objects.get(pk=target.pk).move(archive, pos="last-child")
    target.refresh_from_db()
    html = client.get(article.url).content.decode()
    assert f'href="{target.url}"' in html and f'href="{old}"' not in html


def test_a_changed_document_title_shows_in_the_body_at_once(portal, client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Báo cáo cũ")
    document.file.save("bao-cao.pdf", ContentFile(b"%PDF-1.4 thu"), save=False)
    document.save()
    section = portal.section("Tin tức")
    body = [{"type": "document", "value": {"document": document.pk, "title": ""}}]
    article = portal.article(section, title="Bài có tài liệu", body=body)
    assert "Báo cáo cũ" in client.get(article.url).content.decode()
    document.title = "Báo cáo mới"
    document.save()
    html = client.get(article.url).content.decode()
    assert "Báo cáo mới" in html and "Báo cáo cũ" not in html


def test_header_and_footer_follow_the_portal_settings(portal, client):
    """The header and the footer are kept as fragments under the portal's settings: a saved change shows at
    the next request."""
    assert "0123 456 789" not in client.get("/").content.decode()
    portal.settings.phone = "0123 456 789"
    portal.settings.agency_name = "Ủy ban nhân dân tỉnh Đổi Mới"
    portal.settings.save()
    html = client.get("/").content.decode()
    assert "0123 456 789" in html and "Ủy ban nhân dân tỉnh Đổi Mới" in html


def test_menu_read_with_the_routing_follows_entries_on_a_deep_page(portal, client):
    """Below the home page the menu's entries come from the routing's query: a renamed, a new and an
    unpublished entry show at once on an article too, and the entry above the article is the current one."""
    news = portal.section("Tin tức", slug="tin-tuc")
    article = portal.article(news, title="Bài trong mục")
    assert '<a href="/tin-tuc/" aria-current="true">Tin tức</a>' in client.get(article.url).content.decode()
    news.title = "Tin tức – Sự kiện"
    news.save_revision(log_action=False).publish(log_action=False)
    publish(portal.home, type(news)(title="Mục mới", slug="muc-moi", show_in_menus=True))
    html = client.get(article.url).content.decode()
    assert ">Tin tức – Sự kiện</a>" in html and ">Tin tức</a>" not in html and ">Mục mới</a>" in html
    Page.objects.get(slug="muc-moi").unpublish()
    assert ">Mục mới</a>" not in client.get(article.url).content.decode()


def test_the_search_box_shows_each_search_escaped(portal, client):
    """The header is kept as a fragment, but not the search box's words: each search shows its own, escaped."""
    first = client.get("/tim-kiem/", {"q": '<b>"thủ tục"</b>'}).content.decode()
    assert 'value="&lt;b&gt;&quot;thủ tục&quot;&lt;/b&gt;"' in first
    second = client.get("/tim-kiem/", {"q": "đất đai"}).content.decode()
    assert 'value="đất đai"' in second and "thủ tục&quot;" not in second.split("</header>")[0]


def test_home_content_follows_its_sections_and_their_latest_items(portal, client):
    """The home page's content is kept whole (``home_content``): a renamed section, a new article in it, a
    section taken off the home page and a new featured item show at the next request."""
    news = portal.section("Tin tức")
    health = portal.section("Y tế")
    portal.article(news, title="Bài cũ của Tin tức")
    html = client.get("/").content.decode()
    assert ">Tin tức</a></h2>" in html and ">Y tế</a></h2>" in html
    news.title = "Tin tức – Sự kiện"
    news.save_revision(log_action=False).publish(log_action=False)
    portal.article(news, title="Bài mới của Tin tức")
    html = client.get("/").content.decode()
    assert ">Tin tức – Sự kiện</a></h2>" in html and ">Tin tức</a></h2>" not in html
    assert "Bài mới của Tin tức" in html
    health.show_on_home = False
    health.save_revision(log_action=False).publish(log_action=False)
    portal.article(news, title="Tin nổi bật mới", featured=True)
    html = client.get("/").content.decode()
    assert ">Y tế</a></h2>" not in html
    assert re.search(r'class="featured__title"><a href="[^"]+">Tin nổi bật mới</a>', html)


def test_home_content_follows_the_portal_name_and_the_register_links(portal, client):
    """The home's heading (the portal's name) and its register links are part of its key: a renamed portal
    and a register linked once it has a published record (schedules: one statement for the three
    switches) show at once, on the home page and in every page's footer."""
    from cong.schedules.registers import required_registers
    from cong.schedules.tests.factories import invitation

    portal.section("Tin tức")
    assert "giay-moi-hop" not in required_registers()  # the test profile: linked once it has a record
    html = client.get("/").content.decode()
    assert 'href="/giay-moi-hop/"' not in html
    portal.settings.portal_name = "Cổng Thông tin điện tử tỉnh Thử Nghiệm Mới"
    portal.settings.save()
    invitation()
    html = client.get("/").content.decode()
    assert '<h1 class="visually-hidden">Cổng Thông tin điện tử tỉnh Thử Nghiệm Mới</h1>' in html
    assert html.count('href="/giay-moi-hop/"') == 2  # the home's register links and the footer's


def test_a_preview_shows_the_revision_s_keywords_and_topics(portal, client):
    """The published page's keywords and topics are read from the database; a preview's, from the
    revision being previewed (not saved yet)."""
    section = portal.section("Tin tức")
    topic = portal.topic("Chuyển đổi số")
    article = portal.article(section, title="Bài có từ khóa")
    article.tags.add("đã đăng")
    article.save_revision(log_action=False).publish(log_action=False)
    assert ">đã đăng</span>" in client.get(article.url).content.decode()
    draft = article.get_latest_revision_as_object()
    draft.tags.add("chưa đăng")  # in the revision's cluster only
    draft.topics.add(topic)
    html = draft.make_preview_request().content.decode()
    assert ">chưa đăng</span>" in html and f">{topic.title}</a>" in html
    html = client.get(article.url).content.decode()
    assert ">chưa đăng</span>" not in html and f">{topic.title}</a>" not in html
