"""Zip bombs (bom nén): an archive is judged before it is inflated, and reading it costs bounded memory."""

import io
import struct
import tracemalloc
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from cong.core.uploads import check_archive, check_upload

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def zip_bomb(megabytes: int = 200, first: str = "mimetype", prefix: bytes = ODT_MIMETYPE) -> bytes:
    """An .odt whose first member inflates to ``megabytes`` MB of zeros: about 200 KB on disk."""
    buffer = io.BytesIO()
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open(first, "w") as member:
            member.write(prefix)
            for _ in range(megabytes):
                member.write(zeros)
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def lying_bomb(megabytes: int = 200) -> bytes:
    """The same bomb with its declared size rewritten to 1 KB, so only counting what inflates finds it."""
    data = bytearray(zip_bomb(megabytes, first="noidung.xml", prefix=b"<x/>"))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        bomb = archive.getinfo("noidung.xml")
    # Uncompressed size: at byte 22 of the local header, byte 24 of the central directory entry.
    struct.pack_into("<I", data, bomb.header_offset + 22, 1024)
    central = data.find(b"PK\x01\x02")
    assert data[central + 46 : central + 46 + len("noidung.xml")] == b"noidung.xml"
    struct.pack_into("<I", data, central + 24, 1024)
    return bytes(data)


def peak_memory(function, *args) -> tuple[int, Exception | None]:
    tracemalloc.start()
    error = None
    try:
        function(*args)
    except Exception as raised:  # noqa: BLE001 - the refusal is what we measure around
        error = raised
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, error


def test_a_200_mb_odt_bomb_is_refused_in_vietnamese_with_bounded_memory():
    bomb = zip_bomb(200)
    assert len(bomb) < 1024 * 1024  # it fits well under every upload limit
    upload = SimpleUploadedFile(
        "don-de-nghi.odt", bomb, content_type="application/vnd.oasis.opendocument.text"
    )
    peak, error = peak_memory(check_upload, upload, "document")
    assert isinstance(error, ValidationError)
    assert error.code == "archive"
    assert "bom nén" in error.messages[0] and "don-de-nghi.odt" in error.messages[0]
    # The upload itself is ~200 KB; reading it must not come near the 200 MB it expands to.
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1048576:.1f} MB"


def test_an_archive_that_lies_about_its_sizes_is_refused_with_bounded_memory():
    bomb = lying_bomb(200)
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert sum(member.file_size for member in archive.infolist()) < 1024 * 1024  # declared: tiny
    peak, error = peak_memory(check_archive, bomb)
    # zipfile stops at the declared size, so the lie ends in a failed CRC check, not in 200 MB.
    assert isinstance(error, zipfile.BadZipFile) and "CRC" in str(error)
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1048576:.1f} MB"
    with pytest.raises(ValidationError, match="tai-lieu.zip"):
        check_upload(SimpleUploadedFile("tai-lieu.zip", bomb))


def test_too_many_members_are_refused(settings):
    settings.CONG_UPLOAD_MAX_ARCHIVE_MEMBERS = 50
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(51):
            archive.writestr(f"tep-{number}.txt", "x")
    with pytest.raises(ValidationError, match="51 tệp con"):
        check_upload(SimpleUploadedFile("nhieu-tep.zip", buffer.getvalue()))


def test_an_ordinary_office_document_still_passes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        # A long but ordinary text: repetitive XML compresses well, yet stays far below the ratio limit.
        paragraphs = "".join(
            f"<text:p>Điều {n}. Quy định về thủ tục hành chính số {n}.</text:p>" for n in range(20000)
        )
        archive.writestr("content.xml", f"<office:document-content>{paragraphs}</office:document-content>")
    assert check_upload(SimpleUploadedFile("quy-che.odt", buffer.getvalue())) == "odt"


@pytest.mark.django_db
def test_staff_zip_documents_go_through_the_same_check():
    bomb = zip_bomb(150, first="bang-tinh.csv", prefix=b"so,ten\n")
    from wagtail.documents import get_document_model
    from wagtail.documents.forms import get_document_form

    form = get_document_form(get_document_model())(
        data={"title": "Hồ sơ nén"}, files={"file": SimpleUploadedFile("ho-so.zip", bomb)}
    )
    assert not form.is_valid()
    assert "bom nén" in " ".join(form.errors["file"])
