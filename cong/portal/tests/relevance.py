"""The search relevance set (issue 17): a fixed corpus and 40 queries, in ``benchmarks/search/``.

``build(portal)`` loads ``corpus.toml`` through the test factories (articles and an intro page, legal
documents, answered questions and a petition) and returns each item's key by (kind, pk); ``evaluate``
runs every query of ``queries.toml`` through the site search and tells, for each, the first three hits
and whether the query passes: every key of ``top3`` among them, none of ``not_top3``, and ``first`` first.
Used by ``test_search_relevance.py`` (the whole set must pass, on SQLite and PostgreSQL) and by
``benchmarks/search/run.py`` (precision@3).
"""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

from cong.core.search import SearchQuery
from cong.portal.search import PAGES, search_everything

SET_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "search"


def load(name: str) -> dict:
    return tomllib.loads((SET_DIR / name).read_text(encoding="utf-8"))


def build(portal) -> dict[tuple[str, int], str]:
    from cong.citizens.models import Question
    from cong.legal.tests.factories import make_document
    from cong.portal.tests.test_registers import answered

    corpus = load("corpus.toml")
    keys: dict[tuple[str, int], str] = {}
    section = portal.section("Tin tức")
    today = timezone.localdate()
    for item in corpus["article"]:
        if item.get("intro"):
            page = portal.intro(item["title"], lead=item["lead"])
        else:
            page = portal.article(
                section, title=item["title"], lead=item["lead"], days_ago=item["days_ago"], revision=False
            )
        keys[PAGES, page.pk] = item["key"]
    for item in corpus["document"]:
        document = make_document(
            number=item["number"],
            kind=item["kind"],
            summary=item["summary"],
            issued_on=today - datetime.timedelta(days=item["days_ago"]),
        )
        keys["van-ban", document.pk] = item["key"]
    for item in corpus["question"]:
        kind = Question.Kind.PETITION if item.get("petition") else Question.Kind.QUESTION
        question = answered(item["title"], item["content"], item["answer"], kind=kind)
        keys["phan-anh-kien-nghi" if item.get("petition") else "hoi-dap", question.pk] = item["key"]
    return keys


@dataclass
class Outcome:
    query: str
    wanted: list[str]
    top3: list[str]
    passed: bool

    @property
    def precision(self) -> float:
        """Wanted items among the first three, over the most that could be there (min(3, wanted))."""
        return len(set(self.wanted) & set(self.top3)) / min(3, len(self.wanted))


def evaluate(site, keys: dict[tuple[str, int], str]) -> list[Outcome]:
    outcomes = []
    for case in load("queries.toml")["query"]:
        try:
            results = search_everything(SearchQuery.parse(case["q"]), site, limit=3)
        except TypeError:  # an older version of the search (benchmarks/search/run.py with CONG_TREE)
            results = search_everything(SearchQuery.parse(case["q"]), site)
        top3 = [
            keys.get((hit.kind, hit.obj.pk), f"{hit.kind}:{hit.obj.pk}") for hit in list(results.hits[:3])
        ]
        passed = (
            set(case["top3"]) <= set(top3)
            and not set(case.get("not_top3", ())) & set(top3)
            and (top3[:1] == [case["first"]] if "first" in case else True)
        )
        outcomes.append(Outcome(case["q"], case["top3"], top3, passed))
    return outcomes
