"""Demo content of the statistics app (data in cong/demo/data/statistics/), loaded through its actions:
five science and technology programmes (two with accepted results), three statistics releases whose figures
are read from CSV files like an upload, and the last full quarter of electronic document exchange for the
demo agencies, imported from a CSV built like the provincial document system's export. Running it again
adds nothing twice.

The demo runs the national profile, where ``registers.edoc_exchange`` is off: the exchange figures are
loaded all the same (a Hậu Giang profile shows them at /van-ban-dien-tu/)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils import timezone
from django.utils.translation import gettext as _

from cong.agencies.models import Agency
from cong.statistics.actions import EDOC_COLUMNS, import_edoc, record_results, save_programme, save_release
from cong.statistics.models import ScienceProgramme, StatisticsRelease

from .factories import stored_file
from .files import DATA_DIR, read_toml

DATA = read_toml("statistics/statistics.toml")


def _years(text: str, year: int) -> str:
    for back in range(6, 0, -1):
        text = text.replace(f"{{Y-{back}}}", str(year - back))
    return text.replace("{Y}", str(year))


def _ago(today: dt.date, days: int | None) -> dt.date | None:
    return None if days is None else today - dt.timedelta(days=days)


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    today = timezone.localtime(now).date()
    agencies = {a.code: a for a in Agency.objects.all()}
    programmes = science(today, agencies)
    releases = statistics(today)
    exchange = edoc(today, agencies)
    say(
        _(
            "Khoa học và công nghệ: %(programmes)s nhiệm vụ tại /khoa-hoc-cong-nghe/; thống kê: %(releases)s thông "
            "tin thống kê có biểu đồ tại /thong-ke/; văn bản điện tử: %(exchange)s dòng số liệu (hiện tại "
            "/van-ban-dien-tu/ khi hồ sơ bật registers.edoc_exchange, ví dụ hau-giang)."
        )
        % {"programmes": programmes, "releases": releases, "exchange": exchange}
    )


def science(today: dt.date, agencies: dict) -> int:
    year = today.year
    for spec in DATA["science"]:
        code = _years(spec["code"], year)
        if ScienceProgramme.objects.filter(code=code).exists():
            continue
        programme = ScienceProgramme(
            code=code,
            name=spec["name"],
            level=spec["level"],
            field=spec["field"],
            lead_unit=spec["lead_unit"],
            chair=spec["chair"],
            agency=agencies.get(spec.get("agency", "")),
            approved_on=_ago(today, spec["approved_days_ago"]),
            starts_on=_ago(today, spec.get("starts_days_ago")),
            ends_on=_ago(today, spec.get("ends_days_ago")),
        )
        save_programme(programme, acting_user=None, publish=True)
        if "accepted_days_ago" in spec:
            files = []
            if spec.get("result_file"):
                content = b"%PDF-1.4\n% Bao cao tong hop ket qua de tai (demo)\n"
                files.append(
                    (
                        stored_file(spec["result_file"], content, "Báo cáo tổng hợp kết quả"),  # i18n: data
                        "Báo cáo tổng hợp",  # i18n: data
                    )
                )
            record_results(
                programme,
                acting_user=None,
                accepted_on=_ago(today, spec["accepted_days_ago"]),
                summary_report=_years(spec.get("summary_report", ""), year),
                application_report=_years(spec.get("application_report", ""), year),
                result_files=files,
            )
    return ScienceProgramme.objects.filter(live=True).count()


def statistics(today: dt.date) -> int:
    year = today.year
    for spec in DATA["releases"]:
        title = _years(spec["title"], year)
        if StatisticsRelease.objects.filter(title=title).exists():
            continue
        data = _years((DATA_DIR / "statistics" / spec["file"]).read_text("utf-8"), year).encode("utf-8")
        release = StatisticsRelease(
            title=title,
            provider=spec["provider"],
            decided_on=_ago(today, spec["decided_days_ago"]),
            period=_years(spec["period"], year),
            period_start=dt.date.fromisoformat(_years(spec["period_start"], year))
            if "period_start" in spec
            else None,
            period_end=dt.date.fromisoformat(_years(spec["period_end"], year))
            if "period_end" in spec
            else None,
            unit=spec.get("unit", ""),
            chart=spec["chart"],
            methodology=_years(spec.get("methodology", ""), year),
            analysis=_years(spec.get("analysis", ""), year),
        )
        save_release(release, acting_user=None, figures_name=spec["file"], figures_data=data, publish=True)
    return StatisticsRelease.objects.filter(live=True).count()


def last_full_quarter(today: dt.date) -> tuple[int, int]:
    quarter = (today.month - 1) // 3 + 1
    return (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)


def edoc(today: dt.date, agencies: dict) -> int:
    """The quarter's three months and the quarter itself for each agency, as one CSV import."""
    year, quarter = last_full_quarter(today)
    lines = [",".join(EDOC_COLUMNS)]
    for code, months in DATA["edoc"].items():
        if code not in agencies:
            continue
        for offset, figures in enumerate(months):
            month = (quarter - 1) * 3 + offset + 1
            lines.append(",".join([code, f"{year}-{month:02d}", *map(str, figures)]))
        totals = [sum(column) for column in zip(*months, strict=True)]
        lines.append(",".join([code, f"{year}-Q{quarter}", *map(str, totals)]))
    if len(lines) == 1:
        return 0
    return len(import_edoc("van-ban-dien-tu.csv", "\n".join(lines).encode("utf-8"), acting_user=None))
