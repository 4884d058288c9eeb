"""Every change of state of the projects app, one named function each (called by the admin, the demo and
commands alike). Each checks who may act (``cong.projects.access``), refuses a record missing a field its
clause requires (the message names the clause, e.g. «Thiếu nhà tài trợ (LC-10.4.c)»), runs in one
transaction and writes its audit entry (Wagtail's audit log). Posting clocks follow the record's saves and
its publication (``cong.registers.posting``).

``acting_user`` is keyword-only everywhere; ``None`` is the system (the demo loader, a command).
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cong.core.text import LegacyTextError, decode_bytes

from . import access
from .models import (
    BudgetDocument,
    BudgetFile,
    BudgetRow,
    NoticeFile,
    Plan,
    PlanFile,
    ProcurementNotice,
    Project,
    ProjectFile,
    missing_fields,
    missing_message,
)

FILE_MODELS = {
    Project: ProjectFile,
    ProcurementNotice: NoticeFile,
    Plan: PlanFile,
    BudgetDocument: BudgetFile,
}
MAX_TABLE_ROWS = 2000


class ActionError(ValueError):
    """A change that cannot happen: the message, in Vietnamese, says what is missing or wrong."""


class NotAllowed(PermissionDenied):
    """The user may not take this action; the message says why, in Vietnamese."""


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise NotAllowed(message)


def _require_complete(record) -> None:
    missing = missing_fields(record)
    if missing:
        raise ActionError(missing_message(missing) + ".")
    if isinstance(record, BudgetDocument) and not (record.files.all() or record.rows.all()):
        raise ActionError(_("Thiếu tệp tài liệu hoặc bảng số liệu (LC-10.5)."))


def _commit(record, acting_user, *, publish: bool) -> None:
    """Save the record and a revision of it; publish that revision when asked or when already live (so a
    change to a public record is public at once and the editor's next draft starts from it)."""
    record.save()
    revision = record.save_revision(user=acting_user, log_action=False)
    if publish or record.live:
        revision.publish(user=acting_user)
        record.refresh_from_db()


@transaction.atomic
def create_record(model, *, acting_user, publish: bool = False, files=(), rows=(), **fields):
    """Nhập một bản ghi: a project, procurement notice, plan or budget document, with its files
    (``(document, label)`` pairs) and, for a budget document, its table rows (``(code, item, amount)``);
    refused with the clause named when a required field is empty; published at once with ``publish``."""
    record = model(**fields)
    record.live = False  # a draft until it is published (Wagtail's default is live)
    _require(access.may_edit(acting_user, record), _("Bạn chỉ nhập được thông tin của cơ quan mình."))
    if publish:
        _require(access.may_publish(acting_user, record), _("Bạn không có quyền xuất bản."))
    file_model = FILE_MODELS[model]
    record.files = [file_model(file=document, label=label) for document, label in files]
    if rows:
        record.rows = [BudgetRow(code=code, item=item, amount=amount) for code, item, amount in rows]
    _require_complete(record)
    _commit(record, acting_user, publish=publish)
    log(record, "projects.created", user=acting_user, data={"model": model._meta.model_name})
    return record


@transaction.atomic
def publish_record(record, *, acting_user):
    """Xuất bản: the record, complete as its clauses require, goes live; its posting clocks stop."""
    _require(
        access.PUBLISH in access.available_actions(acting_user, record),
        _("Bạn không có quyền xuất bản thông tin này."),
    )
    _require_complete(record)
    _commit(record, acting_user, publish=True)
    return record


@transaction.atomic
def change_project_status(project: Project, status: str, *, acting_user, approved_on=None) -> Project:
    """Đổi tình trạng dự án (LC-10.4.c): preparing → ongoing → completed (or back, to correct an error).
    A project under way needs its approval date (BK-3.3.i), which starts its posting clock."""
    _require(
        access.CHANGE_STATUS in access.available_actions(acting_user, project),
        _("Bạn chỉ đổi được tình trạng dự án của cơ quan mình."),
    )
    if status not in Project.Status.values:
        raise ActionError(
            _("Tình trạng “%(status)s” không có; chọn một trong: %(choices)s.")
            % {"status": status, "choices": ", ".join(str(label) for label in Project.Status.labels)}
        )
    if status == project.status:
        raise ActionError(_("Dự án đã ở tình trạng «%(status)s».") % {"status": project.get_status_display()})
    before = project.status
    project.status = status
    if approved_on is not None:
        project.approved_on = approved_on
    _require_complete(project)
    _commit(project, acting_user, publish=False)
    log(project, "projects.status_changed", user=acting_user, data={"from": before, "to": status})
    return project


# --- Budget tables from CSV ----------------------------------------------------------------------------

HEADERS = {
    "code": {"code", "ma", "ma so", "stt", "so tt"},
    "item": {"item", "noi dung", "chi tieu", "khoan muc"},
    "amount": {"amount", "so tien", "gia tri", "du toan", "thuc hien", "quyet toan", "so lieu"},
}
_GROUPED_RE = re.compile(r"-?\d{1,3}(\.\d{3})+")


def parse_amount(text: str) -> Decimal | None:
    """An amount as Vietnamese tables write it ("1.234.567", "1.234,5", "1234.5", "(1.200)"); "" or "-"
    is no amount. Raises ``ValueError`` for anything else."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if text in ("", "-", "–"):
        return None
    negative = text.startswith("(") and text.endswith(")")
    text = text.strip("()")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif _GROUPED_RE.fullmatch(text):
        text = text.replace(".", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not amount.is_finite() or abs(amount) >= Decimal(10) ** 17:
        raise ValueError(text)
    return -amount if negative else amount


def parse_budget_csv(data: bytes) -> list[tuple[str, str, Decimal | None]]:
    """Rows (code, item, amount) of a budget table in CSV: a header row naming the columns (STT/mã số,
    nội dung, số tiền — or code, item, amount), separated by commas, semicolons or tabs, in UTF-8 (with or
    without BOM) or a legacy Vietnamese encoding. Raises ``ActionError`` listing every bad line."""
    from cong.core.text import fold

    try:
        text = decode_bytes(data).text
    except LegacyTextError as error:
        raise ActionError(_("Không đọc được tệp CSV: %(error)s") % {"error": error}) from error
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise ActionError(
            _("Tệp CSV cần một dòng tiêu đề (STT, Nội dung, Số tiền) và ít nhất một dòng số liệu.")
        )
    delimiter = max(",;\t", key=lines[0].count)
    reader = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    header = [" ".join(fold(cell).split()) for cell in reader[0]]
    columns = {}
    for name, accepted in HEADERS.items():
        for index, cell in enumerate(header):
            if cell in accepted and name not in columns:
                columns[name] = index
    if "item" not in columns or "amount" not in columns:
        raise ActionError(
            _("Dòng tiêu đề của tệp CSV phải có cột «Nội dung» và cột «Số tiền» (có thể thêm cột «STT»).")
        )
    if len(reader) - 1 > MAX_TABLE_ROWS:
        raise ActionError(_("Bảng quá dài: tối đa %(count)s dòng.") % {"count": MAX_TABLE_ROWS})
    rows, errors = [], []
    for number, cells in enumerate(reader[1:], start=2):

        def cell(name, cells=cells):
            index = columns.get(name)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        item = " ".join(cell("item").split())
        if not item:
            errors.append(_("dòng %(number)s: thiếu nội dung") % {"number": number})
            continue
        try:
            amount = parse_amount(cell("amount"))
        except ValueError:
            errors.append(
                _("dòng %(number)s: số tiền “%(amount)s” không hợp lệ")
                % {"number": number, "amount": cell("amount")[:30]}
            )
            continue
        rows.append((cell("code")[:20], item[:300], amount))
    if errors:
        shown = "; ".join(errors[:10]) + ("; …" if len(errors) > 10 else "")
        raise ActionError(
            _("Tệp CSV có %(count)s dòng lỗi, chưa nhập dòng nào: %(errors)s.")
            % {"count": len(errors), "errors": shown}
        )
    return rows


@transaction.atomic
def import_budget_table(document: BudgetDocument, data: bytes, *, acting_user) -> int:
    """Nhập bảng số liệu từ CSV (LC-10.5): the table of ``document`` becomes the file's rows (replacing
    the rows it had); a bad line refuses the whole file, nothing half-written. Returns the number of rows."""
    _require(
        access.IMPORT_TABLE in access.available_actions(acting_user, document),
        _("Bạn chỉ nhập được bảng của tài liệu thuộc cơ quan mình."),
    )
    rows = parse_budget_csv(data)
    document.rows = [BudgetRow(code=code, item=item, amount=amount) for code, item, amount in rows]
    _commit(document, acting_user, publish=False)
    log(document, "projects.budget_imported", user=acting_user, data={"rows": len(rows)})
    return len(rows)
