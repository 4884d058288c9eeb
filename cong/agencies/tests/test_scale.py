"""A member editor's and the board's admin stay fast with many member portals: the page explorer, the
dashboard and the page chooser run the same number of queries with 3 or 20 portals (each with its own
groups, collection, pages and an item waiting in the moderators' workflow). benchmarks/admin_portals.py
times the same pages with 150 portals."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cong.agencies.models import Agency
from cong.agencies.portals import create_member_portal, member_groups
from cong.editorial.roles import BOARD_LEADER
from cong.editorial.setup import setup_editorial
from cong.editorial.tests.newsroom import make_user
from cong.portal.models import ArticlePage, SectionPage

pytestmark = pytest.mark.django_db


def add_portals(start, stop):
    for i in range(start, stop):
        agency = Agency.objects.create(name=f"Sở thử nghiệm {i:02d}", code=f"so{i:02d}")
        site = create_member_portal(agency, hostname=f"so{i:02d}.thunghiem.gov.vn")
        news = SectionPage(title="Tin tức", slug="tin-tuc")
        site.root_page.add_child(instance=news)
        author = make_user(f"tacgia_so{i:02d}")
        waiting = ArticlePage(
            title=f"Tin chờ duyệt {i}", slug="cho-duyet", lead="Chờ duyệt.", live=False, owner=author
        )
        news.add_child(instance=waiting)
        waiting.save_revision()
        waiting.get_workflow().start(waiting, None)


def queries(client, url):
    client.get(url)  # warm caches the same way for both rounds
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_admin_queries_do_not_grow_with_portals(portal, client):
    setup_editorial()
    add_portals(0, 3)
    agency = Agency.objects.get(code="so00")
    editor = make_user("bientap_so00", [member_groups(agency)["update"]], agency=agency)
    board = make_user("truongban", [Group.objects.get(name=BOARD_LEADER.group_name)])
    home_id = agency.site.root_page_id
    # /quan-tri/pages/ sends a member editor straight to their portal's home: the explorer below.
    client.force_login(editor)
    assert client.get("/quan-tri/pages/")["Location"] == f"/quan-tri/pages/{home_id}/"
    pages = {
        editor: ["/quan-tri/", f"/quan-tri/pages/{home_id}/", "/quan-tri/choose-page/"],
        # The chooser's first screen lists every portal's home page (25 a page).
        board: ["/quan-tri/", f"/quan-tri/pages/{portal.home.pk}/", "/quan-tri/choose-page/"],
    }

    def counts():
        found = {}
        for user, urls in pages.items():
            client.force_login(user)
            found |= {(user.username, url): queries(client, url) for url in urls}
        return found

    few = counts()
    add_portals(3, 20)
    many = counts()
    assert few == many, {key: (few[key], many[key]) for key in few}


def test_a_member_editor_filters_the_explorer_by_their_own_portal_only(portal, client):
    """The explorer's filters offer the editor's own site and its authors, not the other portals' (which
    Wagtail would list by the hundred, naming other agencies' staff)."""
    setup_editorial()
    add_portals(0, 4)
    agency = Agency.objects.get(code="so00")
    client.force_login(make_user("bientap_so00", [member_groups(agency)["update"]], agency=agency))
    page = client.get(f"/quan-tri/pages/{agency.site.root_page_id}/").content.decode()
    assert "Sở thử nghiệm 00" in page and "tacgia_so00" in page
    assert "Sở thử nghiệm 01" not in page and "tacgia_so01" not in page
    assert "so03.thunghiem.gov.vn" not in page and "tacgia_so03" not in page
    own_site = agency.site_id
    filtered = client.get(f"/quan-tri/pages/{agency.site.root_page_id}/?site={own_site}")
    assert filtered.status_code == 200 and "Tin tức" in filtered.content.decode()
