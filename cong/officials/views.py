"""Public pages: leaders (/lanh-dao/), the officials' directory (/danh-ba/, with a vCard per person),
spokespersons and statements (/phat-ngon/), commendations and sanctions (/khen-thuong-xu-ly/).

A member portal shows its agency's records; the provincial portal shows everyone's and filters by agency
(``cong.registers.portals``). Every list takes ``q`` (with or without diacritics, over the folded search
text) and paginates; a malformed filter gives a Vietnamese message and the unfiltered list, never a 500.
Each page runs the same number of queries whatever the number of records (tests).
"""

from __future__ import annotations

from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from cong.agencies.models import Agency
from cong.core.jsonld import json_ld
from cong.core.pagination import paginate
from cong.core.params import text_param, year_error, year_param
from cong.core.profiles import get_profile
from cong.core.search import MAX_QUERY_CHARS, search_terms
from cong.registers.portals import portal_agency, public_records

from . import vcard
from .models import Commendation, Leader, Official, Spokesperson, Statement


class Filters:
    """``q``, ``agency`` (code; provincial portal only), ``kind`` and ``year`` of a register's list.

    ``kinds``: the choices of ``kind`` (none: no such filter); ``year_field``: the date the year filters.
    """

    def __init__(self, params, *, portal, kinds=None, year_field: str | None = None):
        self.portal = portal
        self.kinds = dict(kinds or ())
        self.year_field = year_field
        self.values = {
            name: text_param(params.get(name, ""), MAX_QUERY_CHARS)
            for name in ("q", "agency", "kind", "year")
        }
        self.errors: list[str] = []
        self.agency: Agency | None = None
        self.year = None
        if self.portal is not None:
            self.values["agency"] = ""  # a member portal shows its own agency's records only
        if self.values["kind"] and self.values["kind"] not in self.kinds:
            self.errors.append(
                _("Không có loại “%(kind)s”; hãy chọn một trong: %(kinds)s.")
                % {"kind": self.values["kind"], "kinds": ", ".join(str(name) for name in self.kinds.values())}
                if self.kinds
                else _("Danh sách này không lọc theo loại.")
            )
            self.values["kind"] = ""
        if self.values["year"] and year_field:
            self.year = year_param(self.values["year"])
            if self.year is None:
                self.errors.append(year_error(self.values["year"]))
                self.values["year"] = ""
        else:
            self.values["year"] = ""

    def resolve_agency(self, options: list[Agency]) -> None:
        """The ``agency`` filter among the agencies the list offers (no query of its own)."""
        code = self.values["agency"]
        if not code:
            return
        self.agency = next((a for a in options if a.code == code), None)
        if self.agency is None:
            self.errors.append(
                _("Không có cơ quan “%(code)s” trong danh sách này; đang hiển thị tất cả.") % {"code": code}
            )
            self.values["agency"] = ""

    def apply(self, queryset):
        if self.agency is not None:
            queryset = queryset.filter(agency=self.agency)
        if self.values["kind"]:
            queryset = queryset.filter(kind=self.values["kind"])
        if self.year:
            queryset = queryset.filter(**{f"{self.year_field}__year": self.year})
        for term in search_terms(self.values["q"]):
            # The folded column holds " word word …": " term" matches words that start with the term.
            queryset = queryset.filter(search_folded__contains=" " + term)
        return queryset

    def order(self, queryset, fields):
        """``fields`` order, after the records containing the words as typed, in a row ("nguyen van" puts
        Nguyễn Văn Bình before Nguyễn Thị Lan Anh of the Văn phòng)."""
        terms = search_terms(self.values["q"])
        if len(terms) < 2:
            return queryset.order_by(*fields)
        phrase = Case(
            When(search_folded__contains=" " + " ".join(terms), then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return queryset.annotate(phrase=phrase).order_by("phrase", *fields)

    @property
    def active(self) -> bool:
        return any(self.values.values())


def agency_options(records) -> list[Agency]:
    """The agencies that own at least one of ``records`` (the live records this portal shows), by name."""
    ids = records.order_by().values("agency").filter(agency__isnull=False)
    return list(Agency.objects.filter(pk__in=ids).only("id", "name", "code").order_by("name"))


def _list(
    request, model, *, title, template, kinds=None, year_field=None, order=None, extra=None, prefetch=()
):
    """A register's list page: the portal's live records, filtered, one page of them."""
    portal = portal_agency(request)
    records = public_records(request, model.objects.all(), agency=portal)
    filters = Filters(request.GET, portal=portal, kinds=kinds, year_field=year_field)
    options = agency_options(records) if portal is None else []
    filters.resolve_agency(options)
    records = filters.apply(records).select_related("agency").prefetch_related(*prefetch)
    records = filters.order(records, order or model._meta.ordering)
    page_obj = paginate(request, records)
    context = {
        "title": title,
        "filters": filters.values,
        "filter_errors": filters.errors,
        "filtered": filters.active,
        "kinds": list(filters.kinds.items()),
        "agencies": options,
        "portal_agency": portal,
        "page_obj": page_obj,
        "records": list(page_obj),
        "crumbs": [("", title)],
    }
    context.update(extra(request, portal) if extra else {})
    return _render(request, template, context)


def _render(request, template: str, context: dict):
    """``render`` with who the province is (the profile's owner), named where a record has no agency."""
    return render(request, template, {"owner": get_profile()["owner"], **context})


def _detail(request, model, pk: int, *, select=("agency",)):
    portal = portal_agency(request)
    records = public_records(request, model.objects.select_related(*select), agency=portal)
    return get_object_or_404(records, pk=pk), portal


def _owner_name(record) -> str:
    """Who the person works for: their agency, or the province (the profile's owner)."""
    return record.agency.name if record.agency_id else get_profile()["owner"]


def person_json_ld(request, person, **extra) -> str:
    """schema.org ``Person``: name, job title, employer, address of the page, and what ``extra`` adds."""
    url = request.build_absolute_uri(person.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": url,
        "url": url,
        "name": person.name,
        "jobTitle": person.position,
        "worksFor": {"@type": "GovernmentOrganization", "name": _owner_name(person)},
    }
    data.update({key: value for key, value in extra.items() if value})
    return json_ld(data)


# --- Leaders -------------------------------------------------------------------------------------------


@require_GET
def leader_list(request):
    """Lãnh đạo: the leaders in their order (Chủ tịch, Phó Chủ tịch…), with portrait and duties."""
    return _list(
        request,
        Leader,
        title=_("Lãnh đạo"),
        template="officials/leader_list.html",
        order=("order", "name", "pk"),
        prefetch=("portrait__renditions",),
    )


@require_GET
def leader_detail(request, pk: int):
    leader, _portal = _detail(request, Leader, pk, select=("agency", "portrait"))
    image = ""
    if leader.portrait_id:
        image = request.build_absolute_uri(leader.portrait.get_rendition("fill-300x400").url)
    return _render(
        request,
        "officials/leader_detail.html",
        {
            "leader": leader,
            "json_ld": person_json_ld(request, leader, image=image, description=leader.duties),
            "crumbs": [(reverse("officials:leaders"), _("Lãnh đạo")), ("", leader.name)],
        },
    )


# --- Officials' directory ------------------------------------------------------------------------------


@require_GET
def official_list(request):
    """Danh bạ: /danh-ba/?q=nguyen+van&agency=sotc — searched with or without diacritics."""
    return _list(
        request,
        Official,
        title=_("Danh bạ cán bộ, công chức"),
        template="officials/official_list.html",
        order=("agency__name", "order", "name", "pk"),
    )


@require_GET
def official_detail(request, pk: int):
    official, _portal = _detail(request, Official, pk)
    return _render(
        request,
        "officials/official_detail.html",
        {
            "official": official,
            "organisation": _owner_name(official),
            "json_ld": person_json_ld(
                request, official, email=official.email, telephone=official.phone, faxNumber=official.fax
            ),
            "crumbs": [(reverse("officials:officials"), _("Danh bạ")), ("", official.name)],
        },
    )


@require_GET
def official_vcard(request, pk: int):
    """The person's vCard (RFC 6350, text/vcard, UTF-8), to save in a phone's address book."""
    official, _portal = _detail(request, Official, pk)
    text = vcard.vcard(
        official,
        url=request.build_absolute_uri(official.get_absolute_url()),
        organisation=_owner_name(official),
        revised=official.updated_at,
    )
    response = HttpResponse(text.encode("utf-8"), content_type=vcard.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{vcard.filename(official)}"'
    return response


# --- Spokespersons and statements ---------------------------------------------------------------------


def _spokespersons(request, portal):
    """The spokespersons this portal shows, each with the agency they speak for."""
    people = public_records(request, Spokesperson.objects.select_related("agency"), agency=portal)
    return {"spokespersons": list(people.order_by("agency__name", "name", "pk")[:100])}


@require_GET
def statement_list(request):
    """Phát ngôn: statements and press releases, newest first, and who speaks for each agency."""
    return _list(
        request,
        Statement,
        title=_("Phát ngôn và thông tin báo chí"),
        template="officials/statement_list.html",
        kinds=Statement.Kind.choices,
        year_field="issued_on",
        extra=_spokespersons,
    )


@require_GET
def statement_detail(request, pk: int):
    statement, _portal = _detail(request, Statement, pk, select=("agency", "spokesperson", "file"))
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if statement.kind == Statement.Kind.PRESS_RELEASE else "Article",
        "headline": statement.title[:110],
        "datePublished": statement.issued_on.isoformat(),
        "author": {"@type": "Person", "name": statement.signer},
        "publisher": {"@type": "GovernmentOrganization", "name": _owner_name(statement)},
        "url": request.build_absolute_uri(statement.get_absolute_url()),
        "inLanguage": "vi",
    }
    return _render(
        request,
        "officials/statement_detail.html",
        {
            "statement": statement,
            "spokesperson": statement.spokesperson if statement.spokesperson.live else None,
            "json_ld": json_ld(data),
            "crumbs": [(reverse("officials:statements"), _("Phát ngôn")), ("", statement.title)],
        },
    )


@require_GET
def spokesperson_list(request):
    """Người phát ngôn: each agency's spokesperson with the fields the profile requires."""
    return _list(
        request,
        Spokesperson,
        title=_("Người phát ngôn"),
        template="officials/spokesperson_list.html",
        order=("agency__name", "name", "pk"),
    )


@require_GET
def spokesperson_detail(request, pk: int):
    spokesperson, _portal = _detail(request, Spokesperson, pk)
    statements = paginate(
        request,
        spokesperson.statements.filter(live=True).order_by("-issued_on", "-pk"),
    )
    return _render(
        request,
        "officials/spokesperson_detail.html",
        {
            "spokesperson": spokesperson,
            "organisation": _owner_name(spokesperson),
            "page_obj": statements,
            "json_ld": person_json_ld(
                request, spokesperson, email=spokesperson.email, telephone=spokesperson.phone
            ),
            "crumbs": [
                (reverse("officials:statements"), _("Phát ngôn")),
                (reverse("officials:spokespersons"), _("Người phát ngôn")),
                ("", spokesperson.name),
            ],
        },
    )


# --- Commendations and sanctions ----------------------------------------------------------------------


@require_GET
def commendation_list(request):
    """Khen thưởng, xử lý vi phạm: /khen-thuong-xu-ly/?kind=sanction&year=2026&q=…"""
    return _list(
        request,
        Commendation,
        title=_("Khen thưởng, xử lý vi phạm"),
        template="officials/commendation_list.html",
        kinds=Commendation.Kind.choices,
        year_field="decided_on",
    )


@require_GET
def commendation_detail(request, pk: int):
    record, _portal = _detail(request, Commendation, pk, select=("agency", "file"))
    return _render(
        request,
        "officials/commendation_detail.html",
        {
            "record": record,
            "crumbs": [
                (reverse("officials:commendations"), _("Khen thưởng, xử lý vi phạm")),
                ("", str(record)),
            ],
        },
    )
