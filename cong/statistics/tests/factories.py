"""Builders of the statistics app's records for tests: through the actions (one at a time) or in bulk."""

from __future__ import annotations

import datetime as dt
import io

from django.utils import timezone

from cong.core.records import folded_words
from cong.statistics.actions import save_edoc, save_programme, save_release
from cong.statistics.models import EdocExchange, ScienceProgramme, StatisticsRelease

# A Tuesday with no holiday near (the posting-clock tests count working days from it).
APPROVED = dt.date(2024, 3, 5)
FIGURES_CSV = "Huyện,Nam,Nữ\nHòa Sơn,61240,60850\nTân Lập,48310,47420\nMường Khoa,39870,38950\n".encode()


def xlsx_bytes(rows) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def make_programme(publish: bool = True, acting_user=None, **fields) -> ScienceProgramme:
    values = {
        "code": "ĐTKH.01/2024", "name": "Nghiên cứu giống lúa chịu hạn", "level": "provincial",
        "field": "Nông nghiệp", "lead_unit": "Trung tâm Khuyến nông tỉnh", "chair": "ThS. Lò Thị Hương",
        "approved_on": APPROVED, "starts_on": APPROVED, "ends_on": APPROVED + dt.timedelta(days=700),
    }  # fmt: skip
    values.update(fields)
    return save_programme(ScienceProgramme(**values), acting_user=acting_user, publish=publish)


def make_release(publish: bool = True, data: bytes = FIGURES_CSV, name: str = "dan-so.csv", **fields):
    values = {"title": "Dân số trung bình năm 2025", "provider": "Cục Thống kê tỉnh", "decided_on": APPROVED,
              "period": "Năm 2025", "unit": "người", "methodology": "Điều tra chọn mẫu",
              "analysis": "Dân số tăng nhẹ"}  # fmt: skip
    values.update(fields)
    return save_release(
        StatisticsRelease(**values), acting_user=None, figures_name=name, figures_data=data, publish=publish
    )


def make_edoc(agency, year=2026, number=3, kind="quarter", **figures) -> EdocExchange:
    values = {"sent_electronic": 90, "sent_total": 100, "received_electronic": 150, "received_total": 200}
    values.update(figures)
    return save_edoc(acting_user=None, agency=agency, period_kind=kind, year=year, number=number, **values)


def bulk_programmes(count: int, agency=None) -> None:
    start = ScienceProgramme.objects.count()
    ScienceProgramme.objects.bulk_create(
        ScienceProgramme(
            code=f"ĐT.{i}", name=f"Đề tài số {i}", level=ScienceProgramme.Level.values[i % 3],
            field=("Nông nghiệp", "Y dược", "Môi trường")[i % 3], lead_unit="Sở Khoa học", chair=f"TS. Người {i}",
            approved_on=APPROVED, accepted_on=APPROVED if i % 2 else None, live=True, agency=agency,
            summary_report="Kết quả" if i % 2 else "", first_published_at=timezone.now(),
            search_folded=folded_words(f"ĐT.{i}", f"Đề tài số {i}"),
        )
        for i in range(start, start + count)
    )  # fmt: skip


def bulk_releases(count: int, agency=None) -> None:
    from cong.statistics.figures import read_figures

    figures = read_figures("a.csv", FIGURES_CSV).to_json()
    start = StatisticsRelease.objects.count()
    StatisticsRelease.objects.bulk_create(
        StatisticsRelease(
            title=f"Thông tin thống kê số {i}", decided_on=APPROVED, period="Năm 2025", figures=figures,
            live=True, agency=agency, first_published_at=timezone.now(), search_folded=folded_words(f"so {i}"),
        )
        for i in range(start, start + count)
    )  # fmt: skip


def bulk_edoc(agencies, months: int, start: int = 0) -> None:
    EdocExchange.objects.bulk_create(
        EdocExchange(
            agency=agency, period_kind="month", year=2020 + m // 12, number=m % 12 + 1, sent_electronic=5,
            sent_total=10, received_electronic=7, received_total=10, live=True, first_published_at=timezone.now(),
            search_folded=folded_words(agency.name),
        )
        for agency in agencies
        for m in range(start, start + months)
    )  # fmt: skip
