"""Journey 5: a crawl of the whole public site and of every member portal — pages, feeds, sitemaps,
robots.txt and the open-data API — answers without a 4xx or 5xx, and every absolute address the portal
writes about itself names the address it is served at. Loopback only, bounded."""

import re
from urllib.parse import urlsplit

import pytest

from .crawl import Crawl

pytestmark = pytest.mark.e2e

START = ("/", "/robots.txt", "/sitemap.xml", "/rss/", "/so-do-trang/", "/api/v1/", "/api/v1/openapi.json")
# Addresses that mean "this portal": loopback names and the demo's <code>.localhost hosts, any port.
SELF = re.compile(r"^https?://(\[::1\]|127\.0\.0\.1|localhost|[a-z0-9-]+\.localhost|testserver)(:\d+)?(/|$)")


@pytest.fixture(scope="module")
def crawl(portal):
    crawl = Crawl(in_scope=lambda url: bool(portal.served_hosts().match(url)))
    for path in START:
        crawl.add(portal.url(path))
    crawl.run()
    linked = {urlsplit(url).hostname for url in crawl.visits}
    # Every member portal is crawled, also one no link leads to (that is reported below).
    for root in portal.member_portals():
        crawl.add(root)
    crawl.run()
    crawl.unlinked_members = [
        root for root in portal.member_portals() if urlsplit(root).hostname not in linked
    ]
    return crawl


def test_every_address_on_every_portal_answers(crawl, portal):
    assert crawl.exhausted, f"the crawl stopped at its bound of {crawl.max_fetches} fetches"
    hosts = {urlsplit(url).hostname for url in crawl.visits}
    assert {urlsplit(root).hostname for root in portal.member_portals()} <= hosts
    failures = [
        f"{visit.status} {visit.url} (linked from {visit.referrer or 'the start'})"
        for visit in crawl.failures()
    ]
    assert failures == [], "\n".join(failures)


def test_every_member_portal_is_linked_from_the_provincial_portal(crawl):
    assert crawl.unlinked_members == []


def test_every_absolute_address_names_the_served_host(crawl, portal):
    wrong = sorted(
        f"{url} (in {sorted(where)[0]}{' and others' if len(where) > 1 else ''})"
        for url, where in crawl.absolute_urls.items()
        if SELF.match(url) and not portal.served_hosts().match(url)
    )
    assert wrong == [], f"{len(wrong)} addresses name another host:\n" + "\n".join(wrong[:40])
