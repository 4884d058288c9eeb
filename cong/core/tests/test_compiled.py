"""Statements compiled once a process (``cong.core.compiled``) read fresh rows every time: a page published,
renamed or removed after the first run shows in the next one, as with a plain queryset."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from cong.core import compiled

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh():
    compiled.clear()
    yield
    compiled.clear()


def children(home):
    return compiled.fetch(
        Page,
        ("test-children", home.path, home.depth),
        lambda: Page.objects.child_of(home).order_by("path").values_list("title", flat=True),
    )


def test_rows_are_read_afresh_after_the_statement_is_kept():
    home = Site.objects.get(is_default_site=True).root_page
    assert children(home) == list(
        Page.objects.child_of(home).order_by("path").values_list("title", flat=True)
    )
    first = home.add_child(instance=Page(title="Mục một", slug="muc-mot"))
    assert children(home)[-1] == "Mục một"
    first.title = "Mục một (sửa)"
    first.save()
    home.add_child(instance=Page(title="Mục hai", slug="muc-hai"))
    assert children(home)[-2:] == ["Mục một (sửa)", "Mục hai"]
    Page.objects.filter(pk=first.pk).delete()
    assert "Mục một (sửa)" not in children(home)


def test_models_with_their_related_rows_and_one_query_each_time():
    def sites():
        return compiled.fetch(
            Site, ("test-sites",), lambda: Site.objects.select_related("root_page").order_by("pk")
        )

    first = sites()
    assert [s.pk for s in first] == list(Site.objects.order_by("pk").values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as queries:
        again = sites()
    assert len(queries) == 1  # the root pages came with the sites
    assert [s.root_page.title for s in again] == [s.root_page.title for s in first]
    assert again[0] is not first[0]  # new objects each time, not a kept result


def test_an_empty_condition_runs_no_statement():
    with CaptureQueriesContext(connection) as queries:
        assert compiled.fetch(Page, ("test-empty",), lambda: Page.objects.filter(pk__in=[])) == []
    assert len(queries) == 0


def test_the_kept_statements_are_bounded(monkeypatch):
    from django.db import connections

    monkeypatch.setattr(compiled, "SIZE", 3)
    home = Site.objects.get(is_default_site=True).root_page
    for depth in range(6):
        compiled.fetch(Page, ("test-depth", depth), lambda depth=depth: Page.objects.filter(depth__gt=depth))
    assert list(connections["default"].__dict__[compiled._ATTRIBUTE]) == [
        ("test-depth", d) for d in (3, 4, 5)
    ]
    again = compiled.fetch(Page, ("test-depth", 0), lambda: Page.objects.filter(depth__gt=0))  # compiled anew
    assert home.pk in [page.pk for page in again]
