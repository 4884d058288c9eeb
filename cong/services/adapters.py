"""How dossiers reach Cổng: adapters of the provincial dossier system (hệ thống thông tin giải quyết TTHC).

An adapter has a ``name`` and ``fetch()`` returning ``DossierRecord``s; ``sync(adapter)`` stores them through
``actions.receive_dossiers`` (one transaction) or, when fetching or reading fails, records the failure
(``actions.record_sync_failure``): the error is logged, shown on the health page (``/suc-khoe/``, check
``dossiers``), and the dossiers already stored stay served — a broken export never empties the lookup.

Two adapters ship, chosen by ``settings.CONG_DOSSIER_ADAPTERS`` (list of names; empty by default):

* ``file`` — ``FileAdapter``: the CSV or JSON export the dossier system writes into a folder
  (``CONG_DOSSIER_EXPORT``, a file path). Columns in ``DOSSIER_COLUMNS`` (docs/features/services.md).
* ``http`` — ``HttpAdapter``: a JSON endpoint (``CONG_DOSSIER_URL``) answering a list of dossiers (or
  ``{"data": [...]}``) with the same keys, called with ``Authorization: Bearer CONG_DOSSIER_TOKEN``.

The scheduler runs ``sync-dossiers`` (``jobs.py``) every ``CONG_DOSSIER_SYNC_MINUTES`` (15 by default).
Columns that carry personal data in the source (applicant's name, address, identity number, phone) are
never read (KT-10.5).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import override

from cong.core.text import LegacyTextError, clean_text, decode_bytes, fold

from .actions import DossierRecord, receive_dossiers, record_sync_failure
from .models import Dossier

logger = logging.getLogger(__name__)

# Record attribute → the keys/headers the dossier system writes (folded when matched).
DOSSIER_COLUMNS: dict[str, tuple[str, ...]] = {  # i18n: data (the keys the dossier system writes)
    "code": ("Mã hồ sơ", "ma_ho_so", "code"),
    "procedure_code": ("Mã thủ tục", "ma_thu_tuc", "procedure_code"),
    "procedure_name": ("Tên thủ tục", "ten_thu_tuc", "procedure_name"),
    "agency_code": ("Mã cơ quan", "ma_co_quan", "agency_code"),
    "agency_name": ("Cơ quan giải quyết", "co_quan", "agency_name"),
    "received_on": ("Ngày tiếp nhận", "ngay_tiep_nhan", "received_on"),
    "due_on": ("Ngày hẹn trả", "ngay_hen_tra", "due_on"),
    "resolved_on": ("Ngày có kết quả", "ngay_co_ket_qua", "resolved_on"),
    "status": ("Trạng thái", "trang_thai", "status"),
}
_KEYS = {fold(k).replace(" ", "_"): attr for attr, keys in DOSSIER_COLUMNS.items() for k in keys}

# What the dossier system writes in «Trạng thái» (folded) → our status; the labels in Vietnamese, as it writes them.
with override("vi"):
    _LABELS = {fold(str(s.label)): s.value for s in Dossier.Status}
STATUS_WORDS = {
    **{s.value: s.value for s in Dossier.Status},
    **_LABELS,
    "moi tiep nhan": Dossier.Status.RECEIVED,
    "dang xu ly": Dossier.Status.PROCESSING,
    "cho bo sung": Dossier.Status.SUPPLEMENT,
    "da giai quyet": Dossier.Status.RESOLVED,
    "da tra ket qua": Dossier.Status.RETURNED,
    "tu choi": Dossier.Status.REFUSED,
    "rut ho so": Dossier.Status.WITHDRAWN,
}


class AdapterError(RuntimeError):
    """The source could not be read or its data is malformed; the message says where (Vietnamese)."""


def _date(value, where: str, required: bool = False) -> dt.date | None:
    if value in (None, ""):
        if required:
            raise AdapterError(_("%(where)s: thiếu ngày.") % {"where": where})
        return None
    text = str(value).strip()[:10]
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise AdapterError(
        _("%(where)s: ngày «%(text)s» không đúng dạng YYYY-MM-DD hoặc DD/MM/YYYY.")
        % {"where": where, "text": text}
    )


def records_from(items: list[dict], label: str) -> list[DossierRecord]:
    """``DossierRecord``s from a list of mappings keyed as ``DOSSIER_COLUMNS`` (other keys are ignored)."""
    records = []
    seen = set()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise AdapterError(
                _("%(label)s, mục %(number)s: không phải một hồ sơ.") % {"label": label, "number": number}
            )
        row = {}
        for key, value in item.items():
            attr = _KEYS.get(fold(str(key)).strip().replace(" ", "_"))
            if attr:
                row[attr] = clean_text(str(value)).strip() if value is not None else ""
        where = _("%(label)s, mục %(number)s") % {"label": label, "number": number}
        code = "".join(row.get("code", "").split()).upper()  # as the lookup normalises what people type
        if not code or len(code) > 64:
            raise AdapterError(_("%(where)s: thiếu hoặc sai mã hồ sơ.") % {"where": where})
        if code in seen:
            raise AdapterError(_("%(where)s: mã hồ sơ %(code)s lặp lại.") % {"where": where, "code": code})
        seen.add(code)
        status = STATUS_WORDS.get(fold(row.get("status", "")).strip())
        if status is None:
            raise AdapterError(
                _("%(where)s: trạng thái «%(status)s» không nhận ra.")
                % {"where": where, "status": row.get("status", "")}
            )
        records.append(
            DossierRecord(
                code=code,
                procedure_code=row.get("procedure_code", "")[:40],
                procedure_name=row.get("procedure_name", ""),
                agency_code=row.get("agency_code", ""),
                agency_name=row.get("agency_name", "")[:500],
                received_on=_date(row.get("received_on"), where, required=True),
                due_on=_date(row.get("due_on"), where),
                resolved_on=_date(row.get("resolved_on"), where),
                status=status,
            )
        )
    return records


def parse_export(data: bytes, name: str) -> list[DossierRecord]:
    """The records of a CSV or JSON export (bytes), or AdapterError."""
    try:
        text = decode_bytes(data).text
    except LegacyTextError as error:
        raise AdapterError(f"{name}: {error}") from error
    if name.lower().endswith(".json") or text.lstrip().startswith(("[", "{")):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            raise AdapterError(
                _("%(name)s: JSON không hợp lệ ở dòng %(line)s.") % {"name": name, "line": error.lineno}
            ) from error
        if isinstance(items, dict):
            items = items.get("data", items.get("items"))
        if not isinstance(items, list):
            raise AdapterError(_("%(name)s: cần một danh sách hồ sơ.") % {"name": name})
        return records_from(items, name)
    return records_from(list(csv.DictReader(io.StringIO(text))), name)


class FileAdapter:
    """The export file the dossier system writes on a schedule (CSV or JSON)."""

    name = "file"

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path or getattr(settings, "CONG_DOSSIER_EXPORT", "") or "")

    def fetch(self) -> list[DossierRecord]:
        if not str(self.path) or str(self.path) == ".":
            raise AdapterError(_("Chưa cấu hình tệp xuất hồ sơ (CONG_DOSSIER_EXPORT)."))
        try:
            data = self.path.read_bytes()
        except OSError as error:
            raise AdapterError(
                _("Không đọc được %(name)s: %(error)s.") % {"name": self.path.name, "error": error.strerror}
            ) from error
        return parse_export(data, self.path.name)


class HttpAdapter:
    """A JSON endpoint of the dossier system, read with a bearer token."""

    name = "http"

    def __init__(self, url: str | None = None, token: str | None = None, timeout: float = 20):
        self.url = url if url is not None else getattr(settings, "CONG_DOSSIER_URL", "")
        self.token = token if token is not None else getattr(settings, "CONG_DOSSIER_TOKEN", "")
        self.timeout = timeout

    def fetch(self) -> list[DossierRecord]:
        if not self.url.startswith(("https://", "http://")):
            raise AdapterError(_("Chưa cấu hình địa chỉ dịch vụ hồ sơ (CONG_DOSSIER_URL)."))
        request = urllib.request.Request(self.url, headers={"Accept": "application/json"})  # noqa: S310
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                data = response.read(50_000_000)
        except urllib.error.HTTPError as error:
            raise AdapterError(_("Dịch vụ hồ sơ trả lỗi HTTP %(code)s.") % {"code": error.code}) from error
        except (urllib.error.URLError, OSError) as error:
            raise AdapterError(
                _("Không kết nối được dịch vụ hồ sơ (%(reason)s).")
                % {"reason": getattr(error, "reason", error)}
            ) from error
        return parse_export(data, _("dịch vụ hồ sơ"))


ADAPTERS = {"file": FileAdapter, "http": HttpAdapter}


def configured_adapters() -> list:
    return [ADAPTERS[name]() for name in getattr(settings, "CONG_DOSSIER_ADAPTERS", ()) if name in ADAPTERS]


def sync(adapter, *, acting_user=None, now: dt.datetime | None = None) -> int:
    """Fetch and store; on failure log it, record it (health page) and keep the last good data. Returns the
    number of dossiers changed; raises AdapterError after recording it."""
    try:
        records = adapter.fetch()
    except AdapterError as error:
        logger.error("Đồng bộ hồ sơ «%s» lỗi: %s", adapter.name, error)
        record_sync_failure(adapter.name, str(error), acting_user=acting_user, now=now)
        raise
    return receive_dossiers(records, acting_user=acting_user, source=adapter.name, now=now)


MANUAL = "manual"


def import_dossiers_file(path, *, acting_user, now: dt.datetime | None = None) -> int:
    """A dossier export uploaded or named by a person (admin page, ``cong services dossiers FILE``): stored
    like an adapter's, under the source «manual»; a refusal is shown to that person, not recorded as an
    adapter's failure (the health page watches the scheduled sources)."""
    return receive_dossiers(FileAdapter(path).fetch(), acting_user=acting_user, source=MANUAL, now=now)
