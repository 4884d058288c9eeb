"""Fragments kept in the process (cards, menu, register links: ``cong.portal.fragments``) never show stale
content: each is kept under everything it shows, so a publication, a move or a changed picture is a new
fragment at the next request, with the page cache off."""

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
