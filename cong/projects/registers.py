"""The projects app's public registers: projects, procurement notices, strategies and plans, budget
disclosure. Registering them links each from every page's footer, the home page and the site map, lists
their public items in ``sitemap.xml`` and searches them in the one site search (``cong/portal/registers.py``).
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cong.portal.registers import OPEN_INFORMATION, HitText, PublicRegister, register

from .models import BudgetDocument, Plan, ProcurementNotice, Project, vnd


def _describe_project(project: Project) -> HitText:
    budget = (
        " " + gettext("Kinh phí %(amount)s đồng.") % {"amount": vnd(project.budget)}
        if project.budget is not None
        else ""
    )
    return HitText(
        title=project.name,
        text=f"{project.get_status_display()} · {project.field}. {project.main_objective}{budget}",
        date=project.approved_on,
    )


def _describe_notice(notice: ProcurementNotice) -> HitText:
    return HitText(
        title=f"{notice.get_kind_display()}: {notice.title}",
        text=gettext("Gói thầu %(package)s — %(entity)s.")
        % {"package": notice.package, "entity": notice.procuring_entity}
        + f" {notice.details}",
        date=notice.published_on,
    )


def _describe_plan(plan: Plan) -> HitText:
    return HitText(title=plan.title, text=f"{plan.get_kind_display()}. {plan.summary}", date=plan.approved_on)


def _describe_budget(document: BudgetDocument) -> HitText:
    return HitText(
        title=document.title,
        text=gettext("%(kind)s năm %(year)s.") % {"kind": document.get_kind_display(), "year": document.year}
        + f" {document.note}",
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
    name=_("Dự án, đầu tư"),
    hit_label=_("Dự án"),
    url_name="projects:projects",
    description=_(
        "Dự án đang chuẩn bị, đang thực hiện, đã hoàn thành: mục tiêu, lĩnh vực, kinh phí, nhà tài trợ."
    ),
    describe=_describe_project,
    search_only=("id", "name", "status", "field", "main_objective", "budget", "approved_on"),
    order=40,
)
_register_live(
    ProcurementNotice,
    code="dau-thau",
    name=_("Đấu thầu, mua sắm công"),
    hit_label=_("Thông báo đấu thầu"),
    url_name="projects:notices",
    description=_("Thông báo mời thầu, kết quả lựa chọn nhà thầu."),
    describe=_describe_notice,
    order=41,
)
_register_live(
    Plan,
    code="quy-hoach-ke-hoach",
    name=_("Chiến lược, quy hoạch, kế hoạch"),
    hit_label=_("Quy hoạch, kế hoạch"),
    url_name="projects:plans",
    description=_(
        "Chiến lược, quy hoạch, kế hoạch phát triển; sử dụng đất, xây dựng, tài nguyên, môi trường."
    ),
    describe=_describe_plan,
    search_only=("id", "title", "kind", "summary", "approved_on"),
    order=42,
)
_register_live(
    BudgetDocument,
    code="ngan-sach",
    name=_("Công khai ngân sách"),
    hit_label=_("Công khai ngân sách"),
    url_name="projects:budget",
    description=_("Dự toán, tình hình thực hiện và quyết toán ngân sách theo từng năm."),
    describe=_describe_budget,
    search_only=("id", "title", "kind", "year", "note", "issued_on"),
    order=43,
)
