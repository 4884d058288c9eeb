"""The projects app's public registers: projects, procurement notices, strategies and plans, budget
disclosure. Registering them links each from every page's footer, the home page and the site map, lists
their public items in ``sitemap.xml`` and searches them in the one site search (``cong/portal/registers.py``).
"""

from cong.portal.registers import OPEN_INFORMATION, HitText, PublicRegister, register

from .models import BudgetDocument, Plan, ProcurementNotice, Project, vnd


def _describe_project(project: Project) -> HitText:
    budget = f" Kinh phí {vnd(project.budget)} đồng." if project.budget is not None else ""
    return HitText(
        title=project.name,
        text=f"{project.get_status_display()} · {project.field}. {project.main_objective}{budget}",
        date=project.approved_on,
    )


def _describe_notice(notice: ProcurementNotice) -> HitText:
    return HitText(
        title=f"{notice.get_kind_display()}: {notice.title}",
        text=f"Gói thầu {notice.package} — {notice.procuring_entity}. {notice.details}",
        date=notice.published_on,
    )


def _describe_plan(plan: Plan) -> HitText:
    return HitText(title=plan.title, text=f"{plan.get_kind_display()}. {plan.summary}", date=plan.approved_on)


def _describe_budget(document: BudgetDocument) -> HitText:
    return HitText(
        title=document.title,
        text=f"{document.get_kind_display()} năm {document.year}. {document.note}",
        date=document.issued_on,
    )


def _register_live(model, **fields) -> None:
    register(
        PublicRegister(
            public_items=lambda: model.objects.filter(live=True),
            lastmod_field="last_published_at",
            group=OPEN_INFORMATION,
            **fields,
        )
    )


_register_live(
    Project,
    code="du-an",
    name="Dự án, đầu tư",
    hit_label="Dự án",
    url_name="projects:projects",
    description="Dự án đang chuẩn bị, đang thực hiện, đã hoàn thành: mục tiêu, lĩnh vực, kinh phí, nhà tài trợ.",
    describe=_describe_project,
    search_only=("id", "name", "status", "field", "main_objective", "budget", "approved_on"),
    order=40,
)
_register_live(
    ProcurementNotice,
    code="dau-thau",
    name="Đấu thầu, mua sắm công",
    hit_label="Thông báo đấu thầu",
    url_name="projects:notices",
    description="Thông báo mời thầu, kết quả lựa chọn nhà thầu.",
    describe=_describe_notice,
    order=41,
)
_register_live(
    Plan,
    code="quy-hoach-ke-hoach",
    name="Chiến lược, quy hoạch, kế hoạch",
    hit_label="Quy hoạch, kế hoạch",
    url_name="projects:plans",
    description="Chiến lược, quy hoạch, kế hoạch phát triển; sử dụng đất, xây dựng, tài nguyên, môi trường.",
    describe=_describe_plan,
    search_only=("id", "title", "kind", "summary", "approved_on"),
    order=42,
)
_register_live(
    BudgetDocument,
    code="ngan-sach",
    name="Công khai ngân sách",
    hit_label="Công khai ngân sách",
    url_name="projects:budget",
    description="Dự toán, tình hình thực hiện và quyết toán ngân sách theo từng năm.",
    describe=_describe_budget,
    search_only=("id", "title", "kind", "year", "note", "issued_on"),
    order=43,
)
