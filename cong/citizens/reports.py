"""Counts of questions and petitions per field, agency or policy group over a period (ST-24.4, LC-26.1).

Columns: received, answered on time, answered late, overdue (not answered, due passed, at the end of the
period), returned (not within competence), refused. The compliance reports read the same numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cong.core.clock import TZ

from .models import Question

GROUPS = {
    "agency": gettext_lazy("Cơ quan"),
    "field": gettext_lazy("Lĩnh vực"),
    "policy_group": gettext_lazy("Nhóm chính sách"),
}
COLUMNS = {
    "received": gettext_lazy("Tiếp nhận"),
    "on_time": gettext_lazy("Trả lời đúng hạn"),
    "late": gettext_lazy("Trả lời quá hạn"),
    "overdue": gettext_lazy("Quá hạn chưa trả lời"),
    "returned": gettext_lazy("Trả lại (không đúng thẩm quyền)"),
    "refused": gettext_lazy("Không tiếp nhận"),
}
NONE_LABEL = {
    "agency": gettext_lazy("(chưa chuyển cơ quan)"),
    "field": gettext_lazy("(chưa phân loại)"),
    "policy_group": gettext_lazy("(chưa phân nhóm)"),
}


@dataclass
class Table:
    group: str
    rows: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def header(self) -> list[str]:
        return [str(GROUPS[self.group]), *(str(label) for label in COLUMNS.values())]

    @property
    def total(self) -> dict[str, int]:
        return {col: sum(row[col] for row in self.rows.values()) for col in COLUMNS}

    def sorted_rows(self) -> list[tuple[str, dict[str, int]]]:
        return sorted(self.rows.items())

    def rows_as_lists(self) -> list[list]:
        lines = [[label, *(row[c] for c in COLUMNS)] for label, row in self.sorted_rows()]
        lines.append([_("Tổng cộng"), *(self.total[c] for c in COLUMNS)])
        return lines


def build(
    start: dt.date, end: dt.date, group: str, *, kind: str | None = None, agency=None, now=None
) -> Table:
    """The table for local dates ``start``..``end`` inclusive; ``agency`` limits it to one agency."""
    begin = dt.datetime.combine(start, dt.time(), tzinfo=TZ)
    finish = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=TZ)
    cutoff = min(now or timezone.now(), finish)
    in_period = lambda name: Q(**{f"{name}__gte": begin, f"{name}__lt": finish})  # noqa: E731
    overdue = (
        Q(answer_due_at__lt=cutoff, received_at__lt=cutoff)
        & (Q(answered_at__isnull=True) | Q(answered_at__gte=cutoff))
        & (Q(refused_at__isnull=True) | Q(refused_at__gte=cutoff))
        & ~Q(status=Question.Status.RETURNED)
    )
    qs = Question.objects.filter(
        in_period("received_at")
        | in_period("answered_at")
        | in_period("returned_at")
        | in_period("refused_at")
        | overdue
    )
    if kind:
        qs = qs.filter(kind=kind)
    if agency is not None:
        qs = qs.filter(agency=agency)
    key_field = {"agency": "agency__name", "field": "field__name", "policy_group": "policy_group"}[group]
    table = Table(group)
    values = qs.values(
        "pk", key_field, "received_at", "answered_at", "answered_on_time", "returned_at", "refused_at"
    )
    overdue_ids = set(qs.filter(overdue).values_list("pk", flat=True))
    for row in values:
        label = row[key_field] or str(NONE_LABEL[group])
        counts = table.rows.setdefault(label, dict.fromkeys(COLUMNS, 0))
        inside = lambda moment: moment is not None and begin <= moment < finish  # noqa: E731
        counts["received"] += inside(row["received_at"])
        if inside(row["answered_at"]):
            counts["on_time" if row["answered_on_time"] is not False else "late"] += 1
        counts["returned"] += inside(row["returned_at"])
        counts["refused"] += inside(row["refused_at"])
        counts["overdue"] += row["pk"] in overdue_ids
    return table
