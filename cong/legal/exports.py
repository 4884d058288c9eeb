"""Bảng tổng hợp ý kiến (HG-8.4): every approved comment of a draft, grouped by article, with counts.

Written as ODT (odfpy), DOCX (python-docx) and XLSX (openpyxl). Emails of commenters are never written:
the table is often published with the draft's explanatory report.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.core.text import slugify

from .models import Comment, Consultation

GENERAL = gettext_lazy("Góp ý chung")
COLUMNS = (
    gettext_lazy("STT"),
    gettext_lazy("Người góp ý"),
    gettext_lazy("Cơ quan, tổ chức"),
    gettext_lazy("Ngày nhận"),
    gettext_lazy("Nội dung góp ý"),
)


def _columns() -> list[str]:
    """The detail table's header in the active language."""
    return [str(column) for column in COLUMNS]


@dataclass
class Group:
    key: str
    label: str
    comments: list[Comment]


def grouped_comments(consultation: Consultation) -> list[Group]:
    """Approved comments grouped by article in the draft's order; general comments first."""
    labels = dict(consultation.articles())
    groups: dict[str, Group] = {"": Group("", str(GENERAL), [])}
    for key, label in labels.items():
        groups[key] = Group(key, label, [])
    comments = consultation.comments.filter(status=Comment.Status.APPROVED).order_by("received_at", "id")
    for comment in comments:
        group = groups.get(comment.article)
        if group is None:  # an article removed from a later version of the draft
            group = groups[comment.article] = Group(comment.article, comment.article, [])
        group.comments.append(comment)
    return [group for group in groups.values() if group.comments]


def _heading(consultation: Consultation) -> list[str]:
    moment = _("%H:%M ngày %d/%m/%Y")
    closes = timezone.localtime(consultation.closes_at).strftime(moment) if consultation.closes_at else "—"
    return [
        _("BẢNG TỔNG HỢP Ý KIẾN GÓP Ý"),
        _("Dự thảo: %(title)s") % {"title": consultation.title},
        _("Cơ quan chủ trì soạn thảo: %(agency)s") % {"agency": consultation.drafting_agency},
        _("Hạn góp ý: %(closes)s. Lập lúc %(made)s.")
        % {"closes": closes, "made": timezone.localtime().strftime(moment)},
    ]


def _row(index: int, comment: Comment) -> list[str]:
    received = timezone.localtime(comment.received_at).strftime("%d/%m/%Y")
    return [str(index), comment.name, comment.organisation, received, comment.text]


def build_docx(consultation: Consultation) -> bytes:
    import docx

    document = docx.Document()
    title, *lines = _heading(consultation)
    document.add_heading(title, level=1)
    for line in lines:
        document.add_paragraph(line)
    groups = grouped_comments(consultation)
    total = sum(len(g.comments) for g in groups)
    document.add_heading(_("Số ý kiến theo điều (tổng cộng %(total)s)") % {"total": total}, level=2)
    summary = document.add_table(rows=1, cols=2)
    summary.style = "Table Grid"
    summary.rows[0].cells[0].text, summary.rows[0].cells[1].text = _("Điều"), _("Số ý kiến")
    for group in groups:
        cells = summary.add_row().cells
        cells[0].text, cells[1].text = group.label, str(len(group.comments))
    for group in groups:
        heading = _("%(article)s — %(count)s ý kiến") % {"article": group.label, "count": len(group.comments)}
        document.add_heading(heading, level=2)
        table = document.add_table(rows=1, cols=len(COLUMNS))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, _columns(), strict=True):
            cell.text = text
        for index, comment in enumerate(group.comments, 1):
            for cell, text in zip(table.add_row().cells, _row(index, comment), strict=True):
                cell.text = text
    if not groups:
        document.add_paragraph(_("Chưa có ý kiến nào được duyệt."))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_odt(consultation: Consultation) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    document = OpenDocumentText()
    bold = Style(name="Dam", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    document.styles.addElement(bold)

    def table(name: str, header, rows) -> Table:
        element = Table(name=name)
        element.addElement(TableColumn(numbercolumnsrepeated=len(header)))
        for values, is_header in [(header, True), *((row, False) for row in rows)]:
            row = TableRow()
            for value in values:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value, stylename=bold if is_header else None))
                row.addElement(cell)
            element.addElement(row)
        return element

    title, *lines = _heading(consultation)
    document.text.addElement(H(outlinelevel=1, text=title))
    for line in lines:
        document.text.addElement(P(text=line))
    groups = grouped_comments(consultation)
    total = sum(len(g.comments) for g in groups)
    total_heading = _("Số ý kiến theo điều (tổng cộng %(total)s)") % {"total": total}
    document.text.addElement(H(outlinelevel=2, text=total_heading))
    document.text.addElement(
        table("TongHop", (_("Điều"), _("Số ý kiến")), [(g.label, str(len(g.comments))) for g in groups])
    )
    for number, group in enumerate(groups, 1):
        heading = _("%(article)s — %(count)s ý kiến") % {"article": group.label, "count": len(group.comments)}
        document.text.addElement(H(outlinelevel=2, text=heading))
        rows = [_row(index, c) for index, c in enumerate(group.comments, 1)]
        document.text.addElement(table(f"Nhom{number}", _columns(), rows))
    if not groups:
        document.text.addElement(P(text=_("Chưa có ý kiến nào được duyệt.")))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def build_xlsx(consultation: Consultation) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Tổng hợp ý kiến")
    for line in _heading(consultation):
        sheet.append([line])
    sheet["A1"].font = Font(bold=True, size=13)
    groups = grouped_comments(consultation)
    sheet.append([])
    sheet.append([_("Điều"), _("Số ý kiến")])
    for group in groups:
        sheet.append([group.label, len(group.comments)])
    sheet.append([_("Tổng cộng"), sum(len(g.comments) for g in groups)])
    details = workbook.create_sheet(_("Chi tiết"))
    details.append([_("Điều"), *_columns()])
    for cell in details[1]:
        cell.font = Font(bold=True)
    for group in groups:
        for index, comment in enumerate(group.comments, 1):
            row = _row(index, comment)
            row[0] = index
            details.append([group.label, *row])
    for column, width in zip("ABCDEF", (28, 6, 24, 28, 12, 80), strict=True):
        details.column_dimensions[column].width = width
    for row in details.iter_rows(min_row=2):
        row[-1].alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


EXPORTERS = {
    "odt": ("application/vnd.oasis.opendocument.text", build_odt),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", build_docx),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", build_xlsx),
}


def export_filename(consultation: Consultation, fmt: str) -> str:
    return f"tong-hop-y-kien-{slugify(consultation.title, max_length=60)}.{fmt}"


def can_export(user, consultation: Consultation) -> bool:
    """The board (permission to view comments) and the staff of the drafting agency may export."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.has_perm("legal.view_comment"):
        return True
    from cong.agencies.models import agency_of

    agency = agency_of(user)
    return agency is not None and consultation.agency_id == agency.pk
