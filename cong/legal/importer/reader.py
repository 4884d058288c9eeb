"""Turn a document file into Unicode text: .txt, .docx (python-docx), .odt (odfpy), .pdf (pypdf).

Old Word and text files typed in TCVN3 (.VnTime) or VNI fonts are converted to Unicode by the core
converter (``cong.core.text``). Tables are read cell by cell, in order, because the header of an official
document (issuer | motto, number | place and date) and its signature block are usually two-column tables.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from cong.core.text import LegacyTextError, decode_bytes, fix_text
from cong.core.uploads import ArchiveRefused, check_archive

SUPPORTED = (".txt", ".docx", ".odt", ".pdf")
MAX_BYTES = 30 * 1024 * 1024


class UnreadableDocument(ValueError):
    """The file cannot be read as text; the message (Vietnamese) says why."""


@dataclass(frozen=True)
class DocumentText:
    text: str
    encoding: str  # "unicode", "tcvn3" or "vni": what the text was found in


def read_bytes(data: bytes, name: str) -> DocumentText:
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(
            _("Tệp “%(name)s” lớn hơn %(size)s MB.") % {"name": name, "size": MAX_BYTES // (1024 * 1024)}
        )
    if not data.strip():
        raise UnreadableDocument(_("Tệp “%(name)s” rỗng.") % {"name": name})
    try:
        if suffix in (".txt", ".text", ".md", ""):
            fixed = decode_bytes(data)
            return DocumentText(fixed.text, fixed.encoding)
        if suffix in (".docx", ".odt"):
            check_archive(data)  # a zip bomb is refused before python-docx or odfpy inflates it
        if suffix == ".docx":
            return _fixed(_docx_text(data))
        if suffix == ".odt":
            return _fixed(_odt_text(data))
        if suffix == ".pdf":
            return _fixed(_pdf_text(data))
    except LegacyTextError as error:
        raise UnreadableDocument(str(error)) from error
    except ArchiveRefused as error:
        raise UnreadableDocument(
            _("Tệp “%(name)s” bị từ chối: %(error)s.") % {"name": name, "error": error}
        ) from error
    except UnreadableDocument:
        raise
    except Exception as error:  # every parser fails in its own way on a damaged file
        raise UnreadableDocument(
            _("Không đọc được tệp “%(name)s”: tệp hỏng hoặc không đúng định dạng %(suffix)s (%(error)s).")
            % {"name": name, "suffix": suffix, "error": error.__class__.__name__}
        ) from error
    if suffix == ".doc":
        raise UnreadableDocument(
            _("Tệp .doc (Word 97–2003) chưa đọc được: hãy lưu lại dưới dạng .docx hoặc .odt rồi nhập lại.")
        )
    raise UnreadableDocument(
        _("Định dạng “%(suffix)s” không được hỗ trợ; dùng %(formats)s.")
        % {"suffix": suffix, "formats": ", ".join(SUPPORTED)}
    )


def _fixed(text: str) -> DocumentText:
    if not text.strip():
        raise UnreadableDocument(
            _("Tệp không có lớp chữ (có thể là ảnh quét): cần bản có chữ, hoặc nhận dạng chữ (OCR) trước.")
        )
    fixed = fix_text(text)
    return DocumentText(fixed.text, fixed.encoding)


def _docx_text(data: bytes) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableDocument(_("Tệp .docx không hợp lệ (không phải tệp Office Open XML)."))
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []

    def walk(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        walk(cell)
                        lines.append("")

    walk(document)
    return "\n".join(lines)


def _odt_text(data: bytes) -> str:
    from odf import teletype
    from odf.element import Element
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    lines: list[str] = []

    def walk(node: Element) -> None:
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                lines.append(teletype.extractText(child))
            else:
                walk(child)
                if child.qname[1] == "table-cell":
                    lines.append("")

    walk(document.text)
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception as error:
            raise UnreadableDocument(_("Tệp PDF được đặt mật khẩu; hãy gửi bản không khóa.")) from error
    return "\n".join(page.extract_text() or "" for page in reader.pages)
