import pytest
from django.utils.html import strip_tags

from cong.core.search import SearchQuery, excerpt, highlight
from cong.core.text import fold

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(portal):
    section = portal.section("Cải cách hành chính")
    pages = {
        "procedures": portal.article(
            section, title="Công bố thủ tục hành chính mới", lead="Danh mục thủ tục hành chính cấp tỉnh."
        ),
        "land": portal.article(section, title="Cấp giấy chứng nhận quyền sử dụng đất đai", lead="Đất đai."),
        "people": portal.article(section, title="Tiếp nhận ý kiến người dân", lead="Người dân góp ý."),
        "unaccented": portal.article(section, title="Bao cao thu tuc hanh chinh", lead="Van ban khong dau."),
        "other": portal.article(section, title="Lễ hội mùa xuân", lead="Văn hóa truyền thống."),
    }
    return pages


def titles(response):
    return [strip_tags(hit["title"]) for hit in response.context["hits"]]


def test_query_without_diacritics_finds_accented_text(client, library):
    found = titles(client.get("/tim-kiem/", {"q": "thu tuc hanh chinh"}))
    assert "Công bố thủ tục hành chính mới" in found
    assert "Lễ hội mùa xuân" not in found


def test_single_syllable_and_d_with_stroke_fold(client, library):
    assert "Tiếp nhận ý kiến người dân" in titles(client.get("/tim-kiem/", {"q": "dan"}))
    assert "Cấp giấy chứng nhận quyền sử dụng đất đai" in titles(client.get("/tim-kiem/", {"q": "dat dai"}))
    assert "Cấp giấy chứng nhận quyền sử dụng đất đai" in titles(client.get("/tim-kiem/", {"q": "ĐẤT ĐAI"}))


def test_exact_accented_matches_rank_first(client, library):
    found = titles(client.get("/tim-kiem/", {"q": "thủ tục hành chính"}))
    assert found.index("Công bố thủ tục hành chính mới") < found.index("Bao cao thu tuc hanh chinh")


def test_results_show_highlighted_excerpts(client, library):
    html = client.get("/tim-kiem/", {"q": "thu tuc"}).content.decode()
    assert "<mark>thủ tục</mark>" in html  # the phrase is one mark


def test_phrase_ranks_before_scattered_syllables_and_only_the_phrase_is_marked(client, portal):
    """Issue 17: "thu tuc" found «Giới thiệu» first and marked «thứ» in «xếp thứ 19»."""
    section = portal.section("Tin tức")
    portal.article(section, title="Giới thiệu chung", lead="Tỉnh xếp thứ 19 về chỉ số; tục lệ địa phương.")
    portal.article(section, title="Tin hoạt động", lead="Xếp thứ 19 cả nước; cải cách thủ tục hành chính.")
    portal.article(section, title="Thủ tục đăng ký kinh doanh", lead="Hướng dẫn.")
    response = client.get("/tim-kiem/", {"q": "thu tuc"})
    assert titles(response) == ["Thủ tục đăng ký kinh doanh", "Tin hoạt động", "Giới thiệu chung"]
    hits = response.context["hits"]
    assert "<mark>" not in str(hits[1]["title"])
    assert "<mark>thủ tục</mark>" in str(hits[1]["excerpt"])
    assert "<mark>thứ</mark>" not in str(hits[1]["excerpt"])  # the phrase occurs: no stray syllable
    # Without the phrase, the whole words are marked, never a part of a word.
    assert "<mark>thứ</mark>" in str(hits[2]["excerpt"]) and "<mark>tục</mark>" in str(hits[2]["excerpt"])


def test_exact_diacritics_rank_first_within_a_tier(client, portal):
    section = portal.section("Tin tức")
    portal.article(section, title="Mùa thu Hà Nội", lead="Bài viết.", days_ago=5)
    portal.article(section, title="Thủ đô Hà Nội", lead="Bài viết.", days_ago=1)
    exact = titles(client.get("/tim-kiem/", {"q": "thủ"}))
    assert exact[0] == "Thủ đô Hà Nội" and "Mùa thu Hà Nội" in exact  # "Thử", "thu" after
    folded = titles(client.get("/tim-kiem/", {"q": "thu"}))
    assert folded.index("Thủ đô Hà Nội") < folded.index("Mùa thu Hà Nội")  # no exactness: newer first


def test_a_document_number_puts_the_document_first(client, portal):
    from cong.legal.tests.factories import make_document

    make_document(number="1347/QĐ-UBND", summary="Về việc công bố danh mục thủ tục hành chính")
    make_document(
        number="43/2011/NĐ-CP", kind="nghi-dinh", summary="Quy định về việc cung cấp thông tin trên cổng"
    )
    make_document(
        number="12/2024/QĐ-UBND", summary="Sửa đổi Quyết định 1347/QĐ-UBND và Nghị định 43/2011/NĐ-CP"
    )
    for query, label in (
        ("1347/QĐ-UBND", "Quyết định 1347/QĐ-UBND"),
        ("1347 qd ubnd", "Quyết định 1347/QĐ-UBND"),
        ("43/2011", "Nghị định 43/2011/NĐ-CP"),
        ("43/2011/nd-cp", "Nghị định 43/2011/NĐ-CP"),
    ):
        assert titles(client.get("/tim-kiem/", {"q": query}))[0] == label, query


def test_highlight_rule_for_a_query():
    from cong.core.search import Marker

    query = SearchQuery.parse("thủ tục")
    marker = Marker(query, "Xếp thứ 19 về thủ tục, thu tuc")
    assert (
        str(marker.highlight("Xếp thứ 19 về thủ tục, thu tuc"))
        == "Xếp thứ 19 về <mark>thủ tục</mark>, thu tuc"
    )
    loose = SearchQuery.parse("thu tuc")
    text = "Xếp thứ 19 về thủ tục, thu tuc"
    assert (
        str(Marker(loose, text).highlight(text)) == "Xếp thứ 19 về <mark>thủ tục</mark>, <mark>thu tuc</mark>"
    )
    scattered = "Tục lệ xếp thứ 19; thuế"
    assert (
        str(Marker(loose, scattered).highlight(scattered))
        == "<mark>Tục</mark> lệ xếp <mark>thứ</mark> 19; thuế"
    )
    exact_word = "Thủ đô, mùa thu"
    assert (
        str(Marker(SearchQuery.parse("thủ"), exact_word).highlight(exact_word))
        == "<mark>Thủ</mark> đô, mùa thu"
    )


def test_search_paginates(client, portal, settings):
    settings.CONG_PAGE_SIZE = 3
    section = portal.section("Tin tức")
    for i in range(7):
        portal.article(section, title=f"Hội nghị xúc tiến đầu tư lần {i}", revision=False)
    first = client.get("/tim-kiem/", {"q": "xuc tien"})
    assert first.context["result_count"] == 7 and len(first.context["hits"]) == 3
    last = client.get("/tim-kiem/", {"q": "xuc tien", "page": 3})
    assert len(last.context["hits"]) == 1
    assert client.get("/tim-kiem/", {"q": "xuc tien", "page": "abc"}).status_code == 200
    assert client.get("/tim-kiem/", {"q": "xuc tien", "page": 9}).status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [("   ", None), ("x" * 1000, "Từ khóa quá dài"), ("!!! ???", "ít nhất một chữ cái")],
)
def test_bad_queries_get_a_clear_message(client, portal, query, message):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    if message:
        assert message in response.content.decode()


def test_drafts_and_other_sites_are_not_found(client, library):
    draft = library["other"]
    draft.title = "Bản nháp bí mật về đấu thầu"
    draft.save_revision()  # not published
    response = client.get("/tim-kiem/", {"q": "dau thau"})
    # Nothing has the words: near matches of another spelling may be offered, never the draft.
    assert response.context.get("suggestion") != "dau thau"
    assert not any("thầu" in title or "thau" in title for title in titles(response))


def test_fold_maps_each_character_to_one():
    text = "Đường Nguyễn Huệ, TP. Hồ Chí Minh"
    assert fold(text) == "duong nguyen hue, tp. ho chi minh"
    assert len(fold(text)) == len(text)


def test_highlight_escapes_html_and_marks_folded_matches():
    marked = highlight("<b>Đất</b> đai & nhà ở", ["dat"])
    assert str(marked) == "&lt;b&gt;<mark>Đất</mark>&lt;/b&gt; đai &amp; nhà ở"


def test_excerpt_is_cut_around_the_first_match():
    text = "Mở đầu. " * 60 + "Quy định mới về đất đai được ban hành." + " Kết thúc." * 60
    passage = str(excerpt(text, ["dat", "dai"]))
    assert passage.startswith("… ") and passage.endswith(" …")
    assert "<mark>đất</mark> <mark>đai</mark>" in passage
    assert len(passage) < 400


def test_query_parse_folds_and_deduplicates():
    query = SearchQuery.parse("  Thủ  tục thu TỤC ")
    assert query.terms == ["thu", "tuc"] and query.exact
    assert not SearchQuery.parse("thu tuc").exact


def test_the_migrations_fill_the_search_columns_of_existing_rows(portal):
    """Rows saved before the columns existed get them from the migrations (run here on today's models)."""
    import importlib

    from django.apps import apps

    from cong.legal.models import Consultation, LegalDocument
    from cong.legal.tests.factories import make_consultation, make_document
    from cong.portal.models import ContentPage

    page = portal.article(portal.section("Tin tức"), title="Thủ tục mới", days_ago=3)
    document = make_document(number="7/2024/QĐ-UBND", summary="Quy định thủ tục")
    draft = make_consultation(title="Dự thảo thủ tục", slug="du-thao-thu-tuc")
    ContentPage.objects.update(search_words="", search_title_words="", search_date=None)
    LegalDocument.objects.update(search_folded="")
    Consultation.objects.update(search_folded="")
    importlib.import_module("cong.portal.migrations.0003_search_words").fill(apps, None)
    importlib.import_module("cong.legal.migrations.0003_search_words").fill(apps, None)
    page.refresh_from_db()
    assert page.search_title_words == " thu tuc moi | thủ tục mới "
    assert page.search_date == page.published_at
    assert " 7 2024 qd ubnd " in LegalDocument.objects.get(pk=document.pk).search_folded
    assert " du thao thu tuc " in Consultation.objects.get(pk=draft.pk).search_folded
