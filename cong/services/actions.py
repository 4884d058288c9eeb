"""Every change of state of the services app: importing the procedure catalogue, receiving dossiers from
the provincial dossier system, recording an adapter's failure. Each takes ``acting_user`` (None: the
system, a command or the scheduler), runs in one transaction and writes the audit log."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cong.agencies.models import Agency
from cong.core.text import fold
from cong.legal.models import LegalDocument, number_key

from . import access
from .importer import ProcedureRow, read_procedures
from .models import Dossier, DossierSync, Procedure, ProcedureField

# The attributes an import writes (the columns of importer.COLUMNS that are fields of Procedure).
IMPORTED = (
    "name", "government_level", "agency_name", "steps", "submission", "dossier_components", "dossier_count",
    "processing_time", "applicants", "result", "fees", "forms_text", "requirements", "legal_basis",
    "online_level", "portal_url", "announced_in", "announced_on",
)  # fmt: skip
_NUMBER_RE = re.compile(  # i18n: data
    r"\b\d{1,5}/(?:\d{4}/)?[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*", re.UNICODE
)


class ActionError(ValueError):
    """Bad input: the message (Vietnamese) says what to do; nothing was written."""


class NotAllowed(PermissionDenied):
    pass


@dataclass
class ImportReport:
    """What ``import_procedures`` did: codes added, changed, retired; how many rows were already current."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    unchanged: int = 0

    def __str__(self) -> str:
        return _("thêm %(added)s, cập nhật %(changed)s, bãi bỏ %(retired)s, không đổi %(unchanged)s") % {
            "added": len(self.added),
            "changed": len(self.changed),
            "retired": len(self.retired),
            "unchanged": self.unchanged,
        }


def _agency_finder():
    agencies = list(Agency.objects.only("id", "code", "name"))
    by_code = {a.code: a for a in agencies}
    by_name = {" ".join(fold(a.name).split()): a for a in agencies}

    def find(code: str, name: str) -> Agency | None:
        if code and code in by_code:
            return by_code[code]
        return by_name.get(" ".join(fold(name).split())) if name else None

    return find


def legal_basis_documents(text: str) -> list[LegalDocument]:
    """The published documents of the legal register whose number the legal-basis text cites."""
    keys = {number_key(n) for n in _NUMBER_RE.findall(text or "")}
    if not keys:
        return []
    return list(LegalDocument.objects.filter(live=True, number_key__in=keys).only("id"))


def import_procedures_file(path: str | Path, *, acting_user, now: dt.datetime | None = None) -> ImportReport:
    """``cong services import FILE``: read the file (refused whole on its first error) and import it."""
    return import_procedures(read_procedures(path), acting_user=acting_user, now=now, source=Path(path).name)


def import_procedures(
    rows: list[ProcedureRow], *, acting_user, now: dt.datetime | None = None, source: str = ""
) -> ImportReport:
    """Bring the catalogue in line with an export of the national procedures database (BK-3.3.f, LC-4.1):
    add the new codes, update the changed ones, retire the procedures the export no longer lists (never
    delete them: a page and its address stay, marked «không còn hiệu lực»). Idempotent by code."""
    if not access.may_import(acting_user):
        raise NotAllowed(_("Chỉ Ban Biên tập Cổng tỉnh được nhập danh mục thủ tục hành chính."))
    if not rows:
        raise ActionError(_("Tệp không có thủ tục nào; danh mục giữ nguyên (BK-3.3.f)."))
    now = now or timezone.now()
    report = ImportReport()
    find_agency = _agency_finder()
    with transaction.atomic():
        fields = {f.name: f for f in ProcedureField.objects.all()}
        existing = {p.code: p for p in Procedure.objects.all()}
        for row in rows:
            values = dict(row.values)
            code = str(values["code"])
            field_name = str(values["field"])
            if field_name not in fields:
                fields[field_name] = ProcedureField.objects.create(name=field_name)
            wanted = {attr: values[attr] for attr in IMPORTED if attr in values}
            wanted["field_id"] = fields[field_name].pk
            agency = find_agency(str(values.get("agency_code", "")), str(values.get("agency_name", "")))
            wanted["agency_id"] = agency.pk if agency else None
            procedure = existing.get(code)
            if procedure is None:
                # Posted on the portal now (BK-7.1.g's clock, started from the decision's date, stops here).
                procedure = Procedure(
                    code=code,
                    live=True,
                    imported_at=now,
                    first_published_at=now,
                    last_published_at=now,
                    **wanted,
                )
                procedure.save()
                report.added.append(code)
                action = "services.procedure_added"
            else:
                changed = [attr for attr, value in wanted.items() if getattr(procedure, attr) != value]
                if procedure.retired:
                    changed.append("retired")
                    procedure.retired, procedure.retired_at = False, None
                if not changed:
                    report.unchanged += 1
                    _link_legal_basis(procedure)
                    continue
                for attr, value in wanted.items():
                    setattr(procedure, attr, value)
                procedure.imported_at = procedure.last_published_at = now
                procedure.save()
                report.changed.append(code)
                action = "services.procedure_changed"
            _link_legal_basis(procedure)
            log(procedure, action, user=acting_user, data={"code": code, "source": source, "row": row.row})
        listed = {str(row.values["code"]) for row in rows}
        for code, procedure in existing.items():
            if code not in listed and not procedure.retired:
                procedure.retired, procedure.retired_at = True, now
                procedure.save(update_fields=["retired", "retired_at", "updated_at"])
                report.retired.append(code)
                log(
                    procedure,
                    "services.procedure_retired",
                    user=acting_user,
                    data={"code": code, "source": source},
                )
    return report


def _link_legal_basis(procedure: Procedure) -> None:
    documents = legal_basis_documents(procedure.legal_basis)
    current = set(procedure.legal_documents.values_list("pk", flat=True)) if procedure.pk else set()
    if {d.pk for d in documents} != current:
        procedure.legal_documents.set(documents)


# --- Dossiers ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DossierRecord:
    """One dossier as an adapter reads it (never a person's data)."""

    code: str
    procedure_code: str
    procedure_name: str
    agency_code: str
    agency_name: str
    received_on: dt.date
    due_on: dt.date | None
    resolved_on: dt.date | None
    status: str


def receive_dossiers(
    records: list[DossierRecord], *, acting_user, source: str, now: dt.datetime | None = None
) -> int:
    """Store the dossiers an adapter read (KT-10.5, HG-12): new codes added, known ones updated, in one
    transaction; records the adapter's success. Returns how many dossiers changed."""
    if not access.may_import(acting_user):
        raise NotAllowed(_("Chỉ Văn phòng hoặc Ban Biên tập được nhập hồ sơ."))
    now = now or timezone.now()
    valid = set(Dossier.Status.values)
    for record in records:
        if record.status not in valid:
            raise ActionError(
                _("Hồ sơ %(code)s: trạng thái «%(status)s» không hợp lệ (KT-10.5).")
                % {"code": record.code, "status": record.status}
            )
    find_agency = _agency_finder()
    changed = 0
    with transaction.atomic():
        procedures = dict(
            Procedure.objects.filter(code__in={r.procedure_code for r in records}).values_list("code", "pk")
        )
        existing = {d.code: d for d in Dossier.objects.filter(code__in=[r.code for r in records])}
        new = []
        for record in records:
            agency = find_agency(record.agency_code, record.agency_name)
            values = {
                "procedure_id": procedures.get(record.procedure_code),
                "procedure_code": record.procedure_code,
                "procedure_name": record.procedure_name,
                "agency_id": agency.pk if agency else None,
                "agency_name": record.agency_name,
                "received_on": record.received_on,
                "due_on": record.due_on,
                "resolved_on": record.resolved_on,
                "status": record.status,
                "source": source,
            }
            dossier = existing.get(record.code)
            if dossier is None:
                new.append(Dossier(code=record.code, **values))
                continue
            if any(getattr(dossier, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(dossier, k, v)
                dossier.save()
                changed += 1
        Dossier.objects.bulk_create(new, batch_size=500)
        changed += len(new)
        sync, _created = DossierSync.objects.get_or_create(adapter=source)
        sync.last_success_at, sync.last_count = now, len(records)
        sync.save()
        log(
            sync,
            "services.dossiers_received",
            user=acting_user,
            data={"count": len(records), "changed": changed},
        )
    return changed


def record_sync_failure(
    source: str, error: str, *, acting_user, now: dt.datetime | None = None
) -> DossierSync:
    """An adapter failed: record it for the health page; the dossiers already stored stay served."""
    now = now or timezone.now()
    with transaction.atomic():
        sync, _created = DossierSync.objects.get_or_create(adapter=source)
        sync.last_failure_at, sync.last_error = now, error[:2000]
        sync.save()
        log(sync, "services.dossiers_failed", user=acting_user, data={"error": error[:500]})
    return sync
