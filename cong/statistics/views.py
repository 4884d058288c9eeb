"""Public pages: science and technology programmes (/khoa-hoc-cong-nghe/), statistics releases (/thong-ke/)
with their chart, table and downloads, electronic document exchange (/van-ban-dien-tu/, when the profile
publishes it: ``registers.edoc_exchange``). A member portal shows its agency's records, the provincial
portal everyone's. Each page runs a bounded number of queries whatever the number of records."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from cong.agencies.models import Agency
from cong.core.jsonld import json_ld
from cong.core.pagination import paginate
from cong.core.params import text_param, year_error, year_param
from cong.core.profiles import get_profile
from cong.core.search import MAX_QUERY_CHARS, search_terms
from cong.registers.portals import public_records

from .chart import number_text, render_svg
from .figures import Figures
from .models import EdocExchange, ScienceProgramme, StatisticsRelease, period_label

SCIENCE_STATUSES = (
    ("accepted", gettext_lazy("Đã nghiệm thu, có kết quả")),
    ("pending", gettext_lazy("Chưa có kết quả nghiệm thu")),
)


class Filters:
    """The list filters from the query string: unknown values are dropped with a Vietnamese message."""

    def __init__(self, params, choices: dict[str, list[tuple[str, str]] | None], *, year: bool = False):
        self.values: dict[str, str] = {"q": text_param(params.get("q", ""), MAX_QUERY_CHARS)}
        self.errors: list[str] = []
        for name, allowed in choices.items():
            value = text_param(params.get(name, ""))
            if value and allowed is not None and value not in {code for code, _label in allowed}:
                self.errors.append(
                    _("Giá trị lọc «%(value)s» không có trong danh sách; đã bỏ điều kiện này.")
                    % {"value": value[:40]}
                )
                value = ""
            self.values[name] = value
        self.year = None
        if year:
            raw = text_param(params.get("year", ""))
            self.year = year_param(raw)
            if raw and self.year is None:
                self.errors.append(year_error(raw))
            self.values["year"] = str(self.year) if self.year else ""

    def search(self, queryset):
        for term in search_terms(self.values["q"]):
            queryset = queryset.filter(search_folded__contains=" " + term)
        return queryset

    @property
    def active(self) -> bool:
        return any(self.values.values())


def _agency_choices(queryset) -> list[tuple[str, str]]:
    """The agencies that have records in ``queryset``, as (code, name), in one query."""
    return list(
        Agency.objects.filter(pk__in=queryset.order_by().values("agency_id"))
        .order_by("name")
        .values_list("code", "name")
    )


def _by_agency(queryset, code: str):
    return queryset.filter(agency__code=code) if code else queryset


# --- Science and technology programmes ------------------------------------------------------------


@require_GET
def science_list(request):
    """Nhiệm vụ khoa học và công nghệ: /khoa-hoc-cong-nghe/?q=&field=&level=&status=&agency="""
    programmes = public_records(request, ScienceProgramme.objects.all())
    fields = sorted(set(programmes.order_by().values_list("field", flat=True).distinct()))
    agencies = _agency_choices(programmes)
    filters = Filters(
        request.GET,
        {
            "field": [(f, f) for f in fields],
            "level": ScienceProgramme.Level.choices,
            "status": list(SCIENCE_STATUSES),
            "agency": agencies,
        },
    )
    v = filters.values
    if v["field"]:
        programmes = programmes.filter(field=v["field"])
    if v["level"]:
        programmes = programmes.filter(level=v["level"])
    if v["status"]:
        programmes = programmes.filter(accepted_on__isnull=v["status"] == "pending")
    programmes = filters.search(_by_agency(programmes, v["agency"])).select_related("agency")
    page_obj = paginate(request, programmes)
    return render(
        request,
        "statistics/science_list.html",
        {
            "filters": v, "filter_errors": filters.errors, "filtered": filters.active, "page_obj": page_obj,
            "options": {"fields": fields, "levels": ScienceProgramme.Level.choices, "statuses": SCIENCE_STATUSES,
                        "agencies": agencies},
            "crumbs": [("", _("Khoa học và công nghệ"))],
        },
    )  # fmt: skip


@require_GET
def science_detail(request, pk: int):
    programme = get_object_or_404(
        public_records(request, ScienceProgramme.objects.select_related("agency")), pk=pk
    )
    files = (
        list(programme.result_files.select_related("file").order_by("sort_order", "pk"))
        if programme.has_results
        else []
    )
    return render(
        request,
        "statistics/science_detail.html",
        {
            "programme": programme,
            "files": files,
            "crumbs": [(reverse("statistics:science"), _("Khoa học và công nghệ")), ("", programme.code)],
        },
    )


# --- Statistics releases --------------------------------------------------------------------------


@require_GET
def release_list(request):
    """Thông tin thống kê: /thong-ke/?q=&year=&agency="""
    releases = public_records(request, StatisticsRelease.objects.all())
    agencies = _agency_choices(releases)
    years = sorted({d.year for d in releases.dates("decided_on", "year")}, reverse=True)
    filters = Filters(request.GET, {"agency": agencies}, year=True)
    if filters.year:
        releases = releases.filter(decided_on__year=filters.year)
    releases = filters.search(_by_agency(releases, filters.values["agency"]))
    releases = releases.select_related("agency").defer("figures", "methodology", "analysis")
    page_obj = paginate(request, releases)
    return render(
        request,
        "statistics/release_list.html",
        {
            "filters": filters.values, "filter_errors": filters.errors, "filtered": filters.active,
            "page_obj": page_obj, "options": {"years": years, "agencies": agencies},
            "crumbs": [("", _("Thống kê"))],
        },
    )  # fmt: skip


def _release(request, pk: int) -> StatisticsRelease:
    return get_object_or_404(
        public_records(request, StatisticsRelease.objects.select_related("agency")), pk=pk
    )


def dataset_json_ld(request, release: StatisticsRelease) -> str:
    """schema.org ``Dataset`` of a release, with its CSV and XLSX downloads."""
    url = request.build_absolute_uri(release.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": url,
        "url": url,
        "name": release.title,
        "description": release.analysis or f"{release.title} — {release.period}",
        "inLanguage": "vi",
        "creator": {"@type": "GovernmentOrganization", "name": release.provider},
        "temporalCoverage": (
            f"{release.period_start.isoformat()}/{release.period_end.isoformat()}"
            if release.period_start and release.period_end
            else release.period
        ),
        "datePublished": release.decided_on.isoformat(),
        "isAccessibleForFree": True,
        "variableMeasured": release.table.series,
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": mime,
                "contentUrl": request.build_absolute_uri(
                    reverse(f"statistics:release-{fmt}", args=[release.pk])
                ),
            }
            for fmt, mime in (("csv", "text/csv"), ("xlsx", XLSX))
        ],
    }
    if release.methodology:
        data["measurementTechnique"] = release.methodology[:500]
    return json_ld(data)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_rows(figures: Figures) -> list[tuple[str, list[str]]]:
    return [(row[0], [number_text(value) for value in row[1:]]) for row in figures.rows]


@require_GET
def release_detail(request, pk: int):
    release = _release(request, pk)
    figures = release.table
    return render(
        request,
        "statistics/release_detail.html",
        {
            "release": release,
            "figures": figures,
            "rows": table_rows(figures),
            "chart": render_svg(figures, title=release.title, kind=release.chart, unit=release.unit),
            "json_ld": dataset_json_ld(request, release),
            "crumbs": [(reverse("statistics:releases"), _("Thống kê")), ("", release.title)],
        },
    )


def _download_name(release: StatisticsRelease, extension: str) -> str:
    return f"thong-ke-{release.pk}.{extension}"


@require_GET
def release_csv(request, pk: int):
    release = _release(request, pk)
    response = HttpResponse(release.table.to_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_download_name(release, "csv")}"'
    return response


@require_GET
def release_xlsx(request, pk: int):
    release = _release(request, pk)
    response = HttpResponse(release.table.to_xlsx(release.title), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{_download_name(release, "xlsx")}"'
    return response


# --- Electronic document exchange -----------------------------------------------------------------


def edoc_published() -> bool:
    """HG-11.2: the province publishes its document-exchange progress (profile ``registers.edoc_exchange``)."""
    return bool(get_profile()["registers.edoc_exchange"])


def _require_edoc() -> None:
    if not edoc_published():
        raise Http404(_("Cổng này không công khai tiến độ trao đổi văn bản điện tử."))


def edoc_chart(records: list[EdocExchange], title: str, ident: str):
    """Bars of each agency's share of documents sent and received electronically (%)."""
    figures = Figures(
        columns=[_("Cơ quan"), _("Văn bản đi điện tử (%)"), _("Văn bản đến điện tử (%)")],
        rows=[
            [r.agency.name if r.agency_id else _("Cổng tỉnh"), r.sent_share, r.received_share]
            for r in records
        ],
    )
    return render_svg(figures, title=title, kind="bar", unit=_("Tỷ lệ (%)"), ident=ident) if figures else ""


@require_GET
def edoc_list(request):
    """Tiến độ trao đổi văn bản điện tử: /van-ban-dien-tu/?ky=2026-Q3&agency=&q= — one period's table and
    chart (the latest by default), and the list of periods."""
    from .actions import parse_period

    _require_edoc()
    records = public_records(request, EdocExchange.objects.all())
    periods = [
        (kind, year, number)
        for kind, year, number in records.order_by("-year", "-number", "period_kind")
        .values_list("period_kind", "year", "number")
        .distinct()
    ]
    period_links = [
        (f"{y}-Q{n}" if k == "quarter" else f"{y}-{n:02d}", period_label(k, y, n)) for k, y, n in periods
    ]
    agencies = _agency_choices(records)
    filters = Filters(request.GET, {"ky": None, "agency": agencies})
    chosen = parse_period(filters.values["ky"]) if filters.values["ky"] else (periods[0] if periods else None)
    if filters.values["ky"] and chosen is None:
        filters.errors.append(
            _("Kỳ «%(ky)s» không hợp lệ; ghi 2026-Q3 (quý) hoặc 2026-09 (tháng). Đang hiện kỳ mới nhất.")
            % {"ky": filters.values["ky"][:20]}
        )
        filters.values["ky"] = ""
        chosen = periods[0] if periods else None
    rows = []
    if chosen is not None:
        kind, year, number = chosen
        selected = records.filter(period_kind=kind, year=year, number=number)
        selected = filters.search(_by_agency(selected, filters.values["agency"]))
        rows = list(selected.select_related("agency").order_by("agency__name", "pk")[:500])
    label = period_label(*chosen) if chosen else ""
    totals = _totals(rows)
    return render(
        request,
        "statistics/edoc_list.html",
        {
            "filters": filters.values, "filter_errors": filters.errors, "filtered": filters.active,
            "rows": rows, "totals": totals, "period": label, "period_links": period_links,
            "chosen_code": (f"{chosen[1]}-Q{chosen[2]}" if chosen and chosen[0] == "quarter"
                            else f"{chosen[1]}-{chosen[2]:02d}" if chosen else ""),
            "options": {"agencies": agencies},
            "chart": edoc_chart(rows, _("Tỷ lệ văn bản điện tử — %(label)s") % {"label": label}, "bieu-do-vbdt") if rows else "",
            "crumbs": [("", _("Văn bản điện tử"))],
        },
    )  # fmt: skip


def _totals(rows: list[EdocExchange]) -> EdocExchange | None:
    if not rows:
        return None
    return EdocExchange(
        sent_electronic=sum(r.sent_electronic for r in rows),
        sent_total=sum(r.sent_total for r in rows),
        received_electronic=sum(r.received_electronic for r in rows),
        received_total=sum(r.received_total for r in rows),
    )


@require_GET
def edoc_detail(request, pk: int):
    """One agency in one period, with that agency's other periods (latest 12)."""
    _require_edoc()
    record = get_object_or_404(public_records(request, EdocExchange.objects.select_related("agency")), pk=pk)
    history = list(
        public_records(request, EdocExchange.objects.filter(agency_id=record.agency_id)).order_by(
            "-year", "-number", "period_kind"
        )[:12]
    )
    return render(
        request,
        "statistics/edoc_detail.html",
        {
            "record": record,
            "history": history,
            "crumbs": [(reverse("statistics:edoc"), _("Văn bản điện tử")), ("", str(record))],
        },
    )
