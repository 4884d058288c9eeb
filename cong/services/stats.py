"""Dossier statistics per agency and period (HG-12 «công khai tiến độ giải quyết hồ sơ», ND43-18): received,
resolved on time, resolved late, in progress, overdue — one aggregate query, whatever the number of
dossiers.

Counted as of the period's end (or today, for the running period):

* **received** (tiếp nhận) — received within the period;
* **on time / late** (đúng hạn / quá hạn) — resolved (result issued or returned) within the period, on or
  before the due date / after it;
* **in progress** (đang giải quyết) — received by the end, not resolved, refused or withdrawn by then, and
  not yet due;
* **overdue** (quá hạn chưa giải quyết) — the same, past its due date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cong.agencies.models import Agency

from .models import Dossier

OTHER = _("Cơ quan khác")


@dataclass(frozen=True)
class Period:
    """A month (``2026-11``) or a quarter (``2026-Q4``)."""

    start: dt.date
    end: dt.date
    slug: str
    label: str


def quarter(day: dt.date) -> Period:
    q = (day.month - 1) // 3 + 1
    start = dt.date(day.year, 3 * q - 2, 1)
    end = (dt.date(day.year + (q == 4), (3 * q) % 12 + 1, 1)) - dt.timedelta(days=1)
    label = gettext("Quý %(quarter)s năm %(year)s") % {
        "quarter": ["I", "II", "III", "IV"][q - 1],
        "year": day.year,
    }
    return Period(start, end, f"{day.year}-Q{q}", label)


def month(year: int, number: int) -> Period:
    start = dt.date(year, number, 1)
    end = dt.date(year + (number == 12), number % 12 + 1, 1) - dt.timedelta(days=1)
    return Period(
        start,
        end,
        f"{year}-{number:02d}",
        gettext("Tháng %(month)s năm %(year)s") % {"month": number, "year": year},
    )


_PERIOD_RE = re.compile(r"(\d{4})-(?:Q([1-4])|(0[1-9]|1[0-2]))")


def parse_period(raw: str) -> Period | None:
    """``2026-Q4`` or ``2026-11``; None for anything else."""
    match = _PERIOD_RE.fullmatch(raw or "")
    if not match or not 1900 <= int(match[1]) <= 2200:
        return None
    year = int(match[1])
    if match[2]:
        return quarter(dt.date(year, 3 * int(match[2]) - 2, 1))
    return month(year, int(match[3]))


def recent_periods(today: dt.date, quarters: int = 4) -> list[Period]:
    """The running quarter and the ones before it, then the running quarter's months: the period menu."""
    found, day = [], today
    for _step in range(quarters):
        p = quarter(day)
        found.append(p)
        day = p.start - dt.timedelta(days=1)
    current = quarter(today)
    found += [month(current.start.year, m) for m in range(current.start.month, today.month + 1)]
    return found


@dataclass
class Row:
    agency: str
    agency_code: str
    received: int = 0
    on_time: int = 0
    late: int = 0
    in_progress: int = 0
    overdue: int = 0

    @property
    def resolved(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_percent(self) -> int | None:
        return round(100 * self.on_time / self.resolved) if self.resolved else None


def statistics(period: Period, today: dt.date, dossiers=None) -> list[Row]:
    """One row per agency with dossiers in the period, then «Cơ quan khác» for unregistered ones; the
    total is ``total(rows)``. ``dossiers``: a narrowed queryset (a member portal's own agency)."""
    end = min(period.end, today)
    done_by_end = Q(status__in=Dossier.RESOLVED_STATUSES, resolved_on__lte=end) | Q(
        status__in=(Dossier.Status.REFUSED, Dossier.Status.WITHDRAWN)
    )
    open_at_end = Q(received_on__lte=end) & ~done_by_end
    resolved = Q(status__in=Dossier.RESOLVED_STATUSES, resolved_on__gte=period.start, resolved_on__lte=end)
    late = Q(due_on__isnull=False) & Q(resolved_on__gt=F("due_on"))
    queryset = (dossiers if dossiers is not None else Dossier.objects.all()).order_by()
    counts = queryset.values("agency_id").annotate(
        received=Count("pk", filter=Q(received_on__gte=period.start, received_on__lte=end)),
        on_time=Count("pk", filter=resolved & ~late),
        late=Count("pk", filter=resolved & late),
        in_progress=Count("pk", filter=open_at_end & (Q(due_on__isnull=True) | Q(due_on__gte=end))),
        overdue=Count("pk", filter=open_at_end & Q(due_on__lt=end)),
    )
    names = dict(Agency.objects.values_list("pk", "name"))
    codes = dict(Agency.objects.values_list("pk", "code"))
    rows = []
    other = str(OTHER)
    for item in counts:
        pk = item.pop("agency_id")
        row = Row(names.get(pk, other), codes.get(pk, ""), **item)
        if row.received or row.resolved or row.in_progress or row.overdue:
            rows.append(row)
    rows.sort(key=lambda r: (r.agency == other, r.agency))
    return rows


def total(rows: list[Row]) -> Row:
    result = Row(gettext("Tổng cộng"), "")
    for row in rows:
        for attr in ("received", "on_time", "late", "in_progress", "overdue"):
            setattr(result, attr, getattr(result, attr) + getattr(row, attr))
    return result


@dataclass(frozen=True)
class Bar:
    label: str
    width: float
    x: float
    value: int
    css: str


CHART_SERIES = (
    ("on_time", _("Đúng hạn"), "on-time"),
    ("late", _("Quá hạn (đã giải quyết)"), "late"),
    ("in_progress", _("Đang giải quyết"), "progress"),
    ("overdue", _("Quá hạn chưa giải quyết"), "overdue"),
)


def chart(rows: list[Row], width: int = 560) -> dict:
    """Geometry of the server-drawn SVG chart: one stacked bar per agency, each segment labelled with its
    number (colour is never the only cue: the legend and the table give the same numbers)."""
    biggest = max((sum(getattr(r, a) for a, _label, _css in CHART_SERIES) for r in rows), default=0) or 1
    bar_height, gap, label_width = 22, 14, 0
    items = []
    for index, row in enumerate(rows):
        x, bars = 0.0, []
        for attr, label, css in CHART_SERIES:
            value = getattr(row, attr)
            w = width * value / biggest
            bars.append(Bar(label, round(w, 1), round(x, 1), value, css))
            x += w
        items.append({"row": row, "y": index * (bar_height * 2 + gap), "bars": bars, "total": round(x, 1)})
    return {
        "items": items,
        "width": width + 60 + label_width,
        "height": max(1, len(rows)) * (bar_height * 2 + gap),
        "bar_height": bar_height,
        "series": CHART_SERIES,
    }
