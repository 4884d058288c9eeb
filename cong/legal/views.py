"""Public pages: legal documents (/van-ban/), the official gazette (/cong-bao/), drafts for comment
(/lay-y-kien/). Each page runs a bounded number of queries whatever the number of records."""

from __future__ import annotations

from collections import defaultdict

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from cong.agencies.portals import portal_agency
from cong.core.clock import working_calendar
from cong.core.clocks import posting_status
from cong.core.forms import identify_input_purpose
from cong.core.jsonld import json_ld
from cong.core.pagination import paginate
from cong.core.params import text_param, year_error, year_param
from cong.core.profiles import get_profile
from cong.core.search import MAX_QUERY_CHARS, search_terms

from .actions import COMMENT_MAX_CHARS, CommentRefused, posting_clocks, receive_comment
from .importer.kinds import NAME_BY_CODE
from .models import (
    Comment,
    Consultation,
    DocumentRelation,
    GazetteIssue,
    GazetteItem,
    LegalDocument,
    LegalField,
    number_key,
)

FILTERS = ("q", "kind", "issuer", "year", "field", "status", "level")


# --- Legal documents ------------------------------------------------------------------------------


class DocumentFilters:
    """The filters of the list and of the API: kind, issuer, year, field, status, level, and ``q`` matched
    with or without diacritics over number, summary and full text."""

    def __init__(self, params):
        self.values = {name: text_param(params.get(name, ""), MAX_QUERY_CHARS) for name in FILTERS}
        self.errors: list[str] = []
        self.year = year_param(self.values["year"])
        if self.values["year"] and self.year is None:
            self.errors.append(year_error(self.values["year"]))
            self.values["year"] = ""

    def apply(self, queryset):
        v = self.values
        if v["kind"]:
            queryset = queryset.filter(kind=v["kind"])
        if v["issuer"]:
            from .models import issuer_key

            queryset = queryset.filter(issuer_key=issuer_key(v["issuer"]))
        if self.year:
            queryset = queryset.filter(issued_on__year=self.year)
        if v["field"]:
            queryset = queryset.filter(fields__slug=v["field"])
        if v["status"]:
            queryset = queryset.filter(status=v["status"])
        if v["level"]:
            queryset = queryset.filter(issuer_level=v["level"])
        terms = search_terms(v["q"])
        for term in terms:
            # The folded column holds " word word …": " term" matches words that start with the term.
            queryset = queryset.filter(search_folded__contains=" " + term)
        if v["q"]:
            # An exact number first: "17/2018/QĐ-UBND" puts that decision at the top.
            exact = number_key(v["q"])
            from django.db.models import Case, IntegerField, Value, When

            queryset = queryset.annotate(
                exact=Case(
                    When(number_key=exact, then=Value(0)), default=Value(1), output_field=IntegerField()
                )
            ).order_by("exact", "-issued_on", "-id")
        return queryset

    @property
    def active(self) -> bool:
        return any(self.values.values())


def public_documents():
    return LegalDocument.objects.filter(live=True)


def filter_options(documents=None):
    """Choices of each filter, from the documents the list shows (published ones; on a member portal those
    its agency posted), in four queries."""
    listed = (public_documents() if documents is None else documents).order_by()
    kinds = sorted(
        set(listed.values_list("kind", flat=True).distinct()), key=lambda code: NAME_BY_CODE.get(code, code)
    )
    issuers = sorted(set(listed.values_list("issuer", flat=True).distinct()))
    years = sorted({d.year for d in listed.dates("issued_on", "year")}, reverse=True)
    fields = LegalField.objects.filter(documents__in=listed.values("pk")).distinct().order_by("name")
    return {
        "kinds": [(code, NAME_BY_CODE.get(code, code)) for code in kinds],
        "issuers": issuers,
        "years": years,
        "fields": list(fields),
        "statuses": LegalDocument.Status.choices,
        "levels": LegalDocument.Level.choices,
    }


@require_GET
def document_list(request):
    """Văn bản: /van-ban/?q=&kind=&issuer=&year=&field=&status=&level=

    On an agency's member portal: the documents that agency has posted there (``post_document``), with
    the agency's own posting clock.
    """
    filters = DocumentFilters(request.GET)
    agency = portal_agency(request)
    documents = public_documents()
    if agency is not None:
        documents = documents.filter(
            posting_obligations__agency=agency, posting_obligations__posted_at__isnull=False
        )
    options = filter_options(documents)
    documents = filters.apply(documents).only(
        "id",
        "kind",
        "number",
        "issuer",
        "summary",
        "issued_on",
        "effective_on",
        "status",
        "first_published_at",
    )
    page_obj = paginate(request, documents)
    clocks = posting_clocks(page_obj, agency=agency)
    calendar = working_calendar()
    now = timezone.now()
    rows = [(document, posting_status(clocks.get(document.pk), calendar, now)) for document in page_obj]
    return render(
        request,
        "legal/document_list.html",
        {
            "filters": filters.values,
            "filter_errors": filters.errors,
            "filtered": filters.active,
            "options": options,
            "page_obj": page_obj,
            "rows": rows,
            "today": timezone.localdate(),
            "crumbs": [("", _("Văn bản"))],
        },
    )


def _relations(document: LegalDocument):
    """Outgoing relations by kind, and incoming ones from published documents by their reverse label."""
    outgoing = defaultdict(list)
    for relation in document.relations.select_related("target").order_by("sort_order", "pk"):
        if relation.target is not None and not relation.target.live:
            relation.target = None  # a draft record is not shown; the citation as written is
        outgoing[relation.get_kind_display()].append(relation)
    incoming = defaultdict(list)
    for relation in (
        DocumentRelation.objects.filter(target=document, source__live=True)
        .select_related("source")
        .order_by("source__issued_on", "pk")
    ):
        incoming[relation.reverse_label].append(relation)
    return dict(outgoing), dict(incoming)


def legislation_json_ld(request, document: LegalDocument, outgoing) -> SafeString:
    """schema.org ``Legislation`` of a document, with its files and the documents it rests on."""
    force = {
        LegalDocument.Status.IN_FORCE: "https://schema.org/InForce",
        LegalDocument.Status.PARTLY_IN_FORCE: "https://schema.org/PartiallyInForce",
        LegalDocument.Status.EXPIRED: "https://schema.org/NotInForce",
    }
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "@id": request.build_absolute_uri(document.get_absolute_url()),
        "url": request.build_absolute_uri(document.get_absolute_url()),
        "name": f"{document.label} {document.summary}" if document.number else document.summary,
        "abstract": document.summary,
        "inLanguage": "vi",
        "legislationType": document.kind_name,
        "legislationLegalForce": force[document.status],
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": document.issuer},
        "legislationJurisdiction": "VN",
    }
    if document.number:
        data["legislationIdentifier"] = document.number
    if document.issued_on:
        data["legislationDate"] = document.issued_on.isoformat()
    if document.effective_on:
        data["temporalCoverage"] = (
            f"{document.effective_on.isoformat()}/{document.expires_on.isoformat() if document.expires_on else '..'}"
        )
    if document.first_published_at:
        data["datePublished"] = document.first_published_at.isoformat()
    if document.signer_name:
        data["legislationResponsible"] = {"@type": "Person", "name": document.signer_name}
    files = [
        {
            "@type": "LegislationObject",
            "contentUrl": request.build_absolute_uri(item.file.url),
            "encodingFormat": item.file.content_type,
            "name": item.label or item.file.title,
        }
        for item in document.files.all()
    ]
    if files:
        data["encoding"] = files

    def ref(relation):
        target = relation.target
        if target is not None:
            return {
                "@type": "Legislation",
                "name": target.label,
                "url": request.build_absolute_uri(target.get_absolute_url()),
                **({"legislationIdentifier": target.number} if target.number else {}),
            }
        return {"@type": "Legislation", "name": relation.cited_as or relation.cited_number}

    by_kind = {r.kind: [] for rs in outgoing.values() for r in rs}
    for relations in outgoing.values():
        for relation in relations:
            by_kind[relation.kind].append(ref(relation))
    if by_kind.get("based_on"):
        data["isBasedOn"] = by_kind["based_on"]
    changes = by_kind.get("amends", []) + by_kind.get("replaces", []) + by_kind.get("partly_replaces", [])
    if changes:
        data["legislationChanges"] = changes
    if by_kind.get("repeals"):
        data["legislationRepeals"] = by_kind["repeals"]
    return json_ld(data)


@require_GET
def document_detail(request, pk: int):
    document = get_object_or_404(
        LegalDocument.objects.with_files().select_related("ended_by"),
        pk=pk,
        live=True,
    )
    outgoing, incoming = _relations(document)
    clock = posting_clocks([document]).get(document.pk)
    status = posting_status(clock, working_calendar())
    gazette = GazetteItem.objects.filter(document=document, issue__live=True).select_related("issue")
    return render(
        request,
        "legal/document_detail.html",
        {
            "document": document,
            "outgoing": outgoing,
            "incoming": incoming,
            "posting": status,
            "gazette_items": list(gazette),
            "json_ld": legislation_json_ld(request, document, outgoing),
            "today": timezone.localdate(),
            "crumbs": [
                (reverse("legal:documents"), _("Văn bản")),
                ("", document.number or document.kind_name),
            ],
        },
    )


# --- Official gazette ------------------------------------------------------------------------------


def _gazette_mode():
    profile = get_profile()
    return profile["gazette.mode"], profile["gazette.external_url"]


@require_GET
def gazette_list(request):
    """Công báo: issues of one year (the latest by default), with the list of years."""
    mode, external = _gazette_mode()
    if mode == "external_link" and external:
        return HttpResponseRedirect(external)
    if mode == "none":
        raise Http404(_("Cổng này không đăng Công báo."))
    years = list(
        GazetteIssue.objects.filter(live=True).values("year").annotate(count=Count("id")).order_by("-year")
    )
    year = year_param(request.GET.get("year")) or (years[0]["year"] if years else timezone.localdate().year)
    issues = (
        GazetteIssue.objects.filter(live=True, year=year)
        .select_related("file")
        .annotate(documents=Count("items"))
        .order_by("-published_on", "-id")
    )
    return render(
        request,
        "legal/gazette_list.html",
        {"years": years, "year": year, "issues": issues, "crumbs": [("", _("Công báo"))]},
    )


@require_GET
def gazette_issue(request, year: int, number: str):
    issue = get_object_or_404(
        GazetteIssue.objects.select_related("file"), live=True, year=year, number=number
    )
    items = issue.items.filter(document__live=True).select_related("document").order_by("sort_order", "pk")
    crumbs = [
        (reverse("legal:gazette") + f"?year={issue.year}", _("Công báo")),
        ("", _("Số %(number)s/%(year)s") % {"number": issue.number, "year": issue.year}),
    ]
    return render(request, "legal/gazette_issue.html", {"issue": issue, "items": items, "crumbs": crumbs})


# --- Consultations -----------------------------------------------------------------------------------


class CommentForm(forms.Form):
    """The public comment form; ``receive_comment`` makes the final decision and stores the comment."""

    name = forms.CharField(label=gettext_lazy("Họ và tên"), max_length=120)
    organisation = forms.CharField(
        label=gettext_lazy("Cơ quan, tổ chức (nếu có)"), max_length=200, required=False
    )
    email = forms.EmailField(
        label=gettext_lazy("Thư điện tử"),
        help_text=gettext_lazy("Không hiển thị công khai; dùng để cơ quan soạn thảo liên hệ khi cần."),
    )
    article = forms.ChoiceField(label=gettext_lazy("Góp ý cho điều"), required=False)
    text = forms.CharField(
        label=gettext_lazy("Nội dung góp ý"),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": COMMENT_MAX_CHARS}),
        max_length=COMMENT_MAX_CHARS,
        error_messages={
            "max_length": gettext_lazy(
                "Nội dung góp ý tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d)."
            )
        },
    )

    def __init__(self, *args, consultation: Consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].help_text = _("Tối đa %(count)s ký tự.") % {"count": COMMENT_MAX_CHARS}
        self.fields["article"].choices = [("", _("Góp ý chung cho cả dự thảo")), *consultation.articles()]
        for field in self.fields.values():
            field.error_messages.setdefault("required", _("Trường này không được để trống."))
        self.fields["text"].error_messages["required"] = _("Nội dung góp ý không được để trống.")
        self.fields["email"].error_messages["invalid"] = _("Địa chỉ thư điện tử không hợp lệ.")
        identify_input_purpose(self)


@require_GET
def consultation_list(request):
    now = timezone.now()
    live = Consultation.objects.filter(live=True).annotate(
        published_comments=Count("comments", filter=Q(comments__status=Comment.Status.APPROVED))
    )
    open_now = (
        live.filter(opens_at__lte=now)
        .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))
        .order_by("closes_at")
    )
    upcoming = live.filter(opens_at__gt=now).order_by("opens_at")
    closed = paginate(request, live.filter(closes_at__lte=now).order_by("-closes_at"))
    return render(
        request,
        "legal/consultation_list.html",
        {
            "open": open_now,
            "upcoming": upcoming,
            "closed": closed,
            "page_obj": closed,
            "now": now,
            "crumbs": [("", _("Lấy ý kiến dự thảo"))],
        },
    )


@require_http_methods(["GET", "POST"])
def consultation_detail(request, slug: str):
    consultation = get_object_or_404(
        Consultation.objects.prefetch_related("attachments__file"), slug=slug, live=True
    )
    now = timezone.now()
    state = consultation.state(now)
    form = CommentForm(consultation=consultation)
    refusal = None
    if request.method == "POST":
        form = CommentForm(request.POST, consultation=consultation)
        if state != "open":
            refusal = _closed_message(consultation, state)
        elif form.is_valid():
            try:
                comment = receive_comment(consultation, acting_user=None, **form.cleaned_data, now=now)
            except CommentRefused as error:
                refusal = str(error)
            else:
                # Stored and committed before this acknowledgement is sent (nothing acknowledged is lost).
                messages.success(
                    request,
                    _(
                        "Đã nhận ý kiến của bạn, mã số %(reference)s. "
                        "Ý kiến sẽ hiển thị sau khi được kiểm duyệt."
                    )
                    % {"reference": comment.reference},
                )
                return redirect(consultation.get_absolute_url() + "#gop-y")
    comments = paginate(
        request,
        consultation.comments.filter(status=Comment.Status.APPROVED)
        .only("name", "organisation", "article", "text", "received_at")
        .order_by("received_at", "id"),
        per_page=50,
    )
    remaining = None
    if state == "open" and consultation.closes_at:
        calendar = working_calendar()
        remaining = _time_left(consultation.closes_at, now, calendar)
    status_code = 400 if (request.method == "POST" and (refusal or form.errors)) else 200
    return render(
        request,
        "legal/consultation_detail.html",
        {
            "consultation": consultation,
            "state": state,
            "form": form,
            "refusal": refusal,
            "closed_message": _closed_message(consultation, state) if state != "open" else "",
            "comments": comments,
            "page_obj": comments,
            "remaining": remaining,
            "articles": dict(consultation.articles()),
            "crumbs": [(reverse("legal:consultations"), _("Lấy ý kiến dự thảo")), ("", consultation.title)],
        },
        status=status_code,
    )


def _closed_message(consultation: Consultation, state: str) -> str:
    if state == "upcoming":
        return _("Dự thảo bắt đầu nhận góp ý từ %(moment)s.") % {
            "moment": timezone.localtime(consultation.opens_at).strftime(_("%H:%M ngày %d/%m/%Y"))
        }
    closes = timezone.localtime(consultation.closes_at)
    return _("Đã hết thời hạn góp ý (%(moment)s). Dự thảo không nhận thêm ý kiến.") % {
        "moment": closes.strftime(_("%H:%M ngày %d/%m/%Y"))
    }


def _time_left(closes_at, now, calendar) -> str:
    """ "còn 3 ngày 4 giờ (trong đó 3 ngày làm việc)": calendar time and working days to the deadline."""
    delta = closes_at - now
    days, seconds = delta.days, delta.seconds
    hours = seconds // 3600
    local_now, local_close = timezone.localtime(now), timezone.localtime(closes_at)
    working = calendar.working_days(local_now.date(), local_close.date())
    if days:
        text = _("còn %(days)s ngày %(hours)s giờ (trong đó %(working)s ngày làm việc)")
    elif hours:
        text = _("còn %(hours)s giờ %(minutes)s phút (trong đó %(working)s ngày làm việc)")
    else:
        text = _("còn %(minutes)s phút (trong đó %(working)s ngày làm việc)")
    values = {"days": days, "hours": hours, "minutes": (seconds % 3600) // 60, "working": working}
    if not days and not hours:
        values["minutes"] = max(1, seconds // 60)
    return text % values
