"""The home page routes a deep address in a fixed number of queries (``HomePage.route``), and answers every
address as Wagtail's own walk down the tree would: the page, a section's own routes first, 404."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def nested(portal, levels):
    section = portal.section("Tin tức")
    for i in range(levels - 1):
        section = portal.section(f"Cấp {i}", parent=section)
    return section, portal.article(section, title=f"Bài ở cấp {levels}")


def routed(request_factory, portal, url):
    request = request_factory.get(url)
    components = [c for c in url.split("/") if c]
    return portal.home.specific.route(request, components)


def test_deep_article_is_served_at_its_address(portal, client):
    section, article = nested(portal, 4)
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Bài ở cấp 4" in response.content.decode()
    assert client.get(section.url).status_code == 200


def test_routing_costs_the_same_queries_at_any_depth(portal, rf):
    counts = []
    for levels in (2, 5):
        _, article = nested(portal, levels)
        routed(rf, portal, article.url)  # content types are cached after the first request
        with CaptureQueriesContext(connection) as queries:
            page, args, kwargs = routed(rf, portal, article.url)
        assert page.pk == article.pk
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 3


def test_sections_own_feed_wins_over_a_child_page_with_the_same_slug(portal, client):
    """Wagtail asks a routable page for its own routes before its children: a sub-section whose slug is
    ``rss`` does not hide its parent's feed, and pages below it are still reached."""
    news = portal.section("Tin tức")
    clash = portal.section("Trùng tên", parent=news, slug="rss")
    below = portal.article(clash, title="Bài dưới mục trùng tên")
    feed = client.get(f"{news.url}rss/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/rss+xml")
    page = client.get(below.url)
    assert page.status_code == 200 and "Bài dưới mục trùng tên" in page.content.decode()


def test_unpublished_article_and_unknown_addresses_are_404(portal, client):
    section, article = nested(portal, 3)
    article.unpublish()
    assert client.get(article.url_path.replace(portal.home.url_path, "/")).status_code == 404
    assert client.get(f"{section.url}khong-co/").status_code == 404
    assert client.get(f"{section.url}khong-co/con-nua/").status_code == 404


def test_a_moved_article_answers_at_its_new_address(portal, client):
    first = portal.section("Mục một")
    first_child = portal.section("Mục con", parent=first)
    second = portal.section("Mục hai")
    second_child = portal.section("Mục con hai", parent=second)
    article = portal.article(first_child, title="Bài được chuyển")
    old = article.url
    Page.objects.get(pk=article.pk).move(second_child, pos="last-child")
    article.refresh_from_db()
    assert article.url != old
    assert "Bài được chuyển" in client.get(article.url).content.decode()
    # The old address is no page any more: Wagtail's automatic redirect sends readers to the new one.
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == article.url


@pytest.mark.parametrize("restricted", ["root", "home", "section", "subsection", "article"])
def test_a_private_page_or_ancestor_still_hides_the_article(portal, client, restricted):
    """The view restrictions of the page and every ancestor apply (ContentPage.get_view_restrictions reads
    them by the ancestors' paths when the routing found the ancestors)."""
    from wagtail.models import PageViewRestriction

    section = portal.section("Tin tức")
    sub = portal.section("Mục con", parent=section)
    article = portal.article(sub, title="Bài nội bộ")
    assert "Bài nội bộ" in client.get(article.url).content.decode()
    root = Page.objects.get(depth=1)
    target = {"root": root, "home": portal.home, "section": section, "subsection": sub, "article": article}[
        restricted
    ]
    PageViewRestriction.objects.create(page=target, restriction_type=PageViewRestriction.LOGIN)
    for url in (article.url, sub.url):
        response = client.get(url)
        if restricted == "article" and url == sub.url:
            assert response.status_code == 200
            continue
        assert response.status_code == 302 and "Bài nội bộ" not in response.content.decode()


def test_the_site_found_for_a_request_is_wagtails(portal, rf):
    """``languages.find_site`` ranks the candidate sites in Python: for every host and port it answers
    what Wagtail's ``get_site_for_hostname`` answers."""
    from django.test import override_settings
    from wagtail.models import Site
    from wagtail.models.sites import get_site_for_hostname

    from cong.portal.languages import find_site

    root = portal.home
    Site.objects.create(hostname="a.example.vn", port=80, root_page=root, site_name="A 80")
    Site.objects.create(hostname="a.example.vn", port=8080, root_page=root, site_name="A 8080")
    Site.objects.create(hostname="b.example.vn", port=443, root_page=root, site_name="B 443")
    default = Site.objects.get(is_default_site=True)
    cases = [("a.example.vn", 80), ("a.example.vn", 8080), ("a.example.vn", 9000), ("b.example.vn", 80),
             ("b.example.vn", 443), ("c.example.vn", 80), (default.hostname, default.port)]  # fmt: skip
    with override_settings(ALLOWED_HOSTS=["*"]):
        for hostname, port in cases:
            request = rf.get("/", HTTP_HOST=f"{hostname}:{port}", SERVER_PORT=str(port))
            try:
                expected = get_site_for_hostname(hostname, str(port))
            except Site.DoesNotExist:
                expected = None
            assert find_site(request) == expected, (hostname, port)
    Site.objects.filter(pk=default.pk).update(is_default_site=False)
    with override_settings(ALLOWED_HOSTS=["*"]):
        for hostname, port in [("a.example.vn", 9000), ("c.example.vn", 80), ("b.example.vn", 80)]:
            request = rf.get("/", HTTP_HOST=f"{hostname}:{port}", SERVER_PORT=str(port))
            try:
                expected = get_site_for_hostname(hostname, str(port))
            except Site.DoesNotExist:
                expected = None
            assert find_site(request) == expected, (hostname, port, "no default")
