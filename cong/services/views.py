"""Public pages: the procedure catalogue (/thu-tuc-hanh-chinh/), one procedure, the dossier lookup
(/tra-cuu-ho-so/) and the dossier statistics (/thu-tuc-hanh-chinh/thong-ke/). Each page runs a bounded
number of queries whatever the number of procedures or dossiers."""

from __future__ import annotations

import re

from django.conf import settings
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from cong.agencies.models import Agency
from cong.core import ratelimit
from cong.core.client import client_address
from cong.core.jsonld import json_ld
from cong.core.pagination import paginate
from cong.core.params import text_param
from cong.core.search import MAX_QUERY_CHARS, search_terms
from cong.registers.portals import portal_agency, public_records

from . import levels, stats
from .models import Dossier, DossierSync, GovernmentLevel, Procedure, ProcedureField

FILTERS = ("q", "field", "agency", "level", "service")
LIST_FIELDS = (
    "id", "code", "name", "government_level", "online_level", "agency_name", "portal_url", "field__name",
    "field__slug", "agency__name",
)  # fmt: skip


def public_procedures(request=None, agency=...):
    """The procedures a portal lists: live and not retired; on a member portal, its agency's own."""
    queryset = Procedure.objects.filter(retired=False)
    if request is None:
        return queryset.filter(live=True)
    return public_records(request, queryset, agency=agency)


class ProcedureFilters:
    """The catalogue's filters, shared by the page and the API: ``q`` (code, name, agency; with or without
    diacritics), ``field`` (slug), ``agency`` (code), ``level`` (government level), ``service`` (service
    level on the profile's scheme). An unknown value is explained and ignored, never a 500."""

    def __init__(self, params):
        self.values = {name: text_param(params.get(name, ""), MAX_QUERY_CHARS) for name in FILTERS}
        self.errors: list[str] = []
        v = self.values
        self.field = ProcedureField.objects.filter(slug=v["field"]).first() if v["field"] else None
        if v["field"] and self.field is None:
            self._drop(
                "field",
                _("Không có lĩnh vực «%(value)s»; đang hiển thị mọi lĩnh vực.") % {"value": v["field"]},
            )
        self.agency = Agency.objects.filter(code=v["agency"]).first() if v["agency"] else None
        if v["agency"] and self.agency is None:
            self._drop(
                "agency",
                _("Không có cơ quan «%(value)s»; đang hiển thị mọi cơ quan.") % {"value": v["agency"]},
            )
        if v["level"] and v["level"] not in GovernmentLevel.values:
            self._drop(
                "level",
                _("Cấp thực hiện «%(value)s» không hợp lệ; đang hiển thị mọi cấp.") % {"value": v["level"]},
            )
        self.service = levels.option(v["service"]) if v["service"] else None
        if v["service"] and self.service is None:
            self._drop(
                "service",
                _("Mức độ dịch vụ «%(value)s» không có; đang hiển thị mọi mức độ.") % {"value": v["service"]},
            )

    def _drop(self, name: str, message: str) -> None:
        self.errors.append(message)
        self.values[name] = ""

    def apply(self, queryset):
        v = self.values
        if self.field:
            queryset = queryset.filter(field=self.field)
        if self.agency:
            queryset = queryset.filter(agency=self.agency)
        if v["level"]:
            queryset = queryset.filter(government_level=v["level"])
        if self.service:
            queryset = queryset.filter(online_level__in=self.service.levels)
        for term in search_terms(v["q"]):
            queryset = queryset.filter(search_folded__contains=" " + term)
        if v["q"]:
            queryset = queryset.annotate(
                exact=Case(When(code=v["q"], then=Value(0)), default=Value(1), output_field=IntegerField())
            ).order_by("exact", "code")
        else:
            queryset = queryset.order_by("code")
        return queryset

    @property
    def active(self) -> bool:
        return any(self.values.values())


def filter_options(procedures) -> dict:
    """The choices of each filter, from the procedures the portal lists, in two queries."""
    listed = procedures.order_by()
    return {
        "fields": list(ProcedureField.objects.filter(procedures__in=listed.values("pk")).distinct()),
        "agencies": list(
            Agency.objects.filter(pk__in=listed.exclude(agency=None).values("agency_id")).order_by("name")
        ),
        "levels": GovernmentLevel.choices,
        "services": levels.options(),
    }


@require_GET
def procedure_list(request):
    """Thủ tục hành chính: /thu-tuc-hanh-chinh/?q=&field=&agency=&level=&service= (BK-3.3.f, BK-3.3.m, LC-14);
    on an agency's member portal, that agency's procedures (BK-7.2.b)."""
    filters = ProcedureFilters(request.GET)
    agency = portal_agency(request)
    procedures = public_procedures(request, agency)
    options = filter_options(procedures)
    page_obj = paginate(
        request, filters.apply(procedures).select_related("field", "agency").only(*LIST_FIELDS)
    )
    return render(
        request,
        "services/procedure_list.html",
        {
            "filters": filters.values,
            "filter_errors": filters.errors,
            "filtered": filters.active,
            "options": options,
            "page_obj": page_obj,
            "portal_agency": agency,
            "scheme": levels.scheme(),
            "crumbs": [("", _("Thủ tục hành chính"))],
        },
    )


def government_service_json_ld(request, procedure: Procedure) -> dict:
    """schema.org ``GovernmentService`` of a procedure."""
    url = request.build_absolute_uri(procedure.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": url,
        "url": url,
        "identifier": procedure.code,
        "name": procedure.name,
        "serviceType": procedure.field.name,
        "inLanguage": "vi",
        "areaServed": {"@type": "AdministrativeArea", "name": procedure.get_government_level_display()},
        "audience": {"@type": "Audience", "audienceType": procedure.applicants}
        if procedure.applicants
        else None,
        "provider": {
            "@type": "GovernmentOrganization",
            "name": procedure.agency.name if procedure.agency else procedure.agency_name,
        }
        if (procedure.agency or procedure.agency_name)
        else None,
        "additionalProperty": {"@type": "PropertyValue", "name": _("Mức độ"), "value": procedure.level_label},
    }
    if procedure.portal_url:
        data["availableChannel"] = {
            "@type": "ServiceChannel",
            "name": _("Cổng Dịch vụ công"),
            "serviceUrl": procedure.portal_url,
        }
    if procedure.legal_basis:
        data["termsOfService"] = procedure.legal_basis
    return {k: v for k, v in data.items() if v is not None}


@require_GET
def procedure_detail(request, code: str):
    """One procedure, printable, with its schema.org ``GovernmentService``. A retired procedure keeps its
    page, marked as no longer in the catalogue; a member portal shows only its agency's."""
    agency = portal_agency(request)
    queryset = Procedure.objects.select_related("field", "agency")
    if agency is not None:
        queryset = queryset.filter(agency=agency)
    procedure = queryset.filter(code=code[:40], live=True).first()
    if procedure is None:
        raise Http404(_("Không có thủ tục hành chính này."))
    documents = [d for d in procedure.legal_documents.all() if d.live]
    return render(
        request,
        "services/procedure_detail.html",
        {
            "procedure": procedure,
            "documents": documents,
            "form_files": list(procedure.form_files.select_related("document")),
            "json_ld": json_ld(government_service_json_ld(request, procedure)),
            "crumbs": [("/thu-tuc-hanh-chinh/", _("Thủ tục hành chính")), ("", procedure.code)],
        },
    )


# --- Dossier lookup ----------------------------------------------------------------------------------

CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9.\-_/]{3,63}")
LOOKUP_BUCKET = "services-dossier-lookup"
NOT_FOUND = gettext_lazy(
    "Không tìm thấy hồ sơ với mã này. Hãy kiểm tra lại mã trên giấy tiếp nhận và hẹn trả kết quả "
    "(gồm chữ và số, ví dụ H12.34-261130-0001)."
)


def normalise_code(raw) -> str:
    return "".join(text_param(raw, 80).split()).upper()


def lookup_limit() -> int:
    """Lookups an address may make per window (``CONG_CITIZENS_RATE_WINDOW``), as the Q&A lookup."""
    return getattr(settings, "CONG_DOSSIER_LOOKUP_LIMIT", settings.CONG_CITIZENS_HARD_LIMIT)


@require_http_methods(["GET", "POST"])
def dossier_lookup(request):
    """Tra cứu hồ sơ (KT-10.5, HG-12): the procedure, received and due dates and status of a dossier by its
    code — never the applicant's data (none is stored). A malformed and an unknown code take the same path
    (one counter, one query, the same page) so that the answer's time tells nothing; every lookup counts
    against the address's limit."""
    code = normalise_code(request.POST.get("code", "")) if request.method == "POST" else ""
    dossier, error, status = None, "", 200
    if request.method == "POST":
        address = client_address(request) or "unknown"
        count = ratelimit.hit(LOOKUP_BUCKET, address, window=settings.CONG_CITIZENS_RATE_WINDOW)
        wellformed = bool(CODE_RE.fullmatch(code))
        # The query runs for a malformed code too (it matches nothing): the same work either way.
        found = (
            Dossier.objects.select_related("procedure", "agency")
            .filter(code=code if wellformed else "")  # no dossier has an empty code
            .first()
        )
        if count > lookup_limit():
            error = _("Quá nhiều lần tra cứu. Vui lòng thử lại sau %(minutes)s phút.") % {
                "minutes": settings.CONG_CITIZENS_RATE_WINDOW // 60
            }
            status = 429
        # Not found answers 200 like a found code: a 404 would run the redirects lookup (one more query)
        # and tell a script apart from a person by status alone.
        elif not code:
            error = _("Hãy nhập mã hồ sơ.")
        elif found is None:
            error = NOT_FOUND
        else:
            dossier = found
    today = timezone.localdate()
    return render(
        request,
        "services/dossier_lookup.html",
        {
            "code": code,
            "dossier": dossier,
            "overdue": dossier.is_overdue(today) if dossier else False,
            "error": error,
            "last_sync": DossierSync.objects.order_by("-last_success_at")
            .values_list("last_success_at", flat=True)
            .first(),
            "crumbs": [("", _("Tra cứu hồ sơ"))],
        },
        status=status,
    )


# --- Statistics --------------------------------------------------------------------------------------


@require_GET
def dossier_statistics(request):
    """Thống kê tiến độ giải quyết hồ sơ (HG-12, ND43-18): per agency, for a month or quarter (?period=)."""
    today = timezone.localdate()
    raw = text_param(request.GET.get("period", ""), 10)
    period = stats.parse_period(raw) if raw else None
    error = ""
    if raw and period is None:
        error = _(
            "Kỳ «%(period)s» không hợp lệ; hãy chọn quý (2026-Q4) hoặc tháng (2026-11). Đang hiển thị quý này."
        ) % {"period": raw}
    if period is not None and period.start > today:
        error, period = _("Kỳ thống kê chưa bắt đầu; đang hiển thị quý này."), None
    period = period or stats.quarter(today)
    agency = portal_agency(request)
    dossiers = Dossier.objects.filter(agency=agency) if agency is not None else None
    rows = stats.statistics(period, today, dossiers)
    return render(
        request,
        "services/statistics.html",
        {
            "period": period,
            "periods": stats.recent_periods(today),
            "rows": rows,
            "total": stats.total(rows),
            "chart": stats.chart(rows),
            "error": error,
            "last_sync": DossierSync.objects.order_by("-last_success_at")
            .values_list("last_success_at", flat=True)
            .first(),
            "crumbs": [
                ("/thu-tuc-hanh-chinh/", _("Thủ tục hành chính")),
                ("", _("Thống kê giải quyết hồ sơ")),
            ],
        },
        status=200,
    )
