"""Uploads are judged by content: disguised files refused, images re-encoded without EXIF/GPS."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cong.core import uploads
from cong.core.uploads import check_upload, strip_image_metadata

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200
EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def jpeg_with_gps() -> bytes:
    picture = Image.new("RGB", (40, 30), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Hang may anh"  # Make
    gps = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)}
    exif[0x8825] = gps  # GPSInfo
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("bao-cao.pdf", PDF, "document"),
        ("quyet-dinh.docx", docx_bytes(), "document"),
        ("ghi-chu.txt", "Thông báo lịch tiếp công dân".encode(), "document"),
        ("anh.jpg", jpeg_with_gps(), "image"),
        ("anh.JPEG", jpeg_with_gps(), "image"),
    ],
)
def test_genuine_files_pass(name, content, kind):
    check_upload(upload(name, content), kind=kind)


@pytest.mark.parametrize(
    ("name", "content", "kind", "reason"),
    [
        ("bao-cao.pdf", EXE, "document", "tệp chương trình"),
        ("bao-cao.pdf", ELF, "document", "tệp chương trình"),
        ("anh.jpg", b"<html><script>alert(1)</script></html>", "image", "trang HTML"),
        (
            "anh.png",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "image",
            "SVG",
        ),
        ("anh.jpg", PDF, "image", "không phải ảnh"),
        ("quyet-dinh.pdf", docx_bytes(), "document", "không khớp nội dung thật là DOCX"),
        ("anh.png", jpeg_with_gps(), "image", "không khớp nội dung thật là JPG"),
        ("trang.html", b"<!DOCTYPE html><p>x</p>", "document", "trang HTML"),
        ("rong.pdf", b"", "document", "tệp rỗng"),
    ],
)
def test_disguised_or_forbidden_files_are_refused_naming_the_file(name, content, kind, reason):
    with pytest.raises(ValidationError) as error:
        check_upload(upload(name, content), kind=kind)
    message = error.value.messages[0]
    assert f"«{name}»" in message and reason in message


def test_size_limit(settings):
    settings.CONG_UPLOAD_MAX_DOCUMENT_SIZE = 1024
    with pytest.raises(ValidationError, match="vượt giới hạn"):
        check_upload(upload("lon.pdf", PDF + b"0" * 2048))


def test_reencoding_removes_exif_and_gps_but_keeps_the_picture():
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
    clean = strip_image_metadata(upload("anh.jpg", original, "image/jpeg"))
    picture = Image.open(io.BytesIO(clean.read()))
    assert picture.format == "JPEG" and picture.size == (40, 30)
    assert not picture.getexif() and "exif" not in picture.info
    assert clean.name == "anh.jpg"


class FakeClamd:
    def __init__(self, result=None, fail=False):
        self.result, self.fail = result, fail

    def instream(self, stream):
        if self.fail:
            raise ConnectionError("down")
        data = stream.read()
        return {"stream": ("FOUND", "Eicar-Test-Signature") if b"EICAR" in data else ("OK", None)}


def test_clamav_refuses_the_eicar_test_file_and_fails_closed(monkeypatch):
    monkeypatch.setattr(uploads, "_clamd", lambda: FakeClamd())
    with pytest.raises(ValidationError, match="mã độc"):
        check_upload(upload("eicar.txt", EICAR))
    check_upload(upload("sach.txt", b"noi dung sach"))
    monkeypatch.setattr(uploads, "_clamd", lambda: FakeClamd(fail=True))
    with pytest.raises(ValidationError, match="chưa kiểm tra được virus"):
        check_upload(upload("sach.txt", b"noi dung sach"))


@pytest.mark.django_db
def test_wagtail_image_upload_is_checked_and_stripped(client, django_user_model, settings, tmp_path):
    from wagtail.images import get_image_model

    settings.MEDIA_ROOT = tmp_path
    admin = django_user_model.objects.create_superuser("quantri", "q@x.vn", "Mat-khau-2026!")
    client.force_login(admin)
    response = client.post(
        "/quan-tri/images/add/",
        {"title": "Ảnh có GPS", "file": upload("gps.jpg", jpeg_with_gps(), "image/jpeg"), "collection": 1},
    )
    assert response.status_code == 302, response.content.decode()[:300]
    image = get_image_model().objects.get(title="Ảnh có GPS")
    with image.file.open("rb") as handle:
        assert not Image.open(handle).getexif()
    refused = client.post(
        "/quan-tri/images/add/",
        {
            "title": "Giả mạo",
            "file": upload("gia.jpg", b"<html><script>alert(1)</script></html>", "image/jpeg"),
            "collection": 1,
        },
    )
    assert refused.status_code == 200
    assert not get_image_model().objects.filter(title="Giả mạo").exists()
    document = client.post(
        "/quan-tri/documents/add/",
        {"title": "Giả PDF", "file": upload("gia.pdf", EXE, "application/pdf"), "collection": 1},
    )
    assert "«gia.pdf» bị từ chối" in document.content.decode()
