"""Upload checks (kiểm tra tệp tải lên): by content, not by name (ST-17.3, ST-17.4, KT-3.5).

Public API for every app that accepts a file::

    from cong.core.uploads import check_upload, strip_image_metadata, without_metadata

    check_upload(uploaded_file, kind="document")   # or kind="image"; raises ValidationError
    clean = strip_image_metadata(uploaded_file)     # a new file: same picture, no EXIF/GPS
    stored = without_metadata(uploaded_file)        # pictures stripped, other files unchanged

``check_upload`` reads the first bytes (magic numbers, via ``filetype``), refuses anything outside the
allow-list of its kind, a name whose extension says another type than the content (``baocao.pdf`` that
is really a program), and anything over the size limit; when ``CLAMAV_SOCKET`` or ``CLAMAV_HOST`` is
set it also asks ClamAV. The Vietnamese message names the file and the reason.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .text import UNICODE, LegacyTextError, decode_bytes, detect_encoding

logger = logging.getLogger(__name__)

# Detected type → extensions a file of that type may carry.
IMAGE_TYPES = {
    "jpg": {"jpg", "jpeg", "jpe"},
    "png": {"png"},
    "gif": {"gif"},
    "webp": {"webp"},
}
DOCUMENT_TYPES = {
    "pdf": {"pdf"},
    "doc": {"doc"},
    "xls": {"xls"},
    "ppt": {"ppt"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "pptx": {"pptx"},
    "odt": {"odt"},
    "ods": {"ods"},
    "odp": {"odp"},
    "rtf": {"rtf"},
    "zip": {"zip"},
    "rar": {"rar"},
    "7z": {"7z"},
    "txt": {"txt", "csv"},
    **IMAGE_TYPES,
}
KIND_LABELS = {"image": gettext_lazy("ảnh"), "document": gettext_lazy("tài liệu")}
TYPE_NAMES = {
    "exe": gettext_lazy("tệp chương trình (.exe)"),
    "elf": gettext_lazy("tệp chương trình"),
    "html": gettext_lazy("trang HTML"),
    "svg": gettext_lazy("ảnh SVG có thể chứa mã"),
    "swf": gettext_lazy("tệp Flash"),
    "wasm": gettext_lazy("mã WebAssembly"),
    "unknown": gettext_lazy("không xác định được"),
}
# OLE2 (doc/xls/ppt) all start with the same 8 bytes; filetype tells them apart only sometimes.
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}


def _refuse(name: str, reason: str, code: str) -> ValidationError:
    message = _("Tệp «%(name)s» bị từ chối: %(reason)s.") % {"name": name, "reason": reason}
    return ValidationError(message, code=code, params={"name": name})


def _read_all(uploaded_file) -> bytes:
    uploaded_file.seek(0)
    data = uploaded_file.read()
    uploaded_file.seek(0)
    return data if isinstance(data, bytes) else data.encode()


def detect_type(data: bytes) -> str:
    """The type named by the content: "pdf", "docx", "jpg", "exe", "html", "txt" … or "unknown"."""
    head = data[:8192]
    stripped = head.lstrip().lower()
    if (
        stripped.startswith((b"<!doctype html", b"<html", b"<script", b"<?xml", b"<svg"))
        or b"<svg" in stripped[:512]
    ):
        return "svg" if b"<svg" in stripped[:2048] else "html"
    if head.startswith(OLE2):
        kind = filetype.guess_extension(head)
        return kind if kind in ("doc", "xls", "ppt") else _ole2_kind(data)
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    kind = filetype.guess_extension(head)
    if kind:
        return kind
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if _is_text(data):
        return "txt"
    return "unknown"


def _ole2_kind(data: bytes) -> str:
    for marker, kind in ((b"W\x00o\x00r\x00d\x00D\x00o\x00c", "doc"), (b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k", "xls"),
                         (b"P\x00o\x00w\x00e\x00r\x00P\x00o\x00i\x00n\x00t", "ppt")):  # fmt: skip
        if marker in data:
            return kind
    return "ole2"


class ArchiveRefused(ValueError):
    """An archive that would expand far beyond its own size (bom nén, "zip bomb"); the message says why."""


# Limits for archives (docx, odt, xlsx, zip …): what they may hold once expanded, checked before inflating.
ARCHIVE_PREFIX_BYTES = 256  # of the "mimetype" entry: enough for any ODF type name


def _archive_limits() -> tuple[int, int, int]:
    return (
        settings.CONG_UPLOAD_MAX_ARCHIVE_MEMBERS,
        settings.CONG_UPLOAD_MAX_EXPANDED_SIZE,
        settings.CONG_UPLOAD_MAX_COMPRESSION_RATIO,
    )


def check_archive(data: bytes) -> None:
    """Refuse a zip container whose members are too many or would expand too far (ST-17.4).

    Judged first on the sizes the archive declares, before anything is inflated; then every member is
    inflated in 64 KB chunks and counted against the same limits. ``zipfile`` never inflates a member past
    its declared size, so an archive that lies about its sizes ends in a CRC error (``BadZipFile``) instead
    of reaching a document parser or a reader's unzip tool. Memory stays at one chunk whatever it holds.
    Raises ``ArchiveRefused`` with a Vietnamese reason; ``zipfile.BadZipFile`` when it is not a sound zip.
    """
    max_members, max_expanded, max_ratio = _archive_limits()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > max_members:
            raise ArchiveRefused(
                _("tệp nén chứa %(count)s tệp con, vượt giới hạn %(limit)s")
                % {"count": len(members), "limit": max_members}
            )
        declared = sum(member.file_size for member in members)
        _check_expansion(declared, len(data), max_expanded, max_ratio)
        inflated = 0
        for member in members:
            if member.is_dir() or member.flag_bits & 0x1:  # encrypted: only its declared size can be judged
                continue
            with archive.open(member) as stream:
                while chunk := stream.read(64 * 1024):
                    inflated += len(chunk)
                    _check_expansion(inflated, len(data), max_expanded, max_ratio)


def _check_expansion(expanded: int, packed: int, max_expanded: int, max_ratio: int) -> None:
    if expanded > max_expanded:
        raise ArchiveRefused(
            _("tệp nén giải ra hơn %(size)s MB (bom nén), vượt giới hạn cho phép")
            % {"size": max_expanded // 1048576}
        )
    # Small archives may compress well (a short XML); a large expansion must stay in proportion.
    if expanded > 1048576 and expanded > max_ratio * max(packed, 1):
        raise ArchiveRefused(
            _("tệp nén giải ra gấp hơn %(ratio)s lần dung lượng của nó (bom nén), không được chấp nhận")
            % {"ratio": max_ratio}
        )


def _zip_kind(data: bytes) -> str:
    """ "odt", "docx" … or "zip", told from the member names and the first bytes of "mimetype" only.

    Raises ``ArchiveRefused`` for an archive that is too large once expanded (checked before reading).
    """
    try:
        check_archive(data)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                with archive.open("mimetype") as stream:
                    head = stream.read(ARCHIVE_PREFIX_BYTES)
                mimetype = head.decode("ascii", "replace").strip()
                if mimetype in ODF_MIMETYPES:
                    return ODF_MIMETYPES[mimetype]
            if "[Content_Types].xml" in names:
                for kind, prefix in OOXML_PARTS.items():
                    if any(name.startswith(prefix) for name in names):
                        return kind
            return "zip"
    except ArchiveRefused:
        raise  # a ValueError too, but the caller words this refusal
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError, zlib.error):
        return "unknown"


def _is_text(data: bytes) -> bool:
    """UTF-8 text, or 8-bit text typed in TCVN3 (ABC) or VNI, as old Word and Notepad files are."""
    if b"\x00" in data[:8192]:
        return False
    sample = data[:65536]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start > 65530:  # a multi-byte character cut at the sample's end
            return True
        return detect_encoding(sample.decode("latin-1")) != UNICODE
    return True


def with_unicode_text(uploaded_file):
    """The upload itself, or for a plain-text file in TCVN3 or VNI a UTF-8 copy with the same name:
    the same repair ``cong text fix``, the legal importer and the forms make (``cong.core.text``)."""
    data = _read_all(uploaded_file)
    if detect_type(data) != "txt":
        return uploaded_file
    try:
        data.decode("utf-8")
        return uploaded_file
    except UnicodeDecodeError:
        pass
    try:
        fixed = decode_bytes(data)
    except LegacyTextError:
        return uploaded_file
    name = PurePath(getattr(uploaded_file, "name", "") or "van-ban.txt").name
    return SimpleUploadedFile(name, fixed.text.encode("utf-8"), content_type="text/plain; charset=utf-8")


def max_size(kind: str) -> int:
    return settings.CONG_UPLOAD_MAX_IMAGE_SIZE if kind == "image" else settings.CONG_UPLOAD_MAX_DOCUMENT_SIZE


def check_upload(uploaded_file, kind: str = "document") -> str:
    """Refuse a file that is not what an allowed type of ``kind`` looks like; return its detected type.

    Raises ``django.core.exceptions.ValidationError`` with a Vietnamese message naming the file.
    """
    if kind not in KIND_LABELS:
        raise ValueError(f"kind must be 'image' or 'document', not {kind!r}")
    name = PurePath(getattr(uploaded_file, "name", "") or "tep").name
    size = getattr(uploaded_file, "size", None)
    limit = max_size(kind)
    if size is not None and size > limit:
        raise _refuse(
            name,
            _("dung lượng %(size)s MB vượt giới hạn %(limit)s MB")
            % {"size": f"{size / 1048576:.1f}", "limit": limit // 1048576},
            "too_large",
        )
    if size == 0:
        raise _refuse(name, _("tệp rỗng"), "empty")
    data = _read_all(uploaded_file)
    if len(data) > limit:
        raise _refuse(
            name, _("dung lượng vượt giới hạn %(limit)s MB") % {"limit": limit // 1048576}, "too_large"
        )
    allowed = IMAGE_TYPES if kind == "image" else DOCUMENT_TYPES
    try:
        detected = detect_type(data)
    except ArchiveRefused as error:
        raise _refuse(name, str(error), "archive") from None
    if detected not in allowed:
        what = (
            TYPE_NAMES[detected] if detected in TYPE_NAMES else _("định dạng %(type)s") % {"type": detected}
        )
        permitted = ", ".join(sorted({ext for exts in allowed.values() for ext in exts}))
        raise _refuse(
            name,
            _("nội dung là %(what)s, không phải %(kind)s được phép (%(permitted)s)")
            % {"what": what, "kind": KIND_LABELS[kind], "permitted": permitted},
            "type",
        )
    if detected in IMAGE_TYPES:
        _check_picture(name, data)
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension not in allowed[detected]:
        shown = f".{extension}" if extension else _("không có phần mở rộng")
        raise _refuse(
            name,
            _("tên tệp (%(shown)s) không khớp nội dung thật là %(type)s")
            % {"shown": shown, "type": detected.upper()},
            "mismatch",
        )
    scan_for_viruses(name, data)
    return detected


def _check_picture(name: str, data: bytes) -> None:
    """Refuse what starts like a picture but does not decode (JPEG magic bytes then anything), and a
    picture whose pixel count would take gigabytes to decode (a "pixel bomb"), judged from its header."""
    from PIL import Image

    limit = settings.CONG_UPLOAD_MAX_IMAGE_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as picture:
            width, height = picture.size
            if width * height > limit:
                raise _refuse(
                    name,
                    _("ảnh %(width)s×%(height)s điểm ảnh, vượt giới hạn %(limit)s triệu điểm ảnh")
                    % {"width": width, "height": height, "limit": limit // 1_000_000},
                    "pixels",
                )
            picture.load()
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise _refuse(
            name,
            _("ảnh quá lớn, vượt giới hạn %(limit)s triệu điểm ảnh") % {"limit": limit // 1_000_000},
            "pixels",
        ) from None
    except Exception:  # noqa: BLE001 - Pillow fails in many ways on a broken file (OSError, SyntaxError …)
        raise _refuse(
            name, _("không đọc được nội dung ảnh (tệp hỏng hoặc không phải ảnh thật)"), "broken_image"
        ) from None


def scan_for_viruses(name: str, data: bytes) -> None:
    """Ask ClamAV when configured (CLAMAV_SOCKET or CLAMAV_HOST); refuse when it finds something, and
    refuse too when it cannot be asked — a configured scanner that is down must not let files through."""
    scanner = _clamd()
    if scanner is None:
        return
    try:
        result = scanner.instream(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - any failure of the scanner
        logger.error("ClamAV unreachable while scanning %s: %s", name, error)
        raise _refuse(
            name, _("chưa kiểm tra được virus (máy quét tạm ngừng), xin thử lại sau"), "scanner"
        ) from None
    status, signature = (result or {}).get("stream", ("OK", None))
    if status == "FOUND":
        raise _refuse(name, _("phát hiện mã độc (%(signature)s)") % {"signature": signature}, "virus")


def _clamd():
    import clamd

    if settings.CLAMAV_SOCKET:
        return clamd.ClamdUnixSocket(path=settings.CLAMAV_SOCKET)
    if settings.CLAMAV_HOST:
        return clamd.ClamdNetworkSocket(host=settings.CLAMAV_HOST, port=settings.CLAMAV_PORT)
    return None


def strip_image_metadata(uploaded_file) -> SimpleUploadedFile:
    """Re-encode an image so that EXIF, GPS position, comments and other metadata are gone.

    The picture is turned upright first (EXIF orientation), then saved again in its own format;
    animated GIF/WebP keep their frames. The result is a new in-memory upload with the same name.
    """
    from PIL import Image, ImageOps, ImageSequence

    name = PurePath(getattr(uploaded_file, "name", "") or "anh").name
    data = _read_all(uploaded_file)
    with Image.open(io.BytesIO(data)) as image:
        image_format = image.format
        output = io.BytesIO()
        if getattr(image, "is_animated", False) and image_format in ("GIF", "WEBP"):
            frames = [_pixels_only(frame) for frame in ImageSequence.Iterator(image)]
            options = {"save_all": True, "append_images": frames[1:], "loop": image.info.get("loop", 0)}
            if "duration" in image.info:
                options["duration"] = image.info["duration"]
            frames[0].save(output, format=image_format, **options)
        else:
            clean = _pixels_only(ImageOps.exif_transpose(image))
            options = {"quality": 90, "optimize": True} if image_format == "JPEG" else {}
            if "transparency" in clean.info and image_format in ("PNG", "GIF"):
                options["transparency"] = clean.info["transparency"]
            if image_format == "JPEG" and clean.mode not in ("RGB", "L", "CMYK"):
                clean = clean.convert("RGB")
            clean.save(output, format=image_format, **options)
    content_type = Image.MIME.get(image_format, "application/octet-stream")
    return SimpleUploadedFile(name, output.getvalue(), content_type=content_type)


def without_metadata(uploaded_file):
    """The upload itself, or, when it is a picture (by content), a copy without EXIF, GPS or comments."""
    uploaded_file.seek(0)
    head = uploaded_file.read(8192)
    uploaded_file.seek(0)
    if filetype.guess_extension(head) in IMAGE_TYPES:
        return strip_image_metadata(uploaded_file)
    return uploaded_file


def _pixels_only(picture):
    """A new image with the same pixels (and palette) and nothing else: no EXIF, XMP, GPS or comments."""
    from PIL import Image

    picture.load()
    clean = Image.frombytes(picture.mode, picture.size, picture.tobytes())
    if picture.mode in ("P", "PA") and picture.getpalette():
        clean.putpalette(picture.getpalette())
    if "transparency" in picture.info:
        clean.info["transparency"] = picture.info["transparency"]
    return clean
