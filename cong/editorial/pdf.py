"""The information-provision form as the official paper (PDF), with its four signature blocks filled."""

import io
from pathlib import Path
from xml.sax.saxutils import escape

import font_source_sans_pro
from django.utils import timezone
from django.utils.translation import gettext
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .submissions import form_items, signatures

FONT_DIR = Path(font_source_sans_pro.__file__).parent / "files"


def _fonts():
    # Source Sans Pro carries every Vietnamese letter; reportlab's bundled fonts do not.
    if "CongSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("CongSans", str(FONT_DIR / "SourceSansPro-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("CongSans-Bold", str(FONT_DIR / "SourceSansPro-Bold.ttf")))


def submission_pdf(submission, portal_name: str) -> bytes:
    _fonts()
    body = ParagraphStyle("body", fontName="CongSans", fontSize=12, leading=16)
    bold = ParagraphStyle("bold", parent=body, fontName="CongSans-Bold")
    title = ParagraphStyle("title", parent=bold, fontSize=14, leading=18, alignment=1)
    centre = ParagraphStyle("centre", parent=body, alignment=1)
    p = lambda text, style=body: Paragraph(escape(text).replace("\n", "<br/>"), style)  # noqa: E731

    files = list(submission.files.all())
    documents = [f.original_name for f in files if f.kind == "document"]
    photos = [f.original_name for f in files if f.kind == "image"]
    items = {
        "unit": [submission.agency.name],
        "sender": [submission.sender_name],
        "information": [
            "",
            (gettext("Tiêu đề: %(title)s") % {"title": submission.title}, bold),
            gettext("Sapo: %(lead)s") % {"lead": submission.lead},
            gettext("Nội dung: %(content)s") % {"content": submission.content},
        ],
        "documents": [", ".join(documents) or gettext("không có")],
        "photos": [", ".join(photos) or gettext("không có")],
        "section": [submission.proposed_section.title],
    }
    story = [
        p(gettext("PHIẾU CUNG CẤP THÔNG TIN, DỮ LIỆU CHO"), title),
        p(portal_name.upper(), title),
        Spacer(1, 6 * mm),
    ]
    # The province's items, in its order and numbering (profile ``submission.form``, BK-App.1–6).
    for number, (key, label) in enumerate(form_items(), start=1):
        first, *rest = items[key]
        story.append(p(f"{number}. {label}: {first}".rstrip()))
        story += [p(*line) if isinstance(line, tuple) else p(line) for line in rest]
    story += [
        Spacer(1, 4 * mm),
        p(
            gettext("Gửi lúc %(moment)s")
            % {"moment": timezone.localtime(submission.submitted_at).strftime(gettext("%H:%M ngày %d/%m/%Y"))}
        ),
        Spacer(1, 8 * mm),
    ]
    blocks = signatures(submission)
    cells = [
        [p(role, ParagraphStyle("r", parent=bold, alignment=1)) for role, _n, _d in blocks],
        [p(gettext("(Ký, ghi rõ họ tên)"), centre) for _ in blocks],
        [p(f"{name}\n{date}" if name else "", centre) for _r, name, date in blocks],
    ]
    table = Table(cells, colWidths=[42 * mm] * 4, rowHeights=[None, None, 28 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        title=gettext("Phiếu cung cấp thông tin – %(title)s") % {"title": submission.title},
    ).build(story)
    return buffer.getvalue()
