"""Every public list and detail page of the projects app runs as many queries with 300 records as with 10:
the lists with their filter options and agency filter, the detail pages with 300 notices of a project or
300 rows of a budget table, on the provincial portal and on a member portal, and the API lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from cong.agencies.models import Agency

from .factories import (
    bulk_budget,
    bulk_notices,
    bulk_plans,
    bulk_projects,
    make_budget,
    make_notice,
    make_plan,
    make_project,
)

pytestmark = pytest.mark.django_db

LIST_QUERY_BOUND = 25


def count_queries(client, url: str, **extra) -> int:
    client.get(url, **extra)  # fills the per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


@pytest.fixture
def agencies(portal):
    return [Agency.objects.create(code=f"so{i}", name=f"Sở thứ {i}") for i in range(3)]


LISTS = [
    ("/du-an/", bulk_projects),
    ("/du-an/?status=ongoing&field=Y+t%E1%BA%BF&q=du+an", bulk_projects),
    ("/dau-thau/", bulk_notices),
    ("/quy-hoach-ke-hoach/?kind=land_use", bulk_plans),
    ("/ngan-sach/", lambda n, agencies: bulk_budget(n)),
    ("/ngan-sach/?year=2021", lambda n, agencies: bulk_budget(n)),
    ("/du-an/rss/", bulk_projects),
    ("/dau-thau/rss/", bulk_notices),
    ("/api/v1/projects/", bulk_projects),
    ("/api/v1/procurement/", bulk_notices),
    ("/api/v1/plans/", bulk_plans),
    ("/api/v1/budget/", lambda n, agencies: bulk_budget(n)),
]


@pytest.mark.parametrize(("url", "build"), LISTS, ids=[url for url, _ in LISTS])
def test_lists_do_not_grow_with_records(client, agencies, url, build):
    build(10, agencies=agencies)
    at_10 = count_queries(client, url)
    build(290, agencies=agencies)
    at_300 = count_queries(client, url)
    print(f"{url}: {at_10} queries at 10 records, {at_300} at 300")
    assert at_300 == at_10, (at_10, at_300)
    assert at_10 <= LIST_QUERY_BOUND, at_10


def test_member_portal_lists_do_not_grow_with_records(client, agencies, settings):
    settings.ALLOWED_HOSTS = [".hoason.gov.vn", "testserver"]
    site = Site.objects.create(hostname="so0.hoason.gov.vn", port=80, root_page=Page.get_first_root_node())
    Agency.objects.filter(code="so0").update(site=site)
    host = {"HTTP_HOST": "so0.hoason.gov.vn"}
    for url, build in (
        ("/du-an/", bulk_projects),
        ("/dau-thau/", bulk_notices),
        ("/quy-hoach-ke-hoach/", bulk_plans),
    ):
        build(10, agencies=agencies)
        at_10 = count_queries(client, url, **host)
        build(290, agencies=agencies)
        at_300 = count_queries(client, url, **host)
        print(f"member portal {url}: {at_10} queries at 10 records, {at_300} at 300")
        assert at_300 == at_10, (url, at_10, at_300)


def test_detail_pages_do_not_grow_with_related_records(client, agencies):
    from cong.legal.tests.factories import make_document

    project = make_project(agency=agencies[0])
    plan = make_plan(approval_number="", approving_document=make_document(number="5/QĐ-UBND"))
    budget = make_budget(rows=[(str(i), f"Khoản {i}", i) for i in range(10)])
    notice = make_notice(project=project)
    urls = [project.get_absolute_url(), plan.get_absolute_url(), budget.get_absolute_url(),
            notice.get_absolute_url(), f"/api/v1/projects/{project.pk}/", f"/api/v1/budget/{budget.pk}/"]  # fmt: skip
    bulk_notices(9, project=project)
    at_10 = [count_queries(client, url) for url in urls]
    bulk_notices(290, project=project)
    bulk_projects(300, agencies=agencies)
    bulk_plans(300)
    from cong.projects.actions import import_budget_table

    table = "item,amount\n" + "".join(f"Khoản {i},{i}.000\n" for i in range(300))
    import_budget_table(budget, table.encode(), acting_user=None)
    at_300 = [count_queries(client, url) for url in urls]
    page = client.get(budget.get_absolute_url()).content.decode()
    assert "Khoản 299" in page and "299.000" in page
    assert client.get(project.get_absolute_url()).content.decode().count('href="/dau-thau/') >= 300
    print(f"detail pages {urls}: {at_10} queries at 10 related records, {at_300} at 300")
    assert at_300 == at_10, (at_10, at_300)


def test_admin_lists_do_not_grow_with_records(client, agencies, django_user_model):
    """The admin lists (RegisterViewSet, with the posting column on projects and plans, and the listing
    buttons from ``available_actions``) at 10 and 300 records."""
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    lists = (("/quan-tri/snippets/projects/budgetdocument/", lambda n, agencies: bulk_budget(n)),
             ("/quan-tri/snippets/projects/project/", bulk_projects),
             ("/quan-tri/snippets/projects/plan/", lambda n, agencies: bulk_plans(n)))  # fmt: skip
    for url, build in lists:
        build(10, agencies=agencies)
        at_10 = count_queries(client, url)
        build(290, agencies=agencies)
        at_300 = count_queries(client, url)
        print(f"admin {url}: {at_10} queries at 10 records, {at_300} at 300")
        assert at_300 == at_10, (url, at_10, at_300)
