"""The whole relevance set of ``benchmarks/search/`` passes (issue 17), on SQLite and on PostgreSQL
(``DATABASE_URL=postgres://… pytest cong/portal/tests/test_search_relevance.py``)."""

import pytest

from .relevance import build, evaluate, load

pytestmark = pytest.mark.django_db


def test_the_set_has_forty_queries_with_numbers_and_both_spellings():
    queries = [case["q"] for case in load("queries.toml")["query"]]
    assert len(queries) == 40
    assert any("/" in q for q in queries) and any(q.isascii() for q in queries)
    assert any(not q.isascii() for q in queries)


def test_every_query_has_its_items_in_the_first_three(portal):
    keys = build(portal)
    outcomes = evaluate(portal.site, keys)
    failed = [f"{o.query!r}: wanted {o.wanted}, got {o.top3}" for o in outcomes if not o.passed]
    assert not failed, "\n".join(failed)
    assert sum(o.precision for o in outcomes) / len(outcomes) == 1.0
