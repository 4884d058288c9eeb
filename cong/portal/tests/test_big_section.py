"""A section holding many articles (issue 17: "Tin tức – Sự kiện" with tens of thousands): its pages show the
newest articles first, every one of them reachable page by page, its sub-sections and its pager right,
whichever way the rows are read (``SectionListing``: along the date index newest or oldest first, or found
by their path and sorted); an article's related ones likewise."""

import re

import pytest
from django.utils import timezone
from wagtail.models import Page

from cong.portal.models import ArticlePage, SectionPage
from cong.portal.models import pages as page_models
from cong.portal.models.pages import SectionListing

pytestmark = pytest.mark.django_db

WAYS = ["newest", "oldest", "sorted"]
CARD_TITLE = re.compile(r'class="card__title"><a href="[^"]*">([^<]*)</a>')


@pytest.fixture
def newsroom_section(portal, settings):
    """ "Tin tức – Sự kiện": 17 articles of its own, 6 in its sub-section "Tin trong tỉnh" (one of them below
    a sub-sub-section), a draft sub-section and a draft article; two articles published at the same second.
    Another section holds 3 articles."""
    settings.CONG_PAGE_SIZE = 5
    news = portal.section("Tin tức – Sự kiện", slug="tin-tuc-su-kien")
    local = portal.section("Tin trong tỉnh", parent=news, slug="tin-trong-tinh")
    deeper = portal.section("Tin huyện", parent=local, slug="tin-huyen")
    draft = portal.section("Chuyên mục nháp", parent=news, slug="nhap")
    draft.unpublish()
    other = portal.section("Văn bản", slug="van-ban")
    for i in range(17):
        portal.article(news, title=f"Tin chung {i}", days_ago=i, revision=False)
    for i in range(5):
        portal.article(local, title=f"Tin tỉnh {i}", days_ago=i, revision=False)
    portal.article(deeper, title="Tin huyện 0", days_ago=3, revision=False)
    for i in range(3):
        portal.article(other, title=f"Văn bản {i}", days_ago=i, revision=False)
    hidden = portal.article(news, title="Tin chưa đăng", revision=False)
    hidden.unpublish()
    # Two articles of the same second: ordered by id, newest id first, every way.
    same = ArticlePage.objects.get(title="Tin chung 5").published_at
    ArticlePage.objects.filter(title="Tin tỉnh 2").update(published_at=same)
    return news, local


def expected_titles(section):
    return list(
        ArticlePage.objects.live()
        .descendant_of(section)
        .order_by("-published_at", "-id")
        .values_list("title", flat=True)
    )


def shown(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return CARD_TITLE.findall(html), html


@pytest.mark.parametrize("way", WAYS)
def test_every_article_of_a_section_shows_once_newest_first_page_by_page(
    client, newsroom_section, monkeypatch, way
):
    news, _local = newsroom_section
    monkeypatch.setattr(SectionListing, "way", lambda self, start, stop: way)
    titles = expected_titles(news)
    assert len(titles) == 23
    pages = (len(titles) + 4) // 5
    seen = []
    for number in range(1, pages + 1):
        found, html = shown(client, f"{news.url}?page={number}")
        assert found == titles[(number - 1) * 5 : number * 5], f"page {number}"
        assert f"Trang {number}/{pages}" in html
        seen += found
    assert seen == titles
    assert "Tin chưa đăng" not in seen and "Văn bản 0" not in seen
    assert client.get(f"{news.url}?page={pages + 1}").status_code == 404


def test_sub_sections_listed_live_and_direct_only(client, newsroom_section):
    news, local = newsroom_section
    _found, html = shown(client, news.url)
    nav = html.split('class="subsections"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r"<a [^>]*>([^<]*)</a>", nav) == ["Tin trong tỉnh"]
    _found, html = shown(client, local.url)
    nav = html.split('class="subsections"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r"<a [^>]*>([^<]*)</a>", nav) == ["Tin huyện"]


def test_a_large_section_is_walked_along_the_dates_a_small_one_sorted(newsroom_section, monkeypatch):
    news, local = newsroom_section
    if not page_models.on_sqlite():
        # PostgreSQL's planner chooses, but a late page is read from the oldest end.
        assert SectionListing(news).way(0, 5) == "sorted"
        assert SectionListing(news).way(20, 23) == "oldest"
        return
    # 23 articles among ~35 pages: page 1 newest first, the last page oldest first.
    monkeypatch.setattr(page_models, "pages_estimate", Page.objects.count)
    listing = SectionListing(news)
    assert listing.count() == 23
    assert listing.way(0, 5) == "newest"
    assert listing.way(20, 23) == "oldest"
    # The same 6 articles among a million pages: fewer to sort than to pass on the way.
    monkeypatch.setattr(page_models, "pages_estimate", lambda: 1_000_000)
    assert SectionListing(local).way(0, 5) == "sorted"


@pytest.mark.parametrize("way", WAYS)
def test_a_new_article_shows_at_once_and_an_unpublished_one_goes(client, newsroom_section, monkeypatch, way):
    news, local = newsroom_section
    monkeypatch.setattr(SectionListing, "way", lambda self, start, stop: way)
    client.get(news.url)  # the statements compiled before the change
    fresh = ArticlePage(title="Tin mới đăng", slug="tin-moi-dang", lead="Sapo.", published_at=timezone.now())
    local.add_child(instance=fresh)
    fresh.save_revision(log_action=False).publish(log_action=False)
    found, html = shown(client, news.url)
    assert found[0] == "Tin mới đăng"
    assert "Trang 1/5" in html  # 24 articles
    last, _html = shown(client, f"{news.url}?page=5")
    assert last == expected_titles(news)[20:]
    fresh.unpublish()
    oldest = ArticlePage.objects.get(title="Tin chung 16")
    oldest.unpublish()
    found, html = shown(client, news.url)
    assert "Tin mới đăng" not in found and found == expected_titles(news)[:5]
    assert "Trang 1/5" in html  # 22 articles
    last, _html = shown(client, f"{news.url}?page=5")
    assert last == expected_titles(news)[20:] and "Tin chung 16" not in last


@pytest.mark.parametrize("estimate", [10, 1_000_000])
def test_related_articles_are_the_newest_siblings(client, newsroom_section, monkeypatch, estimate):
    """Read along the dates (few pages: the section is a large share) or sorted (many): the same four."""
    news, _local = newsroom_section
    monkeypatch.setattr(page_models, "pages_estimate", lambda: estimate)
    article = ArticlePage.objects.get(title="Tin chung 1")
    siblings = list(
        ArticlePage.objects.live()
        .child_of(news)
        .exclude(pk=article.pk)
        .order_by("-published_at", "-id")
        .values_list("title", flat=True)[:4]
    )
    assert siblings == ["Tin chung 0", "Tin chung 2", "Tin chung 3", "Tin chung 4"]
    found, _html = shown(client, article.url)
    assert found == siblings


def test_section_count_is_its_live_articles(newsroom_section):
    news, local = newsroom_section
    for section in (news, local, SectionPage.objects.get(slug="van-ban")):
        assert SectionListing(section).count() == ArticlePage.objects.live().descendant_of(section).count()
