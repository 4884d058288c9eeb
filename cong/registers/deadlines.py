"""The posting deadlines of every register record (thời hạn đăng thông tin: BK-7.1.d/đ/e, LC-12.1.d/đ/e,
KT-11.1.c): one list for the board, each agency's own for its staff, running clocks first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import F

from cong.core.clock import working_calendar
from cong.core.clocks import PostingStatus, posting_status
from cong.core.models import Clock

from .models import RegisterRecord

SHOWN = 200


@dataclass(frozen=True)
class Deadline:
    record: Any  # a RegisterRecord, or None when it has been deleted since
    register: str  # the model's verbose name: "dự án", "nhiệm vụ khoa học và công nghệ"
    clock: Clock
    status: PostingStatus


def register_models() -> list[type[RegisterRecord]]:
    """The concrete models with posting clocks."""
    return [m for m in apps.get_models() if issubclass(m, RegisterRecord) and m.POSTING_CLOCKS]


def deadlines(*, agency=None, only_agency: bool = False, now: dt.datetime | None = None) -> list[Deadline]:
    """Posting clocks of register records, running first then by due moment; with ``only_agency`` those of
    ``agency``'s records only. Queries: one for the clocks, one per register model that has some."""
    models = register_models()
    if not models:
        return []
    types = ContentType.objects.get_for_models(*models)
    model_of = {ct.pk: model for model, ct in types.items()}
    clocks = list(
        Clock.objects.filter(subject_type__in=list(model_of)).order_by(
            F("stopped_at").asc(nulls_first=True), "due_at", "pk"
        )[: SHOWN * 2]
    )
    records: dict[tuple[int, int], Any] = {}
    for type_id, model in model_of.items():
        ids = [c.subject_id for c in clocks if c.subject_type_id == type_id]
        if ids:
            queryset = model.objects.filter(pk__in=ids).select_related("agency")
            for record in queryset:
                records[(type_id, record.pk)] = record
    calendar = working_calendar()
    rows = []
    for clock in clocks:
        record = records.get((clock.subject_type_id, clock.subject_id))
        if only_agency and (record is None or record.agency_id != getattr(agency, "pk", None)):
            continue
        status = posting_status(clock, calendar, now)
        if status is None:
            continue
        model = model_of[clock.subject_type_id]
        rows.append(Deadline(record, str(model._meta.verbose_name), clock, status))
    return rows[:SHOWN]
