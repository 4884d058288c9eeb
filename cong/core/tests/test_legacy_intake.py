"""Every way text enters the portal repairs TCVN3 (ABC) and VNI the same way (cong.core.text): the legal
extractor and importer, the public forms, staff and submission uploads, and query values.

The bytes are real 8-bit legacy bytes, as an ABC-era Notepad or Word "text only" file holds them.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from cong.core.params import text_param
from cong.core.text import TCVN3, VNI, clean_text, decode_bytes, unicode_to_legacy
from cong.core.uploads import check_upload, with_unicode_text
from cong.legal.tests.samples import LETTER, RESOLUTION


def legacy_bytes(text: str, encoding: str = TCVN3) -> bytes:
    return unicode_to_legacy(text, encoding).encode("latin-1")


def test_the_letter_is_really_8_bit_tcvn3_and_text_fix_repairs_it():
    data = legacy_bytes(LETTER)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert b"S\xe8: 2345/UBND-VX4" in data and b"KT. CH\xf1 T\xdeCH" in data
    assert decode_bytes(data).text == LETTER  # capitals too: "Số", "CHỦ TỊCH"


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_legal_extract_reads_an_official_letter_saved_in_a_legacy_encoding(tmp_path, capsys, encoding):
    source = tmp_path / "cong-van.txt"
    source.write_bytes(legacy_bytes(LETTER, encoding))
    call_command("legal", "extract", str(source))  # exited 2 "Không nhận ra văn bản" before
    out = capsys.readouterr().out
    assert "Số, ký hiệu: 2345/UBND-VX4" in out and "Ngày ban hành: 2022-09-05" in out
    assert "Cơ quan ban hành: Ủy ban nhân dân tỉnh Lâm Đồng" in out
    assert "Người ký: Đặng Trí Dũng (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)" in out


@pytest.mark.django_db
def test_legal_import_stores_unicode_from_tcvn3_bytes(tmp_path):
    from cong.legal.models import LegalDocument

    source = tmp_path / "nghi-quyet.txt"
    source.write_bytes(legacy_bytes(RESOLUTION))
    call_command("legal", "import", str(source))
    document = LegalDocument.objects.get()
    assert document.number == "05/2021/NQ-HĐND"
    assert document.issuer == "Hội đồng nhân dân tỉnh Quảng Ninh"
    assert (
        document.summary == "Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh"
    )
    assert document.extraction["encoding"] == TCVN3  # the editor sees the file was converted


@pytest.mark.django_db
def test_the_ask_form_repairs_pasted_tcvn3_and_still_spots_a_complaint(client, portal, settings):
    from cong.citizens.models import Question
    from cong.citizens.tests.test_public import form_data

    settings.CONG_PROFILE = "lai-chau"
    content = "Tôi làm đơn khiếu nại quyết định thu hồi đất của xã."
    data = form_data(content=unicode_to_legacy(content, TCVN3), topic="Thủ tục hành chính")
    data["title"] = unicode_to_legacy("Hỏi về thu hồi đất", TCVN3)
    body = client.post("/hoi-dap/dat-cau-hoi/", data).content.decode()
    assert "Cổng không tiếp nhận khiếu nại, tố cáo" in body  # the TCVN3 "khiÕu n¹i" was read as Vietnamese
    assert content in body  # and shown back repaired
    data["not_a_complaint"] = "on"
    assert client.post("/hoi-dap/dat-cau-hoi/", data).status_code == 302
    question = Question.objects.get()
    assert (question.title, question.content) == ("Hỏi về thu hồi đất", content)


def test_a_tcvn3_text_file_is_accepted_as_text_and_stored_as_utf8():
    upload = SimpleUploadedFile("thong-bao.txt", legacy_bytes(LETTER), content_type="text/plain")
    assert check_upload(upload, kind="document") == "txt"  # was refused as "không xác định được"
    repaired = with_unicode_text(upload)
    assert repaired.name == "thong-bao.txt"
    assert repaired.read().decode("utf-8") == LETTER
    utf8 = SimpleUploadedFile("ghi-chu.txt", "Thông báo".encode())
    assert with_unicode_text(utf8) is utf8  # Unicode is never touched


@pytest.mark.django_db
def test_the_staff_document_form_stores_a_vni_text_file_in_utf8(settings, tmp_path):
    from wagtail.documents import get_document_model
    from wagtail.documents.forms import get_document_form

    settings.MEDIA_ROOT = tmp_path
    text = "Thông báo lịch tiếp công dân tháng 12 của Ủy ban nhân dân tỉnh."
    form = get_document_form(get_document_model())(
        data={"title": "Lịch tiếp dân", "collection": 1},
        files={"file": SimpleUploadedFile("lich.txt", legacy_bytes(text, VNI))},
    )
    assert form.is_valid(), form.errors
    document = form.save()
    with document.file.open("rb") as handle:
        assert handle.read().decode("utf-8") == text


@pytest.mark.django_db
def test_a_search_typed_in_vni_finds_the_legal_document(client, portal):
    from cong.legal.tests.factories import make_document

    make_document(summary="Quy định thủ tục hành chính về đất đai")
    typed = unicode_to_legacy("thủ tục hành chính", VNI)
    assert text_param(typed) == clean_text(typed) == "thủ tục hành chính"
    listing = client.get("/van-ban/", {"q": typed}).content.decode()
    assert "Quy định thủ tục hành chính về đất đai" in listing


@pytest.mark.django_db
def test_a_tcvn3_text_file_sent_with_the_submission_form_is_kept_in_utf8(
    newsroom, client, settings, tmp_path
):
    from cong.editorial.models import InformationSubmission

    settings.MEDIA_ROOT = tmp_path
    response = newsroom.submit_form(
        client,
        title="Công văn triển khai Nghị định 42",
        documents=[SimpleUploadedFile("cong-van.txt", legacy_bytes(LETTER), "text/plain")],
    )
    assert response.status_code == 302
    submission = InformationSubmission.objects.get()
    assert submission.refused_files == []
    with submission.files.get().document.file.open("rb") as handle:
        assert handle.read().decode("utf-8") == LETTER
