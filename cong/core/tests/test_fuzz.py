"""Fuzz (hypothesis): malformed values in every public query parameter, path value and form field, and
never a 5xx.

The routes are read from the URL configuration and the API's OpenAPI document, not listed by hand: a
public address added later is fuzzed without anyone editing this file. Query parameters are every name
any public view or API route reads; each request sends a few of them with hostile values. Examples are
bounded (``max_examples``) and ``derandomize`` keeps a run reproducible.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cong.api import api
from cong.citizens import actions
from cong.citizens.forms import LookupForm, PersonalDataForm, QuestionForm
from cong.citizens.models import Question
from cong.citizens.tests import factories as f
from cong.legal.models import GazetteIssue, GazetteItem
from cong.legal.tests.factories import make_consultation, make_document
from cong.legal.views import CommentForm

pytestmark = pytest.mark.django_db

PRIVATE_PREFIXES = ("quan-tri/", "django-admin/", "tai-lieu/", "oidc/", "media/", "static/")
# Names read from request.GET by the public views (the API's come from its OpenAPI document below).
VIEW_PARAMS = {"q", "page", "p", "year", "nam", "kind", "issuer", "field", "status", "level", "linh-vuc",
               "co-quan", "state", "section", "portal", "loai", "cong", "agency", "tag", "next", "format"}  # fmt: skip

HOSTILE = [
    "²⁰²⁶", "٢٠٢٦", "𝟚𝟘𝟚𝟞", "20261", "-1", "10000", "0", "9" * 5000, "1e309", "NaN", "1_000", " 7 ",
    "\x00", "a\x00b", "%00", "%", "' OR '1'='1", '"; DROP TABLE x; --', "<script>alert(1)</script>",
    "../../etc/passwd", "[]", "{}", "x" * 3000, "Céng hßa x· héi", "Thuû tuïc", "\u202e\u0301", "🙂" * 50,
    "\ufeff", "\r\n", "AAAA-BBBB-CCCC", "*", "\\", "null",
]  # fmt: skip
hostile = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
FUZZ = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def public_routes() -> list[str]:
    routes = [route for route in _walk(get_resolver().url_patterns) if not route.startswith(PRIVATE_PREFIXES)]
    return sorted(set(routes))


def api_params() -> dict[str, set[str]]:
    """Query parameters of each API route, from the OpenAPI document ("/api/v1/questions/": {"q", …})."""
    params = {}
    for path, operations in api.get_openapi_schema()["paths"].items():
        names = {
            p["name"] for op in operations.values() for p in op.get("parameters", []) if p["in"] == "query"
        }
        params[re.sub(r"\{(\w+)\}", r"<\1>", path).lstrip("/")] = names
    return params


ROUTES = public_routes()
API_PARAMS = api_params()
ALL_PARAMS = sorted(VIEW_PARAMS.union(*API_PARAMS.values()))
CONVERTER_RE = re.compile(r"<(?:(\w+):)?(\w+)>")


def test_the_fuzzed_routes_cover_every_public_register():
    for expected in ("tim-kiem/", "hoi-dap/", "hoi-dap/tra-cuu/", "van-ban/", "cong-bao/", "lay-y-kien/",
                     "phan-anh-kien-nghi/gui/", "api/v1/questions/", "api/v1/gazette/", "rss/", "sitemap.xml"):  # fmt: skip
        assert expected in ROUTES
    assert not any(route.startswith("quan-tri/") for route in ROUTES)
    assert {"q", "year", "page", "kind"} <= set(ALL_PARAMS)


@pytest.fixture
def registers(portal):
    """One published item in every public register, so that filters and detail pages do real work."""
    from cong.portal.tests.factories import PortalBuilder

    builder = PortalBuilder(home=portal.home, site=portal.site, settings=portal.settings)
    section = builder.section("Tin tức", slug="tin-tuc")
    article = builder.article(section, title="Hội nghị chuyển đổi số")
    document = make_document()
    issue = GazetteIssue(number="3", year=2024, published_on=dt.date(2024, 3, 20))
    issue.items.add(GazetteItem(document=document, pages="1-4"))
    issue.save()
    issue.save_revision().publish()
    consultation = make_consultation(slug="du-thao-quy-che")
    agency, board = f.agency(), f.board_member()
    head = f.staff(agency, "giamdoc", head=True, position="Giám đốc Sở")
    question = f.question(title="Thủ tục hỗ trợ giống lúa", content="Hồ sơ gồm những gì?", field=f.field())
    actions.route_question(question, agency, acting_user=board)
    actions.answer_question(question, "Hồ sơ gồm đơn đề nghị có xác nhận của UBND xã.", acting_user=head)
    actions.publish_answer(question, acting_user=board)
    return {
        "pages": ["", "tin-tuc/", article.url.strip("/") + "/", article.url.strip("/") + "/luu/"],
        "ids": [str(document.pk), str(question.pk)],
        "texts": ["3", "2024", consultation.slug],
        "question": question,
        "consultation": consultation,
    }


def _path_value(data, converter: str | None, registers) -> str:
    if converter == "int":
        return data.draw(st.one_of(st.sampled_from(registers["ids"]), st.integers(0, 10**25).map(str)))
    return quote(data.draw(st.one_of(st.sampled_from(registers["texts"]), hostile)), safe="")


def _url(data, route: str, registers) -> str:
    if route.startswith("^"):  # Wagtail's page catch-all: real pages and made-up paths under them
        page = data.draw(st.sampled_from(registers["pages"]))
        extra = data.draw(
            st.sampled_from(["", "rss/", "2/", "trang/9999999999999999999999/", quote("²⁰²⁶") + "/"])
        )
        return "/" + page + extra
    return "/" + CONVERTER_RE.sub(lambda m: _path_value(data, m.group(1), registers), route)


# The health check answers 503 by design while the task worker is not running (as in tests).
DESIGNED_5XX = {"suc-khoe/": {503}}
# Swept through every parameter a route reads, on top of hypothesis's random draws: what broke before.
SWEEP = [
    "²⁰²⁶",
    "٢٠٢٦",
    "20261",
    "-1",
    "10000",
    "9" * 5000,
    "\x00",
    "x" * 3000,
    "1e309",
    "Céng hßa",
    "' OR '1'='1",
]


@pytest.fixture
def read_names(monkeypatch):
    """Record every name a view reads from request.GET or request.POST (get, [], getlist, in)."""
    from django.http import QueryDict

    names: set[str] = set()

    def recording(method):
        def wrapper(self, key, *args, **kwargs):
            names.add(key)
            return method(self, key, *args, **kwargs)

        return wrapper

    for method in ("get", "getlist", "__getitem__", "__contains__"):
        monkeypatch.setattr(QueryDict, method, recording(getattr(QueryDict, method)))
    return names


def _params_read_by(client, url: str, read_names: set[str]) -> list[str]:
    """The query parameters the view at ``url`` asks for, watched on a bare request (with values present,
    code that copies or re-encodes the query would touch every name and tell nothing)."""
    read_names.clear()
    client.get(url)
    return sorted(name for name in read_names if isinstance(name, str) and name != "csrfmiddlewaretoken")


def _fuzz_route(client, registers, route: str, read_names: set[str]) -> int:
    allowed = DESIGNED_5XX.get(route, set())
    sample_url = "/" + CONVERTER_RE.sub(lambda m: registers["ids"][0] if m.group(1) == "int" else "x", route)
    if route.startswith("^"):
        sample_url = "/" + registers["pages"][1]
    names = sorted(set(_params_read_by(client, sample_url, read_names)) | API_PARAMS.get(route, set()))

    def check(url: str, params: dict) -> None:
        cache.clear()
        response = client.get(url, params)
        assert response.status_code < 500 or response.status_code in allowed, (
            url,
            params,
            response.status_code,
        )

    for name in names:
        for value in SWEEP:
            check(sample_url, {name: value})

    @FUZZ
    @given(data=st.data())
    def request_once(data):
        url = _url(data, route, registers)
        pool = names or ALL_PARAMS
        check(url, data.draw(st.dictionaries(st.sampled_from(pool), hostile, max_size=4)))

    request_once()
    return len(names)


def test_no_query_value_gives_a_server_error(client, registers, read_names):
    """Every public route in one test, so the registers are built once (the fuzzing is the slow part)."""
    fuzzed = {route: _fuzz_route(client, registers, route, read_names) for route in ROUTES}
    # The watch found the parameters of the registers (not a hand-made list that could go stale).
    assert fuzzed["van-ban/"] >= 7 and fuzzed["cong-bao/"] >= 1 and fuzzed["hoi-dap/"] >= 4, fuzzed


def _form_values(data, form, valid: dict) -> dict:
    """The valid values with some fields (any of the form's fields) replaced by hostile ones."""
    names = sorted(form.fields)
    broken = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))
    values = {**valid}
    for name in broken:
        values[name] = data.draw(hostile)
    return values


VALID_QUESTION = {
    "asker_type": "individual", "full_name": "Trần Thị Bình", "id_number": "001203004005",
    "house_number": "5", "street": "Đường Lê Lợi", "commune": "Phường 1", "district": "Thành phố Sóc Trăng",
    "province": "Sóc Trăng", "phone": "0912 345 678", "email": "binh@example.com",
    "title": "Hỏi về hỗ trợ giống cây trồng", "content": "Hộ gia đình tôi có được hỗ trợ không?",
    "regulation": "Nghị định 02/2017/NĐ-CP", "consent": "on",
}  # fmt: skip
hostile_files = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "don.pdf",
                "anh.jpg",
                "cccd.png",
                "a.docx",
                "b.odt",
                "x.exe",
                "",
                "bao-cao.pdf.exe",
                "tệp\x00.pdf",
            ]
        ),
        st.one_of(
            st.binary(max_size=300), st.sampled_from([b"%PDF-1.4\n", b"\xff\xd8\xff\xe0rac", b"PK\x03\x04"])
        ),
    ),
    max_size=3,
)


@pytest.mark.parametrize(
    ("url", "kind"), [("/hoi-dap/dat-cau-hoi/", "question"), ("/phan-anh-kien-nghi/gui/", "petition")]
)
def test_no_ask_form_value_gives_a_server_error(client, registers, url, kind):
    form = QuestionForm(kind=kind)

    @FUZZ
    @given(data=st.data())
    def post_once(data):
        cache.clear()
        values = _form_values(data, form, VALID_QUESTION)
        files = [SimpleUploadedFile(name or "x", content) for name, content in data.draw(hostile_files)]
        response = client.post(url, {**values, "attachments": files})
        assert response.status_code < 500, (values, response.status_code)

    post_once()


def test_no_lookup_value_gives_a_server_error(client, registers):
    question: Question = registers["question"]
    fields = sorted(set(LookupForm.base_fields) | set(PersonalDataForm.base_fields))

    @FUZZ
    @given(data=st.data())
    def post_once(data):
        cache.clear()
        # Half the time signed in to the question by its code first, so correct/withdraw do real work.
        if data.draw(st.booleans()):
            client.post("/hoi-dap/tra-cuu/", {"action": "find", "code": question.code})
        action = data.draw(st.one_of(st.sampled_from(["find", "forget", "correct", "withdraw"]), hostile))
        values = {
            name: data.draw(hostile) for name in data.draw(st.lists(st.sampled_from(fields), max_size=5))
        }
        response = client.post(
            "/hoi-dap/tra-cuu/", {"action": action, "confirm": data.draw(hostile), **values}
        )
        assert response.status_code < 500, (action, values, response.status_code)
        assert client.get("/hoi-dap/tra-cuu/").status_code < 500

    post_once()


def test_no_comment_value_gives_a_server_error(client, registers):
    consultation = registers["consultation"]
    form = CommentForm(consultation=consultation)
    valid = {"name": "Lê Văn Cường", "organisation": "", "email": "cuong@example.com", "article": "",
             "text": "Đề nghị bổ sung thời hạn trả lời."}  # fmt: skip

    @FUZZ
    @given(data=st.data())
    def post_once(data):
        cache.clear()
        values = _form_values(data, form, valid)
        response = client.post(f"/lay-y-kien/{consultation.slug}/", values)
        assert response.status_code < 500, (values, response.status_code)

    post_once()
