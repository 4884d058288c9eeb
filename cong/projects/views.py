"""Public pages: projects (/du-an/), procurement notices (/dau-thau/), strategies, master plans and plans
(/quy-hoach-ke-hoach/), budget disclosure (/ngan-sach/). Each list filters, searches without diacritics and
pages; a value that is not one of a filter's choices (``?status=xyz``) is named in a Vietnamese message and
the list shows unfiltered, never a 500. A member portal lists its agency's records; the provincial portal
everyone's, with a filter by agency. Each page runs a bounded number of queries whatever the records."""

from __future__ import annotations

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from cong.agencies.models import Agency
from cong.core.clock import working_calendar
from cong.core.clocks import clocks_for, posting_status
from cong.core.pagination import paginate
from cong.core.params import text_param, year_error, year_param
from cong.core.search import MAX_QUERY_CHARS, search_terms
from cong.registers.portals import portal_agency, public_records

from . import jsonld
from .models import (
    BudgetDocument,
    BudgetFile,
    BudgetRow,
    NoticeFile,
    Plan,
    PlanFile,
    ProcurementNotice,
    Project,
    ProjectFile,
)


class Filters:
    """The filters of a register list (and of its API route): choice filters checked against their
    choices, ``agency`` (a code, on the provincial portal), ``q`` folded over ``search_folded``.

    ``errors`` holds a Vietnamese message for each value refused; that filter is then not applied."""

    def __init__(self, params, *, choices: dict[str, tuple[str, dict]], agency: Agency | None = None,
                 extra: tuple[str, ...] = ()):  # fmt: skip
        self.errors: list[str] = []
        self.values: dict[str, str] = {}
        self.portal_agency = agency
        for name, (label, allowed) in choices.items():
            value = text_param(params.get(name, ""), 60)
            if value and value not in allowed:
                self.errors.append(
                    _("%(label)s “%(value)s” không có trong danh mục; đang hiển thị tất cả.")
                    % {"label": label, "value": value}
                )
                value = ""
            self.values[name] = value
        for name in extra:
            self.values[name] = text_param(params.get(name, ""), 120)
        self.values["q"] = text_param(params.get("q", ""), MAX_QUERY_CHARS)
        self.agency = None
        code = text_param(params.get("agency", ""), 40)
        if code and agency is None:
            self.agency = Agency.objects.filter(code=code).first()
            if self.agency is None:
                self.errors.append(
                    _("Không có cơ quan mã “%(code)s”; đang hiển thị thông tin của mọi cơ quan.")
                    % {"code": code}
                )
                code = ""
        self.values["agency"] = code if agency is None else ""

    def apply(self, queryset, **lookups):
        """``lookups`` maps a filter name to the field it filters (default: the same name)."""
        for name, value in self.values.items():
            if value and name not in ("q", "agency"):
                queryset = queryset.filter(**{lookups.get(name, name): value})
        if self.agency is not None:
            queryset = queryset.filter(agency=self.agency)
        for term in search_terms(self.values["q"]):
            queryset = queryset.filter(search_folded__contains=" " + term)
        return queryset

    @property
    def active(self) -> bool:
        return any(self.values.values())


def _agencies(records) -> list[Agency]:
    """The agencies that have records in ``records`` (one query), for the agency filter."""
    return list(Agency.objects.filter(pk__in=records.order_by().values("agency")).order_by("name"))


def _context(request, filters, records, crumbs, **extra) -> dict:
    return {
        "filters": filters.values,
        "filter_errors": filters.errors,
        "filtered": filters.active,
        "member_portal": filters.portal_agency,
        "agencies": [] if filters.portal_agency else _agencies(records),
        "crumbs": crumbs,
        **extra,
    }


def _posting(record):
    """The posting state of the record's latest clock (one query), for the detail pages."""
    clocks = list(clocks_for(record))
    return posting_status(clocks[-1], working_calendar()) if clocks else None


def visible(record, agency) -> bool:
    """A related record this portal may link to: live, and on a member portal its agency's."""
    return record is not None and record.live and (agency is None or record.agency_id == agency.pk)


def _files(model):
    return Prefetch("files", queryset=model.objects.select_related("file").order_by("sort_order"))


# --- Projects -------------------------------------------------------------------------------------------


def project_filters(params, agency=None) -> Filters:
    return Filters(
        params,
        choices={"status": (_("Tình trạng"), dict(Project.Status.choices))},
        agency=agency,
        extra=("field",),
    )


@require_GET
def project_list(request):
    """Dự án: /du-an/?status=&field=&agency=&q= — preparing, ongoing and completed projects (LC-10.4.c)."""
    agency = portal_agency(request)
    records = public_records(request, Project.objects.all(), agency=agency)
    filters = project_filters(request.GET, agency)
    counts = dict(records.order_by().values_list("status").annotate(n=Count("id")))
    fields = sorted(set(records.order_by().values_list("field", flat=True).distinct()) - {""})
    page_obj = paginate(request, filters.apply(records).select_related("agency"))
    return render(
        request,
        "projects/project_list.html",
        _context(
            request, filters, records, [("", _("Dự án"))],
            page_obj=page_obj,
            statuses=[(code, label, counts.get(code, 0)) for code, label in Project.Status.choices],
            fields=fields,
        ),
    )  # fmt: skip


@require_GET
def project_detail(request, pk: int):
    agency = portal_agency(request)
    records = public_records(request, Project.objects.select_related("agency"), agency=agency)
    project = get_object_or_404(records.prefetch_related(_files(ProjectFile)), pk=pk)
    notices = public_records(request, ProcurementNotice.objects.filter(project=project), agency=agency)
    notices = notices.order_by("-published_on", "-id")
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "notices": list(notices),
            "posting": _posting(project),
            "json_ld": jsonld.project(request, project),
            "crumbs": [(reverse("projects:projects"), _("Dự án")), ("", project.name)],
        },
    )


# --- Procurement ------------------------------------------------------------------------------------------


def notice_filters(params, agency=None) -> Filters:
    return Filters(
        params, choices={"kind": (_("Loại thông báo"), dict(ProcurementNotice.Kind.choices))}, agency=agency
    )


@require_GET
def notice_list(request):
    """Đấu thầu, mua sắm công: /dau-thau/?kind=&agency=&q= — invitations to bid and selection results."""
    agency = portal_agency(request)
    records = public_records(request, ProcurementNotice.objects.all(), agency=agency)
    filters = notice_filters(request.GET, agency)
    page_obj = paginate(request, filters.apply(records).select_related("agency", "project"))
    for notice in page_obj:
        notice.shown_project = notice.project if visible(notice.project, agency) else None
    return render(
        request,
        "projects/notice_list.html",
        _context(request, filters, records, [("", _("Đấu thầu, mua sắm công"))], page_obj=page_obj,
                 kinds=ProcurementNotice.Kind.choices, now=timezone.now()),
    )  # fmt: skip


@require_GET
def notice_detail(request, pk: int):
    agency = portal_agency(request)
    records = public_records(
        request, ProcurementNotice.objects.select_related("agency", "project"), agency=agency
    )
    notice = get_object_or_404(records.prefetch_related(_files(NoticeFile)), pk=pk)
    if not visible(notice.project, agency):
        notice.project = None  # a draft project, or another agency's on a member portal, is not linked
    return render(
        request,
        "projects/notice_detail.html",
        {
            "notice": notice,
            "now": timezone.now(),
            "posting": _posting(notice),
            "json_ld": jsonld.notice(request, notice),
            "crumbs": [(reverse("projects:notices"), _("Đấu thầu, mua sắm công")), ("", notice.title)],
        },
    )


# --- Plans -----------------------------------------------------------------------------------------------


def plan_filters(params, agency=None) -> Filters:
    return Filters(params, choices={"kind": (_("Loại"), dict(Plan.Kind.choices))}, agency=agency)


@require_GET
def plan_list(request):
    """Chiến lược, quy hoạch, kế hoạch: /quy-hoach-ke-hoach/?kind=&agency=&q= (BK-3.3.đ, LC-9.1.đ)."""
    agency = portal_agency(request)
    records = public_records(request, Plan.objects.all(), agency=agency)
    filters = plan_filters(request.GET, agency)
    counts = dict(records.order_by().values_list("kind").annotate(n=Count("id")))
    page_obj = paginate(request, filters.apply(records).select_related("agency", "approving_document"))
    return render(
        request,
        "projects/plan_list.html",
        _context(request, filters, records, [("", _("Chiến lược, quy hoạch, kế hoạch"))], page_obj=page_obj,
                 kinds=[(code, label, counts.get(code, 0)) for code, label in Plan.Kind.choices]),
    )  # fmt: skip


@require_GET
def plan_detail(request, pk: int):
    records = public_records(
        request, Plan.objects.select_related("agency", "approving_document", "map_image")
    )
    plan = get_object_or_404(records.prefetch_related(_files(PlanFile)), pk=pk)
    document = plan.approving_document
    return render(
        request,
        "projects/plan_detail.html",
        {
            "plan": plan,
            "approving_document": document if document is not None and document.live else None,
            "posting": _posting(plan),
            "json_ld": jsonld.plan(request, plan),
            "crumbs": [(reverse("projects:plans"), _("Chiến lược, quy hoạch, kế hoạch")), ("", plan.title)],
        },
    )


# --- Budget ----------------------------------------------------------------------------------------------


@require_GET
def budget_list(request):
    """Công khai ngân sách: /ngan-sach/?year=&kind=&agency=&q= — documents grouped by year (LC-10.5)."""
    agency = portal_agency(request)
    records = public_records(request, BudgetDocument.objects.all(), agency=agency)
    filters = Filters(
        request.GET, choices={"kind": (_("Loại"), dict(BudgetDocument.Kind.choices))}, agency=agency
    )
    raw_year = request.GET.get("year", "")
    year = year_param(raw_year)
    if raw_year and year is None:
        filters.errors.append(_("%(error)s Đang hiển thị mọi năm.") % {"error": year_error(raw_year)})
    filters.values["year"] = str(year) if year else ""
    years = sorted(set(records.order_by().values_list("year", flat=True).distinct()) - {None}, reverse=True)
    shown = (
        filters.apply(records, year="year")
        .annotate(row_count=Count("rows"))
        .order_by("-year", "kind", "-issued_on", "-id")
    )
    page_obj = paginate(request, shown.select_related("agency"))
    groups: dict[int, list] = {}
    for document in page_obj:
        groups.setdefault(document.year, []).append(document)
    return render(
        request,
        "projects/budget_list.html",
        _context(request, filters, records, [("", _("Công khai ngân sách"))], page_obj=page_obj,
                 groups=list(groups.items()), years=years, kinds=BudgetDocument.Kind.choices),
    )  # fmt: skip


@require_GET
def budget_detail(request, pk: int):
    records = public_records(request, BudgetDocument.objects.select_related("agency"))
    rows = Prefetch("rows", queryset=BudgetRow.objects.order_by("sort_order", "pk"))
    document = get_object_or_404(records.prefetch_related(_files(BudgetFile), rows), pk=pk)
    return render(
        request,
        "projects/budget_detail.html",
        {
            "document": document,
            "json_ld": jsonld.budget(request, document),
            "crumbs": [
                (reverse("projects:budget"), _("Công khai ngân sách")),
                (
                    reverse("projects:budget") + f"?year={document.year}",
                    _("Năm %(year)s") % {"year": document.year},
                ),
                ("", document.title),
            ],
        },
    )
