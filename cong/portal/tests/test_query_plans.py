"""Public pages find their rows through indexes, so they cost about the same at 100,000 articles as at a
hundred (issue 17): no statement of the home, a section, an article or a topic reads every page or every
article. SQLite's plans: without ``ANALYZE`` statistics (Cổng runs none) its planner decides from the
statement and the indexes alone, so the plan seen here on a small portal is the plan at any size.

The tree conditions written as path ranges (``under``) find the same pages as Wagtail's ``LIKE``, and the
home page's lists are the ones Wagtail's tree queries give."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cong.portal.models import ArticlePage, HomePage
from cong.portal.models.pages import under
from cong.portal.tests.test_queries import build_round, urls

pytestmark = pytest.mark.django_db

# Tables that grow with the articles: a statement may read them only through an index, for rows equal to a
# value or within a range bounded on both sides (``path>? AND path<?``) — not every row, nor every row past
# one bound (``depth>?``: every page below the home), nor every page of a depth (``depth=?``: every article
# of the site) — or along the index of the articles' date, newest first, which a ``LIMIT`` stops.
GROWING = ("wagtailcore_page", "portal_contentpage", "portal_articlepage", "portal_articlepage_topics")
TABLE = rf"\b({'|'.join(GROWING)})\b"
FULL_SCAN = re.compile(rf"\bSCAN {TABLE}(?! USING (COVERING )?INDEX portal_articlepage_published_at)")
ONE_SIDED = re.compile(rf"\bSEARCH {TABLE} USING (COVERING )?INDEX \w+ \((\w+[<>]=?\?|depth=\?)\)")


def plans(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    result = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
            result.append((query["sql"], [row[-1] for row in cursor.fetchall()]))
    return result


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plans")
@pytest.mark.parametrize("page", ["home", "section", "subsection", "article", "topic"])
def test_public_pages_read_no_growing_table_whole(client, page):
    url = urls(*build_round(40))[page]
    found = plans(client, url)
    for sql, plan in found:
        scans = [line for line in plan if FULL_SCAN.search(line) or ONE_SIDED.search(line)]
        if any("portal_articlepage_published_at" in line for line in plan):
            assert re.search(r"LIMIT \d+( OFFSET \d+)?$", sql), sql
        assert not scans, f"{page}: {scans} in\n{sql}"
    if page != "home":
        # The pages on the way are found by their address (``cong_page_url_path``), not by reading the tree.
        walk = [plan for sql, plan in found if '"wagtailcore_page"."url_path" IN' in sql]
        assert walk and any("cong_page_url_path" in line for line in walk[0]), walk


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plans")
def test_home_newest_articles_read_along_their_date_without_sorting(client):
    """The home's featured and latest items: the newest articles read in date order until there are
    enough, not every article of the site sorted."""
    build_round(40)
    found = plans(client, "/")
    newest = [
        plan
        for sql, plan in found
        if sql.startswith('SELECT "portal_articlepage"."contentpage_ptr_id"') and sql.endswith("DESC LIMIT 5")
    ]
    assert len(newest) == 2, "\n".join(sql[:80] + " … " + sql[-60:] for sql, _plan in found)
    for plan in newest:
        assert any("portal_articlepage_published_at" in line for line in plan), plan
        assert not any("TEMP B-TREE" in line for line in plan), plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plans")
@pytest.mark.parametrize("page", ["1", "last"])
def test_a_section_counted_in_the_type_index_its_pages_walked_along_the_dates(client, settings, page):
    """A section holding most articles (here all 40, at 100,000 articles 12,500 of them): its count read in the
    pages' type-and-path index alone, its sub-sections there too (not every child read), its first page newest
    first and its last page oldest first along the date index, unsorted; an article's related ones alike."""
    settings.CONG_PAGE_SIZE = 12
    portal, section, article, *_ = build_round(40)
    number = (
        "1" if page == "1" else str((ArticlePage.objects.live().descendant_of(section).count() + 11) // 12)
    )
    found = plans(client, f"{section.url}?page={number}")
    count = [plan for sql, plan in found if sql.startswith("SELECT COUNT(*)")]
    assert count == [["SEARCH wagtailcore_page USING COVERING INDEX cong_page_type_path "
                      "(content_type_id=? AND path>? AND path<?)"]]  # fmt: skip
    subsections = [plan for sql, plan in found if sql.startswith('SELECT "wagtailcore_page"."id"') and
                   '"portal_sectionpage"' in sql and '"depth" = ' in sql]  # fmt: skip
    assert any("cong_page_type_path" in line for line in subsections[-1]), subsections
    listing = [
        plan
        for sql, plan in found
        if sql.startswith('SELECT "portal_articlepage"."contentpage_ptr_id" AS "pk"')
    ]
    assert len(listing) == 1, found
    assert any("portal_articlepage_published_at" in line for line in listing[0]), listing
    assert not any("TEMP B-TREE" in line for line in listing[0]), listing
    related = [plan for sql, plan in plans(client, article.url) if sql.endswith("LIMIT 4")]
    assert len(related) == 1 and any("portal_articlepage_published_at" in line for line in related[0]), (
        related
    )
    assert not any("TEMP B-TREE" in line for line in related[0]), related


def test_path_ranges_find_what_wagtail_finds():
    build_round(12)
    for page in Page.objects.all():
        assert set(Page.objects.filter(under(page.path)).values_list("pk", flat=True)) == set(
            Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True)
        )


@pytest.mark.parametrize("whole_site", [True, False])
def test_home_lists_are_wagtails_newest_articles(whole_site):
    portal, section, *_ = build_round(60)
    home = HomePage.objects.get(pk=portal.home.pk)
    featured, latest, blocks = home.home_lists(whole_site)
    articles = ArticlePage.objects.live().descendant_of(home)

    def expected(queryset, count):
        return list(queryset.order_by("-published_at", "-id").values_list("pk", flat=True)[:count])

    assert [row.pk for row in featured] == expected(articles.filter(featured=True), home.FEATURED_COUNT)
    assert [row.pk for row in latest] == expected(articles, home.FEATURED_COUNT)
    assert len(blocks) == 3
    for block_section, rows in blocks:
        page = Page.objects.get(pk=block_section.pk)
        assert [row.pk for row in rows] == expected(
            ArticlePage.objects.live().descendant_of(page), home.LATEST_PER_SECTION
        )
        assert rows  # every section of this portal has articles, its sub-section's included
