"""The public side: asking, anti-abuse, receipt, lookup by code, published Q&A and petitions."""

import base64
import html
import json
import re

import pytest
from altcha import solve_challenge_v1
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cong.citizens import actions
from cong.citizens.models import Question

from . import factories as f

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()
    yield
    cache.clear()


def form_data(**extra):
    data = {
        "asker_type": "individual",
        "full_name": "Trần Thị Bình",
        "id_number": "001203004005",
        "house_number": "5",
        "street": "Đường Lê Lợi",
        "commune": "Phường 1",
        "district": "Thành phố Sóc Trăng",
        "province": "Sóc Trăng",
        "phone": "0912 345 678",
        "email": "binh@example.com",
        "title": "Hỏi về hỗ trợ giống cây trồng",
        "content": "Hộ gia đình tôi có được hỗ trợ giống lúa khi bị thiên tai không?",
        "consent": "on",
    }
    data.update(extra)
    return data


def test_a_normal_person_never_sees_a_puzzle_and_gets_a_receipt_with_a_code(client, portal):
    page = client.get("/hoi-dap/dat-cau-hoi/")
    assert page.status_code == 200
    assert "data-altcha-challenge" not in page.content.decode()
    assert "Thời gian lưu" in page.content.decode() and "Quyền của bạn" in page.content.decode()
    response = client.post("/hoi-dap/dat-cau-hoi/", form_data())
    assert response.status_code == 302 and response["Location"] == "/hoi-dap/bien-nhan/"
    question = Question.objects.get()
    assert question.phone == "0912345678" and question.status == Question.Status.RECEIVED
    receipt = client.get("/hoi-dap/bien-nhan/").content.decode()
    assert question.code in receipt and question.reference in receipt


def test_soc_trang_requires_the_id_number_and_checks_its_format(client, portal, settings):
    settings.CONG_PROFILE = "soc-trang"  # ST-15.1.b
    response = client.post("/hoi-dap/dat-cau-hoi/", form_data(id_number=""))
    body = response.content.decode()
    assert response.status_code == 400 and "Vui lòng nhập «Số CMND, CCCD hoặc hộ chiếu»" in body
    assert 'value="Trần Thị Bình"' in body  # the form stays filled
    response = client.post("/hoi-dap/dat-cau-hoi/", form_data(id_number="12345"))
    assert "CCCD gồm 12 chữ số" in response.content.decode()
    assert not Question.objects.exists()
    # The national profile (qa.asker_fields.individual = full name, e-mail) asks no ID number.
    settings.CONG_PROFILE = "national"
    assert client.post("/hoi-dap/dat-cau-hoi/", form_data(id_number="")).status_code == 302
    assert Question.objects.get().id_number == ""


def test_lai_chau_organisation_needs_founding_decision_and_phone(client, portal, settings):
    settings.CONG_PROFILE = "lai-chau"  # LC-13.3.a
    data = form_data(
        asker_type="organisation",
        organisation_name="Công ty TNHH Tam Đường",
        position="Giám đốc",
        phone="",
        topic="Thủ tục hành chính",
    )
    body = client.post("/hoi-dap/dat-cau-hoi/", data).content.decode()
    assert "Vui lòng nhập «Số quyết định thành lập hoặc giấy phép»" in body
    assert "Vui lòng nhập «Điện thoại»" in body
    assert not Question.objects.exists()
    # The national profile (qa.asker_fields.organisation = name, position, e-mail) takes the same form.
    settings.CONG_PROFILE = "national"
    assert client.post("/hoi-dap/dat-cau-hoi/", data).status_code == 302
    assert Question.objects.get().founding_decision == ""


def test_no_consent_no_question(client, portal):
    data = form_data()
    del data["consent"]
    response = client.post("/hoi-dap/dat-cau-hoi/", data)
    assert response.status_code == 400 and "Cần đồng ý xử lý thông tin cá nhân" in response.content.decode()
    assert not Question.objects.exists()


def test_complaints_are_not_accepted_in_lai_chau_unless_the_person_confirms_a_question(
    client, portal, settings
):
    """``qa.excluded_topics`` (LC-13.2: «Khiếu nại», «Tố cáo»; none nationally, where the same text is a
    question like any other) and ``qa.disclaimer`` (LC-13.8) on the form."""
    settings.CONG_PROFILE = "lai-chau"  # LC-13.2, LC-13.8
    data = form_data(
        content="Tôi làm đơn khiếu nại quyết định thu hồi đất của xã.", topic="Thủ tục hành chính"
    )
    body = client.post("/hoi-dap/dat-cau-hoi/", data).content.decode()
    assert "Cổng không tiếp nhận khiếu nại, tố cáo" in body
    assert "không làm căn cứ pháp lý" in body  # the LC-13.8 disclaimer is on the form
    assert not Question.objects.exists()
    data["not_a_complaint"] = "on"
    assert client.post("/hoi-dap/dat-cau-hoi/", data).status_code == 302
    assert Question.objects.count() == 1


def test_disallowed_and_oversize_attachments_are_refused(client, portal, settings):
    exe = SimpleUploadedFile("baocao.pdf", b"MZ\x90\x00" + b"\x00" * 100, content_type="application/pdf")
    body = client.post("/hoi-dap/dat-cau-hoi/", {**form_data(), "attachments": [exe]}).content.decode()
    assert "baocao.pdf" in body and "Chưa gửi được" in body
    settings.CONG_CITIZENS_ATTACHMENT_MAX_BYTES = 10
    big = SimpleUploadedFile("to.pdf", PDF, content_type="application/pdf")
    body = client.post("/hoi-dap/dat-cau-hoi/", {**form_data(), "attachments": [big]}).content.decode()
    assert "vượt quá" in body
    assert not Question.objects.exists()
    settings.CONG_CITIZENS_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
    good = SimpleUploadedFile("don.pdf", PDF, content_type="application/pdf")
    assert client.post("/hoi-dap/dat-cau-hoi/", {**form_data(), "attachments": [good]}).status_code == 302
    assert Question.objects.get().attachments.get().name == "don.pdf"


def solve(body: str) -> str:
    attrs = {k: html.unescape(v) for k, v in re.findall(r'data-altcha-(\w+)="([^"]*)"', body)}
    solution = solve_challenge_v1(attrs["challenge"], attrs["salt"], "SHA-256", int(attrs["max"]))
    payload = {
        "algorithm": "SHA-256",
        "challenge": attrs["challenge"],
        "number": solution.number,
        "salt": attrs["salt"],
        "signature": attrs["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


def test_a_filled_honeypot_requires_a_proof_of_work_verified_by_the_server(client, portal, settings):
    settings.CONG_CITIZENS_POW_MAX_NUMBER = 2000
    response = client.post("/hoi-dap/dat-cau-hoi/", form_data(website="http://spam.example"))
    body = response.content.decode()
    assert response.status_code == 400 and "data-altcha-challenge" in body
    assert not Question.objects.exists()
    forged = base64.b64encode(
        json.dumps(
            {"algorithm": "SHA-256", "challenge": "0", "number": 1, "salt": "x", "signature": "0"}
        ).encode()
    ).decode()
    assert client.post("/hoi-dap/dat-cau-hoi/", form_data(altcha=forged)).status_code == 400
    payload = solve(client.get("/hoi-dap/dat-cau-hoi/").content.decode())
    assert client.post("/hoi-dap/dat-cau-hoi/", form_data(altcha=payload)).status_code == 302
    # A solution works once.
    assert client.post("/hoi-dap/dat-cau-hoi/", form_data(altcha=payload)).status_code == 400
    assert Question.objects.count() == 1


def test_too_many_requests_from_one_address_get_a_clear_message(client, portal, settings):
    settings.CONG_CITIZENS_SOFT_LIMIT = 1
    settings.CONG_CITIZENS_HARD_LIMIT = 2
    assert client.post("/hoi-dap/dat-cau-hoi/", form_data()).status_code == 302
    second = client.post("/hoi-dap/dat-cau-hoi/", form_data())
    assert second.status_code == 400 and "data-altcha-challenge" in second.content.decode()
    third = client.post("/hoi-dap/dat-cau-hoi/", form_data(title="Lần ba"))
    assert third.status_code == 429 and "quá nhiều yêu cầu" in third.content.decode()
    assert 'value="Lần ba"' in third.content.decode()
    assert Question.objects.count() == 1


@pytest.fixture
def answered(portal):
    agency = f.agency()
    board = f.board_member()
    head = f.staff(agency, "giamdoc", head=True, position="Giám đốc Sở")
    question = f.question(
        title="Thủ tục hỗ trợ giống lúa sau thiên tai", content="Hồ sơ hỗ trợ gồm những gì?", field=f.field()
    )
    actions.route_question(question, agency, acting_user=board)
    import datetime as dt

    actions.answer_question(
        question,
        "Hồ sơ gồm đơn đề nghị có xác nhận của UBND xã.",
        acting_user=head,
        citations=[
            actions.CitationIn(
                "02/2017/NĐ-CP", "Cơ chế hỗ trợ sản xuất nông nghiệp", dt.date(2017, 1, 9), "Chính phủ"
            )
        ],
    )
    actions.publish_answer(question, acting_user=board)
    return question


def test_lookup_shows_status_answer_and_lets_the_asker_correct_and_withdraw(client, answered):
    assert client.post("/hoi-dap/tra-cuu/", {"action": "find", "code": "AAAA-BBBB-CCCC"}).status_code == 404
    response = client.post(
        "/hoi-dap/tra-cuu/", {"action": "find", "code": answered.code.lower().replace("-", " ")}
    )
    assert response.status_code == 302
    page = client.get("/hoi-dap/tra-cuu/").content.decode()
    assert "Đã đăng câu trả lời" in page and "Hồ sơ gồm đơn đề nghị" in page and "Nguyễn Văn An" in page
    data = {
        "action": "correct",
        **{
            k: getattr(answered, k)
            for k in (
                "full_name",
                "organisation_name",
                "position",
                "id_number",
                "founding_decision",
                "house_number",
                "street",
                "commune",
                "district",
                "province",
                "email",
            )
        },
        "phone": "0987 654 321",
    }
    assert client.post("/hoi-dap/tra-cuu/", data).status_code == 302
    answered.refresh_from_db()
    assert answered.phone == "0987654321"
    client.post("/hoi-dap/tra-cuu/", {"action": "withdraw", "confirm": "yes"})
    answered.refresh_from_db()
    assert answered.personal_data_erased_at and answered.full_name == ""
    assert client.get(answered.get_absolute_url()).status_code == 200  # the published Q&A stays


def test_answer_links_the_cited_document_however_its_number_is_written(client, portal):
    """An answer cites its legal documents (ST-15.4, LC-13.5): "1347 /QĐ-UBND" (a stray space) and
    "1347/qđ-ubnd" (lower case, which SQLite's ``iexact`` does not fold for "Đ") both link to the record
    numbered 1347/QĐ-UBND; of two issuers using that number, the cited issuer's; an unknown number stays
    plain text."""
    import datetime as dt

    from cong.legal.tests.factories import make_document

    # Two records numbered 1347/QĐ-UBND; the namesake, from another province and issued later, comes first
    # in the default order.
    cited, namesake = (
        make_document(publish=False, with_file=False, number="1347/QĐ-UBND", issuer=issuer, summary=summary,
                      issued_on=issued_on)
        for issuer, summary, issued_on in [
            ("Ủy ban nhân dân tỉnh Sóc Trăng", "Ban hành Quy chế tiếp nhận, trả lời câu hỏi trên Cổng",
             dt.date(2023, 6, 12)),
            ("Ủy ban nhân dân tỉnh Hòa Sơn", "Phê duyệt kế hoạch sử dụng đất", dt.date(2023, 9, 1)),
        ]
    )  # fmt: skip
    agency = f.agency()
    board = f.board_member()
    head = f.staff(agency, "giamdoc", head=True, position="Giám đốc Sở")
    question = f.question(title="Thời hạn trả lời câu hỏi trên Cổng", field=f.field())
    actions.route_question(question, agency, acting_user=board)
    summary, issued_on = "Quy chế tiếp nhận, trả lời câu hỏi", dt.date(2023, 6, 12)
    actions.answer_question(
        question,
        "Thời hạn trả lời theo Quy chế ban hành kèm Quyết định 1347/QĐ-UBND.",
        acting_user=head,
        citations=[
            actions.CitationIn("1347 /QĐ-UBND", summary, issued_on, "UBND tỉnh Sóc Trăng"),
            actions.CitationIn("1347/qđ-ubnd", summary, issued_on, "Ủy ban nhân dân tỉnh Sóc Trăng"),
            actions.CitationIn("1347/QĐ-UBND", "Kế hoạch sử dụng đất", issued_on, "UBND tỉnh Hòa Sơn"),
            actions.CitationIn("1348/QĐ-UBND", summary, issued_on, "UBND tỉnh Sóc Trăng"),
        ],
    )
    actions.publish_answer(question, acting_user=board)
    page = client.get(question.get_absolute_url()).content.decode()
    links = re.findall(r'<a href="([^"]+)">(\d+ ?/[^<]*)</a>', page)
    assert links == [
        (cited.get_absolute_url(), "1347 /QĐ-UBND"),
        (cited.get_absolute_url(), "1347/qđ-ubnd"),
        (namesake.get_absolute_url(), "1347/QĐ-UBND"),
    ]
    assert "<td>1348/QĐ-UBND</td>" in page


def test_published_answer_page_shows_no_personal_data_and_carries_qapage(client, answered, settings):
    """Under Lai Châu the page carries its ``qa.disclaimer`` (LC-13.8), not the generic reference note."""
    settings.CONG_PROFILE = "lai-chau"
    page = client.get(answered.get_absolute_url()).content.decode()
    assert "Nguyễn Văn An" in page and "Thành phố Lai Châu" in page
    for secret in ("001203004005", "0912345678", "an.nguyen@example.com", "Bế Văn Đàn"):
        assert secret not in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "QAPage" and data["mainEntity"]["acceptedAnswer"]["text"].startswith("Hồ sơ gồm")
    assert "02/2017/NĐ-CP" in page and "09/01/2017" in page and "Chính phủ" in page
    assert "không làm căn cứ pháp lý cho các quan hệ dân sự" in page  # LC-13.8


def test_search_with_or_without_diacritics_and_filters(client, answered):
    other = f.question(title="Câu hỏi chưa trả lời về giống lúa")  # not published: never listed
    for query in ("giong lua", "giống lúa"):
        page = client.get("/hoi-dap/", {"q": query}).content.decode()
        assert answered.get_absolute_url() in page and other.title not in page
    assert answered.get_absolute_url() not in client.get("/hoi-dap/", {"q": "xe buyt"}).content.decode()
    assert answered.get_absolute_url() in client.get("/hoi-dap/", {"linh-vuc": "tai-chinh"}).content.decode()
    assert answered.get_absolute_url() not in client.get("/hoi-dap/", {"co-quan": "khac"}).content.decode()
    year = answered.received_at.year
    assert answered.get_absolute_url() in client.get("/hoi-dap/", {"nam": year}).content.decode()
    assert client.get("/hoi-dap/", {"page": "999"}).status_code == 404
    assert client.get(f"/hoi-dap/{other.pk}/").status_code == 404


def test_petitions_have_their_own_form_and_publish_only_handled_results(client, portal):
    data = form_data(regulation="Quyết định 12/2020/QĐ-UBND, Điều 5", title="Kiến nghị giảm thành phần hồ sơ")
    del data["regulation"]
    assert (
        "Quy định hành chính được phản ánh" in client.post("/phan-anh-kien-nghi/gui/", data).content.decode()
    )
    data["regulation"] = "Quyết định 12/2020/QĐ-UBND, Điều 5"
    assert client.post("/phan-anh-kien-nghi/gui/", data).status_code == 302
    petition = Question.objects.get()
    assert petition.kind == Question.Kind.PETITION and petition.reference.startswith("PA-")
    assert (
        petition.title not in client.get("/phan-anh-kien-nghi/").content.decode()
    )  # KT-2.3: after publish only
    board, agency = f.board_member(), f.agency()
    head = f.staff(agency, "gd", head=True)
    actions.route_question(petition, agency, acting_user=board)
    actions.answer_question(petition, "Đã trình UBND tỉnh sửa đổi Điều 5.", acting_user=head)
    actions.publish_answer(petition, acting_user=board)
    listing = client.get("/phan-anh-kien-nghi/").content.decode()
    assert petition.title in listing
    detail = client.get(petition.get_absolute_url()).content.decode()
    assert "Kết quả xử lý" in detail and "Đã trình UBND tỉnh" in detail and "binh@example.com" not in detail


def test_kon_tum_has_petitions_but_no_qa(client, portal, settings):
    settings.CONG_PROFILE = "kon-tum"  # KT-2.3: petitions only
    assert client.get("/hoi-dap/dat-cau-hoi/").status_code == 404
    assert client.get("/phan-anh-kien-nghi/gui/").status_code == 200


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_public_pages_run_a_bounded_number_of_queries(client, answered):
    small = (count(client, "/hoi-dap/"), count(client, answered.get_absolute_url()))
    board, agency = f.board_member("bbt2"), answered.agency
    head = answered.agency.staff.get(is_head=True).user
    for i in range(15):
        q = f.question(title=f"Câu hỏi số {i}", field=f.field(f"Lĩnh vực {i % 3}", f"lv-{i % 3}"))
        actions.route_question(q, agency, acting_user=board)
        actions.answer_question(q, f"Trả lời {i}", acting_user=head)
        actions.publish_answer(q, acting_user=board)
    large = (count(client, "/hoi-dap/"), count(client, answered.get_absolute_url()))
    assert large == small, (small, large)
    assert max(large) <= 15  # issue 17: at most 15 queries on every public page


def test_the_field_choice_is_offered_only_when_there_are_fields_also_when_the_form_comes_back(client, portal):
    """No field yet: the form has no «Lĩnh vực» choice, shown or sent back with an error, and an accepted
    form asks nothing about fields. With fields: the choice is offered, kept when the form comes back, and
    the field chosen is the question's."""
    assert 'name="field"' not in client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    back = client.post("/hoi-dap/dat-cau-hoi/", form_data(title=""))
    assert back.status_code == 400 and 'name="field"' not in back.content.decode()
    with CaptureQueriesContext(connection) as captured:
        assert client.post("/hoi-dap/dat-cau-hoi/", form_data()).status_code == 302
    assert not [q for q in captured.captured_queries if "citizens_field" in q["sql"]]
    field = f.field()
    assert 'name="field"' in client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    back = client.post("/hoi-dap/dat-cau-hoi/", form_data(title="", field=field.pk))
    assert back.status_code == 400 and 'name="field"' in back.content.decode()
    assert client.post("/hoi-dap/dat-cau-hoi/", form_data(field=field.pk)).status_code == 302
    assert Question.objects.latest("pk").field == field
