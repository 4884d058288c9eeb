"""A member editor's admin stays fast with many member portals: the page explorer and the dashboard run
the same number of queries with 3 or 30 portals (each with its own groups, collection and workflow)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cong.agencies.models import Agency
from cong.agencies.portals import create_member_portal, member_groups
from cong.editorial.setup import setup_editorial
from cong.editorial.tests.newsroom import make_user

pytestmark = pytest.mark.django_db


def add_portals(start, stop):
    for i in range(start, stop):
        agency = Agency.objects.create(name=f"Sở thử nghiệm {i:02d}", code=f"so{i:02d}")
        create_member_portal(agency, hostname=f"so{i:02d}.thunghiem.gov.vn")


def queries(client, url):
    client.get(url)  # warm caches the same way for both rounds
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_member_editor_admin_queries_do_not_grow_with_portals(portal, client):
    setup_editorial()
    add_portals(0, 3)
    agency = Agency.objects.get(code="so00")
    editor = make_user("bientap_so00", [member_groups(agency)["update"]], agency=agency)
    client.force_login(editor)
    home_id = agency.site.root_page_id
    # /quan-tri/pages/ sends a member editor straight to their portal's home: the explorer below.
    urls = ["/quan-tri/", f"/quan-tri/pages/{home_id}/"]
    assert client.get("/quan-tri/pages/")["Location"] == f"/quan-tri/pages/{home_id}/"
    few = [queries(client, url) for url in urls]
    add_portals(3, 30)
    many = [queries(client, url) for url in urls]
    assert few == many, dict(zip(urls, zip(few, many, strict=True), strict=True))
