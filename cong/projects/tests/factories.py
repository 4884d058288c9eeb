"""Builders of the projects app's records for tests, through the actions (``create_record``) like the demo;
``bulk_*`` make hundreds at once for the query-count tests (no clocks, no revisions: no list reads them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from cong.demo.factories import stored_file
from cong.projects.actions import create_record
from cong.projects.models import BudgetDocument, BudgetFile, BudgetRow, Plan, ProcurementNotice, Project

# A Tuesday with no holiday near: the approval date of the posting-clock tests.
APPROVED = dt.date(2024, 3, 5)


def project_fields(**fields) -> dict:
    return {
        "name": "Đường giao thông liên xã Tân Lập – Hòa Bình",
        "main_objective": "Nâng cấp 12 km đường liên xã phục vụ vận chuyển nông sản.",
        "field": "Giao thông",
        "project_type": "Dự án nhóm B, đầu tư công",
        "duration": "2024 – 2026",
        "budget": 45_500_000_000,
        "funding_type": Project.Funding.STATE_BUDGET,
        "donor": "Ngân sách tỉnh",
        "status": Project.Status.ONGOING,
        "approved_on": APPROVED,
        "approval_number": "1234/QĐ-UBND",
        **fields,
    }


def make_project(publish: bool = True, **fields) -> Project:
    return create_record(Project, acting_user=None, publish=publish, **project_fields(**fields))


def make_notice(publish: bool = True, **fields) -> ProcurementNotice:
    values = {
        "kind": ProcurementNotice.Kind.INVITATION,
        "title": "Thông báo mời thầu gói thầu xây lắp số 03",
        "package": "Xây lắp đoạn Km0 – Km6",
        "procuring_entity": "Ban Quản lý dự án đầu tư xây dựng tỉnh",
        "published_on": APPROVED,
        "closes_at": dt.datetime(2024, 3, 25, 9, 0, tzinfo=dt.UTC),
        **fields,
    }
    return create_record(ProcurementNotice, acting_user=None, publish=publish, **values)


def make_plan(publish: bool = True, **fields) -> Plan:
    values = {
        "title": "Quy hoạch sử dụng đất thời kỳ 2021 – 2030 huyện Tân Lập",
        "kind": Plan.Kind.LAND_USE,
        "summary": "Chỉ tiêu sử dụng đất đến năm 2030.",
        "period": "2021 – 2030",
        "area": "Huyện Tân Lập",
        "approval_number": "456/QĐ-UBND",
        "approved_on": APPROVED,
        **fields,
    }
    return create_record(Plan, acting_user=None, publish=publish, **values)


def make_budget(publish: bool = True, rows=None, files=(), **fields) -> BudgetDocument:
    values = {
        "year": 2024,
        "kind": BudgetDocument.Kind.ESTIMATE,
        "title": "Dự toán thu, chi ngân sách tỉnh năm 2024",
        **fields,
    }
    if rows is None:
        rows = [
            ("A", "Tổng thu ngân sách", Decimal("5200000")),
            ("B", "Tổng chi ngân sách", Decimal("5150000.5")),
        ]
    return create_record(BudgetDocument, acting_user=None, publish=publish, rows=rows, files=files, **values)


def a_file(name: str = "quyet-dinh.pdf"):
    return stored_file(name, b"%PDF-1.4 test", title=name)


# --- Hundreds at once ------------------------------------------------------------------------------------


def _live() -> dict:
    now = timezone.now()
    return {"live": True, "first_published_at": now, "last_published_at": now}


def bulk_projects(count: int, *, agencies=(None,)) -> list[Project]:
    start = Project.objects.count()
    statuses = Project.Status.values
    projects = Project.objects.bulk_create(
        Project(**project_fields(name=f"Dự án số {i}", field=("Giao thông", "Y tế", "Nông nghiệp")[i % 3],
                                 status=statuses[i % 3], budget=1_000_000 * (i + 1)),
                agency=agencies[i % len(agencies)], search_folded=f" du an so {i} ", **_live())
        for i in range(start, start + count)
    )  # fmt: skip
    document = a_file()
    from cong.projects.models import ProjectFile

    ProjectFile.objects.bulk_create(ProjectFile(record=p, file=document, sort_order=0) for p in projects)
    return projects


def bulk_notices(count: int, *, project=None, agencies=(None,)) -> list[ProcurementNotice]:
    start = ProcurementNotice.objects.count()
    return ProcurementNotice.objects.bulk_create(
        ProcurementNotice(kind=ProcurementNotice.Kind.values[i % 2], title=f"Thông báo số {i}",
                          package=f"Gói {i}", procuring_entity="Ban QLDA", project=project,
                          published_on=APPROVED, closes_at=timezone.now(), winner="Công ty A",
                          contract_price=1000, agency=agencies[i % len(agencies)], **_live())
        for i in range(start, start + count)
    )  # fmt: skip


def bulk_plans(count: int, *, document=None, agencies=(None,)) -> list[Plan]:
    start = Plan.objects.count()
    kinds = Plan.Kind.values
    return Plan.objects.bulk_create(
        Plan(title=f"Quy hoạch số {i}", kind=kinds[i % len(kinds)], approving_document=document,
             approval_number="" if document else f"{i}/QĐ-UBND", approved_on=APPROVED,
             agency=agencies[i % len(agencies)], **_live())
        for i in range(start, start + count)
    )  # fmt: skip


def bulk_budget(count: int, *, rows: int = 3) -> list[BudgetDocument]:
    start = BudgetDocument.objects.count()
    kinds = BudgetDocument.Kind.values
    documents = BudgetDocument.objects.bulk_create(
        BudgetDocument(year=2020 + i % 5, kind=kinds[i % 3], title=f"Tài liệu ngân sách số {i}", **_live())
        for i in range(start, start + count)
    )
    BudgetRow.objects.bulk_create(
        BudgetRow(document=d, code=str(j), item=f"Khoản {j}", amount=Decimal(1000 * j), sort_order=j)
        for d in documents
        for j in range(rows)
    )
    stored = a_file("ngan-sach.pdf")
    BudgetFile.objects.bulk_create(BudgetFile(record=d, file=stored, sort_order=0) for d in documents)
    return documents
