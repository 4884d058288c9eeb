"""Public pages run a bounded number of database queries whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cong.portal.tests.factories import make_image

pytestmark = pytest.mark.django_db


def build(portal, total):
    sections = [portal.section(f"Chuyên mục {i}") for i in range(3)]
    child = portal.section("Chuyên mục con", parent=sections[0])
    image = make_image()
    articles = []
    for i in range(total):
        target = [*sections, child][i % 4]
        articles.append(
            portal.article(
                target,
                featured=i % 7 == 0,
                days_ago=i % 30,
                revision=False,
                main_image=image,
                main_image_alt="Ảnh minh họa",
            )
        )
    # The first article sits at the same depth in both rounds: routing costs one query per URL level.
    first = articles[0]
    first.tags.add("thử", "đo")
    first.save()
    return sections[0], first


def count_queries(client, url):
    client.get(url)  # warm up: renditions are created on first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["home", "section", "article", "search", "feed"])
def test_query_count_does_not_grow_with_content(client, django_db_blocker, page):
    from cong.portal.tests.factories import PortalBuilder

    counts = []
    for total in (10, 300):
        # A fresh portal each round; the old one is removed so both rounds start alike.
        from wagtail.models import Page

        Page.objects.filter(depth__gt=1).exclude(slug="home").delete()
        portal = PortalBuilder.create()
        section, article = build(portal, total)
        url = {
            "home": "/",
            "section": section.url,
            "article": article.url,
            "search": "/tim-kiem/?q=noi+dung",
            "feed": "/rss/",
        }[page]
        counts.append(count_queries(client, url))
    assert counts[0] == counts[1], f"{page}: {counts[0]} queries with 10 articles, {counts[1]} with 300"
    assert counts[1] <= query_limit(page)


def query_limit(page: str) -> int:
    """25 a page; the search asks each public register too (its items, and whether it has any), so its
    limit follows the number of registers the apps declare — not the amount of content."""
    from cong.portal.registers import all_registers

    return 25 + (2 * len(all_registers()) if page == "search" else 0)
