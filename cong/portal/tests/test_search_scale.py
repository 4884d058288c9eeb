"""The site search at scale (issue 17): a bounded number of queries whatever the number of registers and
items, clear answers to bad input, near matches for mistyped words, counts capped instead of counted to
the end, and the corpus generator of ``benchmarks/corpus.py`` (small sizes only: the benchmark-size
corpora are for ``benchmarks/search_scale.py``)."""

import dataclasses
from functools import reduce
from operator import and_

import pytest
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When, Window
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from benchmarks.corpus import Corpus
from cong.core.search import SearchQuery
from cong.legal.models import GazetteIssue
from cong.legal.tests.factories import make_document
from cong.portal import registers as registry
from cong.portal import search as site_search
from cong.portal.models import ArticlePage, ContentPage, SearchWord

# Issue 17: at most 15 queries a public page. The search's own part is fixed (one statement, one query for
# the pages shown, one for the register items shown of every kind, at most one for a suggestion and its
# statement); the sites are read once for the portal filter and the hits' portal names, and each register
# switch's question once a request (``registers.kept_answers``); the rest is the page around it.
QUERY_BOUND = 15


def _queries(client, params) -> tuple[int, object]:
    client.get("/tim-kiem/", params)  # caches (site, content types) as on a warm server
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/tim-kiem/", params)
    return len(captured), response


@pytest.fixture
def many_registers():
    """Thirty more registers in the site search (as a province that runs many registers of issue 14/15):
    each has its own kind in the filter; none of their items match here."""
    base = registry.get_register("cong-bao")
    added = []
    for n in range(30):
        entry = dataclasses.replace(
            base,
            code=f"so-thu-nghiem-{n}",
            name=f"Danh mục thử nghiệm {n}",
            listed=lambda: True,
            linked=lambda: True,
            public_items=lambda: GazetteIssue.objects.filter(live=True),
        )
        registry.register(entry)
        added.append(entry.code)
    yield added
    for code in added:
        registry._registry.pop(code, None)


def test_search_page_queries_are_bounded_whatever_the_registers_and_the_content(
    client, portal, many_registers
):
    section = portal.section("Tin tức")
    counts = []
    for total in (3, 40):
        while ArticlePage.objects.count() < total:
            portal.article(section, title=f"Cải cách thủ tục hành chính đợt {portal.counter}", revision=False)
        for n in range(total - len(counts) * 3):
            make_document(number=f"{total}{n}/QĐ-UBND", summary=f"Quyết định về thủ tục hành chính {n}")
        count, response = _queries(client, {"q": "thu tuc hanh chinh"})
        assert response.status_code == 200
        options = {o["code"]: o["count"] for o in response.context["kind_options"]}
        assert set(many_registers) <= set(options)  # every register is a kind of the filter
        assert options["trang"] == total
        counts.append(count)
    # Ten times the content, thirty more registers: no more queries (one fewer here — the first page
    # then holds only pages, so no register's items are loaded).
    assert counts[1] <= counts[0] <= QUERY_BOUND, counts
    # The other answers of the page stay under the bound too: nothing found (a suggestion is looked for),
    # a mistyped word (the suggestion and its results), another kind, another page.
    for params in ({"q": "zyxw qpon"}, {"q": "thu tuc hanh chinj"}, {"q": "thu tuc", "loai": "van-ban"},
                   {"q": "thu tuc", "page": "2"}):  # fmt: skip
        count, response = _queries(client, params)
        assert response.status_code == 200, params
        assert count <= QUERY_BOUND, (params, count)
    # Narrowed to one portal: the portal is one of the sites already read for the filter.
    count, response = _queries(client, {"q": "thu tuc hanh chinh", "cong": str(portal.site.pk)})
    assert response.status_code == 200 and response.context["portal"] == portal.site
    assert count <= counts[0], count


def _hits_in_six_registers():
    """One record matching «khuyến nông» in each of six registers of five apps, tables of different
    columns (dates, a big integer, booleans, text)."""
    from cong.legal.tests.factories import make_consultation
    from cong.officials.tests.factories import make_commendation, make_statement
    from cong.projects.tests.factories import make_plan, make_project

    return [
        make_document(number="77/QĐ-UBND", summary="Quyết định hỗ trợ khuyến nông vùng cao"),
        make_consultation(title="Dự thảo chính sách khuyến nông của tỉnh"),
        make_project(name="Dự án khuyến nông vùng cao"),
        make_plan(title="Kế hoạch khuyến nông năm 2026"),
        make_statement(title="Thông cáo về chương trình khuyến nông"),
        make_commendation(content="Khen thưởng mô hình khuyến nông tiêu biểu"),
    ]


def test_a_page_of_hits_from_many_registers_stays_within_the_bound(client, portal):
    """Hits of six register kinds on the first page: their items are loaded in one query, not one a kind,
    so the page costs what a page of one kind costs."""
    records = _hits_in_six_registers()
    count, response = _queries(client, {"q": "khuyen nong"})
    assert response.status_code == 200
    hits = response.context["hits"]
    assert {hit["kind"] for hit in hits} == {
        "van-ban", "lay-y-kien", "du-an", "quy-hoach-ke-hoach", "phat-ngon", "khen-thuong-xu-ly"
    }  # fmt: skip
    assert count <= QUERY_BOUND, count
    # Each hit is its record: its address, and the words found marked in its title or excerpt.
    assert sorted(hit["url"] for hit in hits) == sorted(record.get_absolute_url() for record in records)
    html = response.content.decode()
    assert "Dự án <mark>khuyến nông</mark> vùng cao" in html
    assert "Kế hoạch <mark>khuyến nông</mark> năm 2026" in html
    # One kind only on the page: the same number of queries.
    one_kind, response = _queries(client, {"q": "khuyen nong", "loai": "du-an"})
    assert [hit["url"] for hit in response.context["hits"]] == [records[2].get_absolute_url()]
    assert count == one_kind, (count, one_kind)


def test_the_registers_items_loaded_together_are_those_of_their_own_queries(portal):
    """Loaded in one statement, every register's items have the values their own query gives (dates,
    datetimes, numbers, booleans, a reverse one-to-one read with ``select_related`` and absent), on SQLite
    and PostgreSQL alike."""
    _hits_in_six_registers()
    Corpus(seed=3).build(questions=5)  # published questions (the Q&A register), without answers
    wanted = []
    for entry in registry.listed_registers():
        pks = list(entry.public_items().values_list("pk", flat=True))
        if pks:
            wanted.append((entry, pks))
    assert len(wanted) >= 7 and "hoi-dap" in {entry.code for entry, _pks in wanted}
    with CaptureQueriesContext(connection) as captured:
        together = site_search._register_items(wanted)
    assert len(captured) == 1
    for entry, pks in wanted:
        items = entry.public_items().filter(pk__in=pks)
        if entry.search_only:
            items = items.only(*entry.search_only)
        alone = {item.pk: item for item in items}
        loaded = {item.pk: item for code, item in together if code == entry.code}
        assert loaded.keys() == alone.keys(), entry.code
        for pk, item in loaded.items():
            assert item.get_deferred_fields() == alone[pk].get_deferred_fields(), entry.code
            fields = [
                f.attname for f in item._meta.concrete_fields if f.attname not in item.get_deferred_fields()
            ]
            assert {f: getattr(item, f) for f in fields} == {f: getattr(alone[pk], f) for f in fields}, (
                entry.code
            )
            assert entry.describe(item) == entry.describe(alone[pk])
            assert item.get_absolute_url() == alone[pk].get_absolute_url()


# The registers' ranking written with Django's expressions: the oracle of the hand-written registers' part
# of the search statement (``site_search._register_sql``), which gives the same rows without Django building
# these expressions on every search.


def has_words(column: str, words: list[str]) -> Q:
    """Every word whole in ``column`` (" word ")."""
    return reduce(and_, (Q(**{f"{column}__contains": f" {word} "}) for word in words))


def ranked(
    queryset: QuerySet,
    query: SearchQuery,
    *,
    column: str,
    date_field: str,
    limit: int,
    title_column: str = "",
    number=None,
) -> QuerySet:
    """``queryset`` narrowed to the query's matches, with ``tier``, ``exact`` and ``matches`` (the count of
    all matches), best first, at most ``limit`` rows of values."""
    # Whole words, except the last one, which may be a word being typed ("chinh sa"): a prefix on every
    # word would let "thu" match «thực», «thuộc», «thương»… and swamp the results.
    *whole, last = query.terms
    matching = reduce(and_, [Q(**{f"{column}__contains": f" {term} "}) for term in whole], Q())
    matching &= Q(**{f"{column}__contains": f" {last}"})
    phrase = " " + " ".join(query.phrase) + " "
    whens = []
    if number is not None:
        matching |= number
        whens.append(When(number, then=Value(site_search.NUMBER)))
    if title_column:
        whens.append(When(Q(**{f"{title_column}__contains": phrase}), then=Value(site_search.PHRASE_TITLE)))
    whens.append(When(Q(**{f"{column}__contains": phrase}), then=Value(site_search.PHRASE)))
    if title_column:
        whens.append(When(has_words(title_column, query.terms), then=Value(site_search.WORDS_TITLE)))
    whens.append(When(has_words(column, query.terms), then=Value(site_search.WORDS)))
    tier = Case(*whens, default=Value(site_search.PREFIX), output_field=IntegerField())
    if query.exact:
        exact = Case(
            When(Q(**{f"{column}__contains": " " + " ".join(query.written) + " "}), then=Value(2)),
            When(has_words(column, query.written), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    else:
        exact = Value(0, output_field=IntegerField())
    return (
        queryset.filter(matching)
        .annotate(
            tier=tier, exact=exact, matches=Window(Count("pk")), ranked_on=F(date_field), hit_pk=F("pk")
        )
        .order_by("tier", "-exact", F("ranked_on").desc(nulls_last=True), "-pk")
        .values("hit_pk", "tier", "exact", "ranked_on", "matches")[:limit]
    )


def as_rows(values, kind: str, kind_order: int) -> tuple[list[site_search.Row], int]:
    rows, total = [], 0
    for value in values:
        total = value["matches"]
        rows.append(
            site_search.Row(value["tier"], -value["exact"], -site_search._timestamp(value["ranked_on"]), kind_order, -value["hit_pk"],
                kind, value["hit_pk"])
        )  # fmt: skip
    return rows, total


def ranked_register_rows(query, entry, limit):
    values = ranked(
        entry.public_items(),
        query,
        column=entry.search_column,
        date_field=entry.date_field or entry.lastmod_field,
        limit=limit,
        number=entry.number_match(query.text) if entry.number_match else None,
    )
    return as_rows(values, entry.code, entry.order)


@pytest.mark.parametrize(
    "text",
    ["khuyen nong", "khuyến nông vùng", "Khuyến nong", "vung ca", "77/QĐ-UBND", "77 qd ubnd", "ke hoach"],
)
def test_the_registers_part_of_the_statement_ranks_as_the_ranked_query(portal, text):
    """The registers' part of the one search statement (its SQL written around each register's items) gives
    the rows, tiers, order and counts of the same ranking written with Django's expressions (``ranked``)."""
    _hits_in_six_registers()
    make_document(number="77/2011/NĐ-CP", summary="Nghị định về khuyến nông")
    make_document(number="177/QĐ-UBND", summary="Kế hoạch khuyến nông vùng cao năm 2027")
    Corpus(seed=3).build(questions=40)  # the Q&A register: datetimes, many matches for "ke hoach"
    query = SearchQuery.parse(text)
    entries = registry.listed_registers()
    found = site_search.registers_rows(query, entries, limit=3)
    assert any(rows for rows, _count in found.values())
    for entry in entries:
        assert found[entry.code] == ranked_register_rows(query, entry, limit=3), entry.code
        assert site_search.register_rows(query, entry, limit=3) == found[entry.code], entry.code


def test_each_register_switch_asks_the_database_once_a_search_page(client, portal):
    """A register of schedules is searched while it has a published item and linked from the footer then
    too: the search page asks whether it has one once, not for the search and again for the footer."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/tim-kiem/", {"q": "thu tuc"})
    assert response.status_code == 200
    asked = [q["sql"] for q in captured.captured_queries if 'FROM "schedules_meetinginvitation"' in q["sql"]]
    assert len(asked) == 1, asked


def test_a_thousand_character_query_is_refused_in_vietnamese(client, portal):
    count, response = _queries(client, {"q": "thủ tục " * 125})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Từ khóa quá dài (999 ký tự). Hãy nhập tối đa 200 ký tự." in html  # spaces at the ends trimmed
    assert count <= QUERY_BOUND


def test_a_query_of_punctuation_only_is_refused_in_vietnamese(client, portal):
    response = client.get("/tim-kiem/", {"q": "?!.,;:-–()…"})
    assert response.status_code == 200
    assert "Từ khóa cần có ít nhất một chữ cái hoặc chữ số." in response.content.decode()


def test_a_page_past_the_last_is_a_clear_404_without_searching(client, portal):
    portal.article(portal.section("Tin tức"), title="Đất đai", revision=False)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/tim-kiem/", {"q": "dat dai", "page": "999999"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không có trang 999999 của kết quả tìm kiếm" in html
    assert not any("portal_contentpage c" in q["sql"] for q in captured.captured_queries)  # nothing searched
    response = client.get("/tim-kiem/", {"q": "dat dai", "page": "30"})  # within the 500, past the hits
    assert response.status_code == 404
    assert "Không có trang 30 của kết quả tìm kiếm này." in response.content.decode()


def test_a_page_number_that_is_not_a_number_shows_the_first_page(client, portal):
    portal.article(portal.section("Tin tức"), title="Đất đai và quy hoạch", revision=False)
    response = client.get("/tim-kiem/", {"q": "dat dai", "page": "abc"})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert "Đất đai" in response.content.decode()


def test_a_mistyped_word_gets_a_suggestion_and_its_results(client, portal):
    section = portal.section("Văn bản chỉ đạo")
    portal.article(section, title="Quyết định phê duyệt quy hoạch tỉnh", revision=False)
    portal.article(section, title="Tinh giản biên chế năm 2026", revision=False)
    response = client.get("/tim-kiem/", {"q": "quyet dihn"})
    html = response.content.decode()
    assert response.context["suggestion"] == "quyet dinh"
    assert "Có phải bạn muốn tìm" in html
    assert "<mark>Quyết định</mark> phê duyệt" in html  # the near results, marked
    # The same length wins a tie of edits: "tinj" is «tinh», not «tin».
    assert client.get("/tim-kiem/", {"q": "tinj gian"}).context["suggestion"] == "tinh gian"
    # Diacritics typed on the words that were right are kept.
    assert client.get("/tim-kiem/", {"q": "quyết dihn"}).context["suggestion"] == "quyết dinh"


def test_nothing_near_gives_the_plain_answer(client, portal):
    portal.article(portal.section("Tin tức"), title="Quyết định", revision=False)
    response = client.get("/tim-kiem/", {"q": "xqzw"})
    assert response.context.get("suggestion") is None
    assert "Không tìm thấy kết quả nào cho “xqzw”" in response.content.decode()


def test_a_word_still_being_typed_is_found_without_a_suggestion(client, portal):
    portal.article(portal.section("Tin tức"), title="Thủ tục hành chính cấp tỉnh", revision=False)
    response = client.get("/tim-kiem/", {"q": "thu tuc hanh chin"})
    assert response.context.get("suggestion") is None
    assert response.context["result_count"] == 1


def test_the_vocabulary_learns_the_words_of_saved_pages(portal):
    portal.article(portal.section("Tin tức"), title="Hội thảo khuyến nông", revision=False)
    known = set(SearchWord.objects.values_list("word", flat=True))
    assert {"hoi", "thao", "khuyen", "nong"} <= known
    assert not any(word.isdigit() for word in known)


def test_the_pages_are_counted_as_far_as_the_page_needs_and_more_than_reads_so(
    client, portal, monkeypatch, settings
):
    """The pages' matches are counted up to ``COUNTED`` or what the page shown needs, one more to know
    there are more: the first page says «hơn 10» of twelve matches, the second, which needs them all,
    twelve."""
    monkeypatch.setattr(site_search, "COUNTED", 5)
    settings.CONG_PAGE_SIZE = 10
    section = portal.section("Tin tức")
    for n in range(12):
        portal.article(section, title=f"Đất đai {n}", revision=False)
    response = client.get("/tim-kiem/", {"q": "dat dai"})
    html = response.content.decode()
    assert "Tìm thấy hơn 10 kết quả cho “dat dai”" in html
    assert "Tin, bài và trang (hơn 10)" in html
    assert len(response.context["hits"]) == 10
    response = client.get("/tim-kiem/", {"q": "dat dai", "loai": "trang"})
    assert "Tìm thấy hơn 10 kết quả cho “dat dai”" in response.content.decode()
    response = client.get("/tim-kiem/", {"q": "dat dai", "page": "2"})
    html = response.content.decode()
    assert "Tìm thấy 12 kết quả cho “dat dai”" in html
    assert "Tin, bài và trang (12)" in html
    assert len(response.context["hits"]) == 2


def test_counts_beyond_the_cap_read_more_than(client, portal, monkeypatch):
    monkeypatch.setattr(site_search, "MAX_RESULTS", 3)
    monkeypatch.setattr(site_search, "COUNTED", 3)
    monkeypatch.setattr("cong.portal.views.MAX_RESULTS", 3)
    section = portal.section("Tin tức")
    for n in range(5):
        portal.article(section, title=f"Đất đai {n}", revision=False)
    response = client.get("/tim-kiem/", {"q": "dat dai"})
    html = response.content.decode()
    assert "Tìm thấy hơn 3 kết quả cho “dat dai”" in html
    assert "Tin, bài và trang (hơn 3)" in html
    assert len(response.context["hits"]) == 3  # the best three, and no page past them


def test_the_pages_search_reads_each_tier_with_a_limit(portal):
    """No statement sorts every match: each tier's rows come with a LIMIT (the date index walks a common
    word's newest matches first)."""
    section = portal.section("Tin tức")
    for n in range(4):
        portal.article(section, title=f"Thủ tục hành chính {n}", revision=False)
    with CaptureQueriesContext(connection) as captured:
        rows, total = site_search.page_rows(SearchQuery.parse("thủ tục"), None, limit=2)
    assert total == 4 and len(rows) == 2
    (statement,) = [q["sql"] for q in captured.captured_queries if "portal_contentpage c" in q["sql"]]
    # Every branch: tiers × exact variants (on SQLite a later branch's limit is 0 once one is full).
    assert statement.count("LIMIT 2") + statement.count("THEN 2 ELSE 0 END") >= 3
    assert f"LIMIT {site_search.COUNTED + 1}" in statement  # the count stops at the cap


def test_the_corpus_generator_writes_what_save_writes(portal):
    stats = Corpus(seed=5).build(articles=30, documents=6, questions=4, sections=2)
    assert set(stats) == {"articles", "documents", "questions"}
    assert not any(Page.find_problems())  # the tree's paths, depths and child counts are right
    for page in ContentPage.objects.filter(articlepage__isnull=False).order_by("?")[:5]:
        stored = (page.search_words, page.search_title_words, page.search_text)
        page.specific.save()
        page.refresh_from_db()
        assert (page.search_words, page.search_title_words, page.search_text) == stored
    article = ArticlePage.objects.live().filter(path__startswith=portal.home.path).first()
    hits = site_search.search_pages(SearchQuery.parse(article.title), None, limit=5)
    assert article.pk in [hit.obj.pk for hit in hits]
    from cong.legal.models import LegalDocument

    number = LegalDocument.objects.filter(kind="quyet-dinh").values_list("number", flat=True).first()
    assert number.endswith("/QĐ-UBND")


def test_every_register_is_the_same_query_whatever_the_clock(monkeypatch):
    """The search compiles each register's ``public_items`` once a process (``_register_items_sql``): a
    register whose public items depended on the clock would be searched with the moment of its first
    search. Every registered one is the same SQL a year later."""
    import datetime

    from django.utils import timezone

    def compiled():
        return {
            code: entry.public_items().order_by().query.sql_with_params()
            for code, entry in registry._registry.items()
        }

    first = compiled()
    later = timezone.now() + datetime.timedelta(days=400)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert compiled() == first


def test_a_register_searched_before_finds_what_is_published_after(portal):
    """The register's SQL is kept from one search to the next, its rows are not: a document published
    after a first search is found by the next, and one withdrawn is no longer."""
    make_document(number="12/QĐ-UBND", summary="Quyết định về khuyến nông")
    entry = registry.get_register("van-ban")
    query = SearchQuery.parse("khuyen nong")
    rows, count = site_search.register_rows(query, entry, limit=5)
    assert count == 1
    later = make_document(number="13/QĐ-UBND", summary="Kế hoạch khuyến nông vùng cao")
    rows, count = site_search.register_rows(query, entry, limit=5)
    assert count == 2 and later.pk in [row.pk for row in rows]
    type(later).objects.filter(pk=later.pk).update(live=False)
    rows, count = site_search.register_rows(query, entry, limit=5)
    assert count == 1 and later.pk not in [row.pk for row in rows]
