"""Every change of state of the statistics app, one function each (admin, commands and the demo call them).

Each takes the keyword-only ``acting_user`` (``None``: the system), checks it with ``cong.statistics.access``,
runs in one transaction, writes its audit entry (Wagtail's log) and lets ``cong.registers.posting`` start
and stop the posting clocks (on save and on publication). Bad input raises ``StatisticsError`` with a
Vietnamese message naming the clause; nothing is half-written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cong.core.text import LegacyTextError, clean_text, decode_bytes
from cong.core.uploads import detect_type

from . import access
from .figures import Figures, FiguresError, read_figures
from .models import (
    EdocExchange,
    ResultFile,
    ScienceProgramme,
    StatisticsRelease,
    edoc_errors,
    programme_errors,
    release_missing_for_publication,
)

EDOC_CLAUSE = "HG-11.2"
# The columns of the provincial document system's export (docs/features/statistics.md).
EDOC_COLUMNS = ("ma_co_quan", "ky", "di_dien_tu", "di_tong", "den_dien_tu", "den_tong")
_PERIOD_RE = re.compile(r"(\d{4})-(?:(Q|q)([1-4])|(\d{2}))")


class StatisticsError(ValueError):
    """Input that cannot be accepted; the Vietnamese message says why and names the clause."""


class NotAllowed(PermissionDenied):
    """The user may not take this action."""


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise NotAllowed(message)


def _publish(record, acting_user) -> None:
    """Publish the record's current state through a Wagtail revision (the ``published`` signal stops its
    posting clocks; the revision's publication is the audit entry ``wagtail.publish``)."""
    revision = record.save_revision(user=acting_user, log_action=True)
    revision.publish(user=acting_user)
    record.refresh_from_db()


# --- Science and technology programmes ------------------------------------------------------------


@transaction.atomic
def save_programme(
    programme: ScienceProgramme, *, acting_user, result_files: Iterable = (), publish: bool = False
) -> ScienceProgramme:
    """Lưu (và xuất bản) nhiệm vụ khoa học và công nghệ: the fields BK-3.3.q/LC-9.1.m list; results only
    with the council's acceptance date. ``result_files``: (Wagtail document, label) pairs to attach."""
    _require(
        access.may(acting_user, "statistics.change_scienceprogramme", programme.agency),
        _("Bạn không có quyền cập nhật nhiệm vụ khoa học và công nghệ của cơ quan này."),
    )
    result_files = list(result_files)
    has_files = bool(result_files) or (programme.pk is not None and programme.result_files.exists())
    errors = programme_errors(programme, has_files=has_files)
    if errors:
        raise StatisticsError(" ".join(errors))
    created = programme.pk is None
    if created:
        programme.live = False  # a draft until published
    programme.save()
    for document, label in result_files:
        ResultFile.objects.create(programme=programme, file=document, label=label)
    log(programme, "statistics.saved", user=acting_user, data={"created": created})
    if publish:
        publish_record(programme, acting_user=acting_user)
    return programme


@transaction.atomic
def record_results(
    programme: ScienceProgramme,
    *,
    acting_user,
    accepted_on: dt.date | None,
    summary_report: str = "",
    application_report: str = "",
    result_files: Iterable = (),
) -> ScienceProgramme:
    """Công bố kết quả: the council's acceptance date, the reports and files; publishes the programme.
    Refused without the acceptance date (BK-3.3.q, LC-9.1.m): the acceptance starts the results' clock."""
    programme.accepted_on = accepted_on
    programme.summary_report = summary_report
    programme.application_report = application_report
    save_programme(programme, acting_user=acting_user, result_files=result_files)
    log(programme, "statistics.results_recorded", user=acting_user, data={"accepted_on": str(accepted_on)})
    publish_record(programme, acting_user=acting_user)
    return programme


@transaction.atomic
def publish_record(record, *, acting_user):
    """Xuất bản a programme, release or exchange record: checked again, then published."""
    _require(
        access.PUBLISH in access.record_actions(acting_user, record),
        _("Bạn không có quyền xuất bản mục này."),
    )
    if isinstance(record, ScienceProgramme):
        errors = programme_errors(record, has_files=record.pk is not None and record.result_files.exists())
    elif isinstance(record, EdocExchange):
        errors = edoc_errors(record)
    else:
        errors = [] if record.table else [_("Thông tin thống kê chưa có số liệu (BK-3.3.r, LC-9.1.n).")]
        missing = release_missing_for_publication(record)
        errors += [missing] if missing else []
    if errors:
        raise StatisticsError(" ".join(errors))
    _publish(record, acting_user)
    return record


# --- Statistics releases --------------------------------------------------------------------------


def _figures(name: str, data: bytes) -> Figures:
    try:
        return read_figures(name, data)
    except FiguresError as error:
        raise StatisticsError(str(error)) from error


@transaction.atomic
def save_release(
    release: StatisticsRelease,
    *,
    acting_user,
    figures_name: str = "",
    figures_data: bytes | None = None,
    publish: bool = False,
) -> StatisticsRelease:
    """Lưu thông tin thống kê với số liệu từ tệp CSV/XLSX (BK-3.3.r, LC-9.1.n). The file is read first: a
    file that is not the CSV/XLSX it claims is refused before anything is written."""
    _require(
        access.may(acting_user, "statistics.change_statisticsrelease", release.agency),
        _("Bạn không có quyền cập nhật thông tin thống kê của cơ quan này."),
    )
    if figures_data is not None:
        figures = _figures(figures_name, figures_data)
        release.figures = figures.to_json()
        release.source_name = figures_name[:255]
    missing = [label for name, label in (("title", _("tên")), ("provider", _("cơ quan cung cấp")),
               ("decided_on", _("ngày quyết định công bố")), ("period", _("kỳ số liệu"))) if not getattr(release, name)]  # fmt: skip
    if missing:
        raise StatisticsError(
            _("Thiếu %(fields)s của thông tin thống kê (BK-3.3.r, LC-9.1.n).")
            % {"fields": ", ".join(missing)}
        )
    if not release.figures:
        raise StatisticsError(_("Hãy tải lên tệp số liệu CSV hoặc XLSX (BK-3.3.r, LC-9.1.n)."))
    created = release.pk is None
    if created:
        release.live = False  # a draft until published
    release.save()
    log(release, "statistics.saved", user=acting_user, data={"created": created, "file": release.source_name})
    if publish:
        publish_record(release, acting_user=acting_user)
    return release


# --- Electronic document exchange -----------------------------------------------------------------


@dataclass
class EdocRow:
    agency: object
    period_kind: str
    year: int
    number: int
    sent_electronic: int
    sent_total: int
    received_electronic: int
    received_total: int


def parse_period(raw: str) -> tuple[str, int, int] | None:
    """ "2026-Q3" → ("quarter", 2026, 3); "2026-09" → ("month", 2026, 9); anything else None."""
    match = _PERIOD_RE.fullmatch((raw or "").strip())
    if match is None:
        return None
    year = int(match.group(1))
    if match.group(3):
        return EdocExchange.PeriodKind.QUARTER, year, int(match.group(3))
    month = int(match.group(4))
    return (EdocExchange.PeriodKind.MONTH, year, month) if 1 <= month <= 12 else None


@transaction.atomic
def save_edoc(
    *, acting_user, agency, period_kind: str, year: int, number: int, sent_electronic: int, sent_total: int,
    received_electronic: int, received_total: int, note: str = "",
) -> EdocExchange:  # fmt: skip
    """Nhập số liệu trao đổi văn bản điện tử của một cơ quan trong một kỳ (HG-11.2) and publish it; the
    same agency and period again replaces the figures."""
    _require(
        access.may(acting_user, "statistics.change_edocexchange", agency),
        _("Bạn không có quyền nhập số liệu văn bản điện tử của cơ quan này."),
    )
    record = EdocExchange.objects.filter(
        agency=agency, period_kind=period_kind, year=year, number=number
    ).first() or EdocExchange(agency=agency, period_kind=period_kind, year=year, number=number, live=False)
    record.sent_electronic, record.sent_total = sent_electronic, sent_total
    record.received_electronic, record.received_total = received_electronic, received_total
    record.note = note
    errors = edoc_errors(record)
    if errors:
        raise StatisticsError(" ".join(errors))
    record.save()
    log(record, "statistics.edoc_saved", user=acting_user, data={"period": record.period_code})
    _publish(record, acting_user)
    return record


def read_edoc_csv(name: str, data: bytes) -> list[EdocRow]:
    """The rows of the provincial document system's CSV export, every one checked before any is kept."""
    from cong.agencies.models import Agency

    shown = name or _("tệp")
    if not data:
        raise StatisticsError(
            _("Tệp «%(shown)s» trống (%(clause)s).") % {"shown": shown, "clause": EDOC_CLAUSE}
        )
    detected = detect_type(data)
    if detected != "txt":
        raise StatisticsError(
            _(
                "Tệp «%(shown)s» không phải bảng CSV (nội dung là %(type)s); hãy xuất lại từ hệ thống quản lý văn bản dạng CSV (%(clause)s)."
            )
            % {"shown": shown, "type": detected.upper(), "clause": EDOC_CLAUSE}
        )
    try:
        text = decode_bytes(data).text
    except LegacyTextError as error:
        raise StatisticsError(_("Tệp «%(shown)s»: %(error)s") % {"shown": shown, "error": error}) from error
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if not rows:
        raise StatisticsError(
            _("Tệp «%(shown)s» trống (%(clause)s).") % {"shown": shown, "clause": EDOC_CLAUSE}
        )
    header = [clean_text(c).strip().lower() for c in rows[0]]
    missing = [c for c in EDOC_COLUMNS if c not in header]
    if missing:
        raise StatisticsError(
            _("Tệp «%(shown)s», dòng 1: thiếu cột %(missing)s; cần đủ các cột %(columns)s (%(clause)s).")
            % {
                "shown": shown,
                "missing": ", ".join(missing),
                "columns": ", ".join(EDOC_COLUMNS),
                "clause": EDOC_CLAUSE,
            }
        )
    if len(rows) < 2:
        raise StatisticsError(
            _("Tệp «%(shown)s» không có dòng số liệu nào (%(clause)s).")
            % {"shown": shown, "clause": EDOC_CLAUSE}
        )
    position = {c: header.index(c) for c in EDOC_COLUMNS}
    agencies = {a.code: a for a in Agency.objects.all()}
    result, seen = [], {}
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise StatisticsError(
                _(
                    "Tệp «%(shown)s», dòng %(line)s: có %(count)s ô nhưng dòng tiêu đề có %(columns)s cột (%(clause)s)."
                )
                % {
                    "shown": shown,
                    "line": line,
                    "count": len(row),
                    "columns": len(header),
                    "clause": EDOC_CLAUSE,
                }
            )
        code = row[position["ma_co_quan"]].strip()
        agency = agencies.get(code)
        if agency is None:
            raise StatisticsError(
                _(
                    "Tệp «%(shown)s», dòng %(line)s, cột ma_co_quan: không có cơ quan mã «%(code)s» (%(clause)s)."
                )
                % {"shown": shown, "line": line, "code": code[:40], "clause": EDOC_CLAUSE}
            )
        period = parse_period(row[position["ky"]])
        if period is None:
            raise StatisticsError(
                _(
                    "Tệp «%(shown)s», dòng %(line)s, cột ky: «%(value)s» không phải kỳ hợp lệ; ghi 2026-Q3 (quý) hoặc 2026-09 (tháng) (%(clause)s)."
                )
                % {"shown": shown, "line": line, "value": row[position["ky"]][:20], "clause": EDOC_CLAUSE}
            )
        numbers = {}
        for column in EDOC_COLUMNS[2:]:
            raw = row[position[column]].strip().replace(".", "").replace(" ", "")
            if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
                raise StatisticsError(
                    _(
                        "Tệp «%(shown)s», dòng %(line)s, cột %(column)s: «%(value)s» không phải số nguyên không âm (%(clause)s)."
                    )
                    % {
                        "shown": shown,
                        "line": line,
                        "column": column,
                        "value": row[position[column]][:20],
                        "clause": EDOC_CLAUSE,
                    }
                )
            numbers[column] = int(raw)
        item = EdocRow(agency, *period, numbers["di_dien_tu"], numbers["di_tong"], numbers["den_dien_tu"],
                       numbers["den_tong"])  # fmt: skip
        errors = edoc_errors({**item.__dict__, "agency_id": agency.pk})
        if errors:
            raise StatisticsError(
                _("Tệp «%(shown)s», dòng %(line)s: %(errors)s")
                % {"shown": shown, "line": line, "errors": " ".join(errors)}
            )
        key = (agency.pk, *period)
        if key in seen:
            raise StatisticsError(
                _(
                    "Tệp «%(shown)s», dòng %(line)s: %(agency)s kỳ %(period)s đã có ở dòng %(first)s (%(clause)s)."
                )
                % {
                    "shown": shown,
                    "line": line,
                    "agency": agency.name,
                    "period": row[position["ky"]],
                    "first": seen[key],
                    "clause": EDOC_CLAUSE,
                }
            )
        seen[key] = line
        result.append(item)
    return result


@transaction.atomic
def import_edoc(name: str, data: bytes, *, acting_user) -> list[EdocExchange]:
    """Nhập tệp CSV của hệ thống quản lý văn bản (HG-11.2): all rows or none; each published."""
    _require(
        access.may_import_edoc(acting_user), _("Bạn không có quyền nhập số liệu văn bản điện tử từ tệp.")
    )
    rows = read_edoc_csv(name, data)
    records = [
        save_edoc(
            acting_user=acting_user,
            agency=row.agency,
            period_kind=row.period_kind,
            year=row.year,
            number=row.number,
            sent_electronic=row.sent_electronic,
            sent_total=row.sent_total,
            received_electronic=row.received_electronic,
            received_total=row.received_total,
        )  # fmt: skip
        for row in rows
    ]
    log(records[0], "statistics.edoc_imported", user=acting_user, data={"file": name, "rows": len(records)})
    return records
