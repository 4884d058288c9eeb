"""Records of the legal app: legal documents (văn bản), the official gazette (Công báo) and consultations on
drafts (lấy ý kiến góp ý dự thảo) with their comments.

Provisions: BK-3.3.e, BK-3.3.l, BK-3.3.n, KT-10.1, KT-10.6, ST-11.2, ST-23.1, LC-9.1.e, LC-9.1.g, LC-9.1.i,
HG-2.3.d, HG-8.4, ND43-10.e, ND43-10.g, ND43-10.i. Changes of state are the functions of ``actions.py``.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Replace
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cong.core.profiles import get_profile, option_label
from cong.core.records import PublishedRecord, folded_words
from cong.core.text import fold, nfc, slugify, words

from .importer.kinds import KIND_CHOICES, NAME_BY_CODE

ARTICLE_RE = re.compile(r"^\s*(Điều\s+\d+[a-zđ]?)\s*[.:]?\s*(.*)$", re.MULTILINE)  # i18n: data


def number_key(number: str) -> str:
    """Key to compare numbers/symbols: "1347 /QĐ-UBND" and "1347/qđ-ubnd" are one number."""
    return re.sub(r"\s+", "", fold(number))


NUMBER_SEPARATORS = ("/", "-", ".", "_")


def bare_number_key():
    """SQL: ``number_key`` without its separators ("1347qdubnd"), how the site search compares a number
    typed with spaces ("1347 qd ubnd"); indexed, so the search finds it without reading every document."""
    expression = F("number_key")
    for separator in NUMBER_SEPARATORS:
        expression = Replace(expression, Value(separator), Value(""))
    return expression


def issuer_key(issuer: str) -> str:
    """Key to compare issuers: case, diacritics, "UBND" and spacing do not matter."""
    text = fold(issuer)
    for short, long in (("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan")):
        text = re.sub(rf"\b{short}\b", long, text)
    return " ".join(words(text))


class LegalDocumentQuerySet(models.QuerySet):
    def by_number(self, number: str | None, issuer: str | None = None) -> LegalDocumentQuerySet:
        """Documents with this number/symbol (số, ký hiệu) however it is written: case, diacritics and spaces
        do not matter ("1347 /QĐ-UBND" finds "1347/QĐ-UBND"). With ``issuer`` (cơ quan ban hành), only that
        issuer's ("" is the blank issuer); without, any issuer's. A blank number finds nothing.

        The one lookup by number: ``find_duplicate``, the importer, ``find_cited`` and citizens' answers.
        """
        key = number_key(number or "")
        if not key:
            return self.none()
        documents = self.filter(number_key=key)
        if issuer is not None:
            documents = documents.filter(issuer_key=issuer_key(issuer))
        return documents

    def with_files(self) -> LegalDocumentQuerySet:
        """With the files in their order (and their Wagtail documents) and the fields: a document's page
        and the API read them without a query per document."""
        return self.prefetch_related(
            models.Prefetch(
                "files", queryset=DocumentFile.objects.select_related("file").order_by("sort_order")
            ),
            "fields",
        )

    def with_relations(self) -> LegalDocumentQuerySet:
        """``with_files`` and the outgoing relations in their order, with the documents they point to."""
        return self.with_files().prefetch_related(
            models.Prefetch(
                "relations",
                queryset=DocumentRelation.objects.select_related("target").order_by("sort_order", "pk"),
            )
        )


class LegalField(models.Model):
    """Lĩnh vực: the field a document belongs to (KT-10.6), used as a filter."""

    name = models.CharField(_("tên lĩnh vực"), max_length=120, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or slugify(self.name, max_length=120)
        super().save(*args, **kwargs)


class LegalDocumentForm(WagtailAdminModelForm):
    """Admin form: refuses a duplicate number and issuer with a link to the record that exists, and
    blocks publishing while a field the profile requires (legal.required_fields) is empty."""

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        for name in ("number", "issuer", "kind"):
            if name in cleaned:
                setattr(instance, name, cleaned[name])
        existing = instance.find_duplicate()
        if existing is not None:
            self.add_error("number", duplicate_message(existing))
        if "action-publish" in self.data:
            missing = missing_for_publication(
                cleaned, has_files=self._has_files(), metadata_only=cleaned.get("metadata_only", False)
            )
            if missing:
                raise ValidationError(
                    gettext("Chưa xuất bản được: còn thiếu %(fields)s.")
                    % {"fields": ", ".join(str(label) for label in missing)}
                )
        return cleaned

    def _has_files(self) -> bool:
        formset = self.formsets.get("files")
        if formset is None:
            return False
        return any(
            form.cleaned_data.get("file") and not form.cleaned_data.get("DELETE")
            for form in formset.forms
            if hasattr(form, "cleaned_data")
        )


def duplicate_message(existing: LegalDocument):
    url = reverse("wagtailsnippets_legal_legaldocument:edit", args=[existing.pk])
    return format_html(
        gettext(
            "Đã có văn bản số {number} của {issuer} trong hệ thống: {link}. "
            "Không tạo bản trùng; hãy sửa văn bản đó."
        ),
        number=existing.number,
        issuer=existing.issuer,
        link=format_html('<a href="{}">{}</a>', url, gettext("mở văn bản đã có")),
    )


# A metadata-only record (a cited law, older texts cited by name and date) needs no file or number.
NOT_REQUIRED_OF_METADATA = ("number", "effective_on", "file")


def missing_for_publication(values, *, has_files: bool, metadata_only: bool) -> list[str]:
    """Names of the fields the profile's ``legal.required_fields`` requires (ND43-10.e, LC-9.1.e,
    BK-3.3.e) that are empty, in the profile's order."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    missing = []
    for name in get_profile()["legal.required_fields"]:
        if metadata_only and name in NOT_REQUIRED_OF_METADATA:
            continue
        empty = not has_files if name == "file" else get(name) in (None, "")
        if empty:
            missing.append(option_label(name))
    return missing


class LegalDocument(PublishedRecord):
    """Văn bản: a legal or administrative document with its metadata, files and relations.

    Published through Wagtail's draft/publish (and workflow) like pages; ``live`` documents are public.
    """

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("Còn hiệu lực")
        PARTLY_IN_FORCE = "partly_in_force", _("Hết hiệu lực một phần")
        EXPIRED = "expired", _("Hết hiệu lực")

    class Level(models.TextChoices):
        CENTRAL = "central", _("Trung ương")
        PROVINCIAL = "provincial", _("Tỉnh")
        DISTRICT = "district", _("Huyện, xã")

    class PostingDuty(models.TextChoices):
        ISSUER = "issuer", _("Cơ quan ban hành đăng (deadlines.legal_doc_issuer)")
        AFFECTED = "affected", _("Cơ quan thuộc phạm vi điều chỉnh đăng (deadlines.legal_doc_affected)")
        NONE = "none", _("Không tính thời hạn đăng")

    kind = models.CharField(_("hình thức văn bản"), max_length=32, choices=KIND_CHOICES, default="quyet-dinh")
    number = models.CharField(
        _("số, ký hiệu"),
        max_length=80,
        blank=True,
        help_text=_("Đúng như trên văn bản, ví dụ 17/2018/QĐ-UBND."),
    )
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255)
    issuer_level = models.CharField(
        _("cấp ban hành"), max_length=16, choices=Level.choices, default=Level.PROVINCIAL
    )
    issuing_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("cơ quan trong hệ thống"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="legal_documents",
    )
    summary = models.TextField(_("trích yếu"))
    place = models.CharField(_("nơi ban hành"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    effective_on = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    effective_rule = models.CharField(_("điều khoản hiệu lực"), max_length=500, blank=True)
    expires_on = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    status = models.CharField(
        _("tình trạng hiệu lực"), max_length=16, choices=Status.choices, default=Status.IN_FORCE
    )
    ended_by = models.ForeignKey(
        "self",
        verbose_name=_("văn bản làm hết hiệu lực"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ended_documents",
    )
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    signer_capacity = models.CharField(
        _("thẩm quyền ký"),
        max_length=200,
        blank=True,
        help_text=_("Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
    )
    fields = ParentalManyToManyField(
        LegalField, verbose_name=_("lĩnh vực"), blank=True, related_name="documents"
    )
    full_text = models.TextField(_("toàn văn"), blank=True)
    metadata_only = models.BooleanField(
        _("chỉ có thông tin mô tả"),
        default=False,
        help_text=_("Văn bản được dẫn chiếu (ví dụ văn bản trung ương) chưa có toàn văn và tệp trên Cổng."),
    )
    posting_duty = models.CharField(
        _("thời hạn đăng tải"), max_length=16, choices=PostingDuty.choices, default=PostingDuty.ISSUER
    )
    affected_agencies = ParentalManyToManyField(
        "agencies.Agency",
        verbose_name=_("cơ quan thuộc phạm vi điều chỉnh"),
        blank=True,
        related_name="affecting_documents",
        help_text=_(
            "Mỗi cơ quan phải đăng văn bản trên cổng của mình trong thời hạn "
            "deadlines.legal_doc_affected (BK-7.1.c, LC-12.1.c)."
        ),
    )
    imported_from = models.CharField(_("nhập từ tệp"), max_length=255, blank=True, editable=False)
    extraction = models.JSONField(_("kết quả trích xuất"), null=True, blank=True, editable=False)
    number_key = models.CharField(max_length=80, blank=True, editable=False, db_index=True)
    issuer_key = models.CharField(max_length=255, blank=True, editable=False)
    search_folded = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)

    objects = LegalDocumentQuerySet.as_manager()

    base_form_class = LegalDocumentForm
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("number")]),
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("issuer_level")]),
                FieldPanel("issuing_agency"),
                FieldPanel("summary"),
            ],
            heading=_("Văn bản"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("place"), FieldPanel("issued_on")]),
                FieldRowPanel([FieldPanel("effective_on"), FieldPanel("expires_on")]),
                FieldPanel("effective_rule"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("ended_by")]),
            ],
            heading=_("Ngày tháng và hiệu lực"),
        ),
        MultiFieldPanel([FieldPanel("signer_name"), FieldPanel("signer_capacity")], heading=_("Người ký")),
        FieldPanel("fields"),
        InlinePanel("files", heading=_("Tệp văn bản"), label=_("tệp")),
        InlinePanel("relations", heading=_("Quan hệ với văn bản khác (lược đồ)"), label=_("quan hệ")),
        FieldPanel("full_text"),
        MultiFieldPanel(
            [FieldPanel("metadata_only"), FieldPanel("posting_duty"), FieldPanel("affected_agencies")],
            heading=_("Đăng tải"),
        ),
    ]
    search_fields = [
        index.SearchField("number"),
        index.SearchField("summary"),
        index.SearchField("search_folded"),
        index.AutocompleteField("number"),
        index.FilterField("kind"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        constraints = [
            models.UniqueConstraint(
                fields=["number_key", "issuer_key"],
                condition=~Q(number_key=""),
                name="legal_document_unique_number_issuer",
                violation_error_message=_("Đã có văn bản cùng số, ký hiệu và cơ quan ban hành."),
            )
        ]
        indexes = [
            models.Index(fields=["live", "issued_on"]),
            models.Index(fields=["kind", "status"]),
            models.Index(bare_number_key(), name="legal_document_bare_number"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def kind_name(self) -> str:
        return NAME_BY_CODE.get(self.kind, self.kind)

    @property
    @admin.display(description=_("Văn bản"))  # the admin list's column heading, not Django's "Label"
    def label(self) -> str:
        """ "Quyết định 17/2018/QĐ-UBND", or a law's name when it has no number."""
        if self.number:
            return f"{self.kind_name} {self.number}"
        return self.summary[:120]

    def get_absolute_url(self) -> str:
        return reverse("legal:document", args=[self.pk])

    def find_duplicate(self) -> LegalDocument | None:
        """The other record with the same number and issuer, if any (a number is unique per issuer)."""
        others = LegalDocument.objects.by_number(self.number, issuer=self.issuer)
        if self.pk:
            others = others.exclude(pk=self.pk)
        return others.first()

    def clean(self):
        super().clean()
        existing = self.find_duplicate()
        if existing is not None:
            raise ValidationError({"number": duplicate_message(existing)})

    def save(self, *args, **kwargs):
        for name in (
            "number",
            "issuer",
            "summary",
            "place",
            "effective_rule",
            "signer_name",
            "signer_capacity",
        ):
            setattr(self, name, " ".join(nfc(getattr(self, name)).split()))
        self.full_text = nfc(self.full_text)
        self.number_key = number_key(self.number)
        self.issuer_key = issuer_key(self.issuer)
        self.search_folded = folded_words(
            self.number, self.kind_name, self.summary, self.issuer, self.signer_name, self.full_text
        )
        super().save(*args, **kwargs)
        if not kwargs.get("update_fields"):
            # After the files and agencies (committed by the cluster save above): move the clocks.
            from .actions import sync_document_clocks

            sync_document_clocks(self)

    def in_force_label(self, today=None) -> str:
        today = today or timezone.localdate()
        if self.status == self.Status.IN_FORCE and self.effective_on and self.effective_on > today:
            return gettext("Chưa có hiệu lực")
        return self.get_status_display()


class PostingObligation(models.Model):
    """Nghĩa vụ đăng tải: one agency's duty to post one document, with its own clock (BK-7.1.c, LC-12.1.c).

    The issuer has ``deadlines.legal_doc_issuer`` (2 working days), each agency within the document's
    scope ``deadlines.legal_doc_affected`` (10, Lai Châu 8). ``agency`` empty means the portal itself
    (the owner: posting is publication on Cổng). An agency with a member portal meets its duty by posting
    the document there (``actions.post_document``); one without meets it when Cổng publishes it.
    """

    class Role(models.TextChoices):
        ISSUER = "issuer", _("Cơ quan ban hành")
        AFFECTED = "affected", _("Cơ quan thuộc phạm vi điều chỉnh")

    document = models.ForeignKey(
        LegalDocument, on_delete=models.CASCADE, related_name="posting_obligations", verbose_name=_("văn bản")
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("cơ quan"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="posting_obligations",
    )
    role = models.CharField(_("tư cách"), max_length=16, choices=Role.choices)
    clock = models.OneToOneField(
        "core.Clock", verbose_name=_("thời hạn"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    posted_at = models.DateTimeField(_("đã đăng lúc"), null=True, blank=True)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["document", "pk"]
        verbose_name = _("nghĩa vụ đăng văn bản")
        verbose_name_plural = _("nghĩa vụ đăng văn bản")
        constraints = [
            models.UniqueConstraint(fields=["document", "agency"], name="legal_posting_one_per_agency"),
            models.UniqueConstraint(
                fields=["document"], condition=Q(agency__isnull=True), name="legal_posting_one_for_portal"
            ),
        ]

    def __str__(self) -> str:
        owner = self.agency or gettext("Cổng")
        return f"{owner} — {self.document}"

    @property
    def who(self) -> str:
        return str(self.agency) if self.agency_id else gettext("Cổng (cơ quan chủ quản)")

    @property
    def met_by_publication(self) -> bool:
        """True when publication on Cổng is this agency's posting (the portal itself, no member portal)."""
        return self.agency_id is None or self.agency.site_id is None


class DocumentFile(Orderable):
    """A downloadable file of a document (the signed scan, the Word text, an annex)."""

    document = ParentalKey(LegalDocument, related_name="files", on_delete=models.CASCADE)
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(
        _("mô tả"), max_length=200, blank=True, help_text=_("Ví dụ: Bản ký số, Phụ lục.")
    )

    panels = [FieldPanel("file"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp văn bản")
        verbose_name_plural = _("tệp văn bản")


class DocumentRelation(Orderable):
    """A relation from this document to another (lược đồ): replaces, amends, guides, is based on…

    ``target`` is the record when the portal has it; ``cited_as`` keeps the citation as written so a
    relation to a document not yet entered is not lost, and is linked when that document arrives.
    """

    class Kind(models.TextChoices):
        REPLACES = "replaces", _("Thay thế")
        PARTLY_REPLACES = "partly_replaces", _("Thay thế một phần")
        REPEALS = "repeals", _("Bãi bỏ")
        AMENDS = "amends", _("Sửa đổi, bổ sung")
        GUIDES = "guides", _("Hướng dẫn")
        BASED_ON = "based_on", _("Căn cứ")

    source = ParentalKey(LegalDocument, related_name="relations", on_delete=models.CASCADE)
    kind = models.CharField(_("quan hệ"), max_length=16, choices=Kind.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản liên quan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incoming_relations",
    )
    cited_as = models.CharField(_("dẫn chiếu như trong văn bản"), max_length=500, blank=True)
    cited_number = models.CharField(_("số, ký hiệu được dẫn"), max_length=80, blank=True)
    cited_on = models.DateField(_("ngày của văn bản được dẫn"), null=True, blank=True)
    cited_key = models.CharField(max_length=80, blank=True, editable=False, db_index=True)

    panels = [FieldPanel("kind"), FieldPanel("target"), FieldPanel("cited_as"), FieldPanel("cited_number")]

    # How each kind reads from the other side of the relation.
    REVERSE_LABELS = {
        "replaces": _("Bị thay thế bởi"),
        "partly_replaces": _("Bị thay thế một phần bởi"),
        "repeals": _("Bị bãi bỏ bởi"),
        "amends": _("Được sửa đổi, bổ sung bởi"),
        "guides": _("Được hướng dẫn bởi"),
        "based_on": _("Là căn cứ của"),
    }

    class Meta(Orderable.Meta):
        verbose_name = _("quan hệ văn bản")
        verbose_name_plural = _("quan hệ văn bản")

    def clean(self):
        if self.target_id is None and not (self.cited_as or self.cited_number):
            raise ValidationError(
                gettext("Chọn văn bản liên quan hoặc ghi số, ký hiệu / tên văn bản được dẫn chiếu.")
            )

    def save(self, *args, **kwargs):
        self.cited_as = " ".join(nfc(self.cited_as).split())[:500]
        self.cited_number = " ".join(nfc(self.cited_number).split())
        self.cited_key = number_key(self.cited_number)
        super().save(*args, **kwargs)

    @property
    def reverse_label(self) -> str:
        return str(self.REVERSE_LABELS[self.kind])


# --- Official gazette ---------------------------------------------------------------------------


class GazetteIssue(PublishedRecord):
    """Số Công báo: an issue of the provincial official gazette (BK-3.3.n, KT-10.1, ST-23.1, LC-9.1.g)."""

    number = models.CharField(_("số Công báo"), max_length=20, help_text=_("Ví dụ: 15 hoặc 15+16."))
    year = models.PositiveIntegerField(_("năm"))
    published_on = models.DateField(_("ngày phát hành"))
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp số Công báo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    note = models.TextField(_("ghi chú"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("year"), FieldPanel("published_on")]),
        FieldPanel("file"),
        InlinePanel("items", heading=_("Văn bản trong số này"), label=_("văn bản")),
        FieldPanel("note"),
    ]
    search_folded = models.TextField(blank=True, editable=False)  # the site search's column

    # In the site search (with or without diacritics); only live issues are shown.
    search_fields = [index.SearchField("folded_text"), index.FilterField("live")]

    class Meta:
        ordering = ["-year", "-published_on", "-id"]
        verbose_name = _("số Công báo")
        verbose_name_plural = _("Công báo")
        constraints = [models.UniqueConstraint(fields=["year", "number"], name="legal_gazette_unique_number")]

    def __str__(self) -> str:
        return gettext("Công báo số %(number)s/%(year)s") % {"number": self.number, "year": self.year}

    def get_absolute_url(self) -> str:
        return reverse("legal:gazette-issue", args=[self.year, self.number])

    def save(self, *args, **kwargs):
        self.search_folded = self.folded_text()
        super().save(*args, **kwargs)

    def folded_text(self) -> str:
        """Search text: "Công báo số 15/2024", the note, and the number and summary of each document."""
        parts = [f"Công báo số {self.number}/{self.year}", self.note]  # i18n: data (the stored search text)
        if self.pk:
            for item in self.items.filter(document__live=True).select_related("document"):
                parts += [item.document.number, item.shown_summary]
        return folded_words(*parts)

    def clean(self):
        super().clean()
        if self.published_on and self.year and self.published_on.year != self.year:
            raise ValidationError({"year": gettext("Năm của số Công báo phải trùng với năm phát hành.")})
        self.number = self.number.strip()
        if not re.fullmatch(r"[0-9]+(?:[+\-][0-9]+)*", self.number or ""):
            raise ValidationError({"number": gettext("Số Công báo gồm chữ số, ví dụ 15 hoặc 15+16.")})
        clash = GazetteIssue.objects.filter(year=self.year, number=self.number).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError(
                {
                    "number": gettext("Năm %(year)s đã có Công báo số %(number)s.")
                    % {"year": self.year, "number": self.number}
                }
            )


class GazetteItem(Orderable):
    """A document in a gazette issue, with its summary as the gazette prints it."""

    issue = ParentalKey(GazetteIssue, related_name="items", on_delete=models.CASCADE)
    document = models.ForeignKey(
        LegalDocument, verbose_name=_("văn bản"), on_delete=models.PROTECT, related_name="gazette_items"
    )
    summary = models.TextField(
        _("trích yếu trong Công báo"), blank=True, help_text=_("Để trống: dùng trích yếu của văn bản.")
    )
    pages = models.CharField("trang", max_length=20, blank=True)

    panels = [FieldPanel("document"), FieldPanel("summary"), FieldPanel("pages")]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản trong Công báo")
        verbose_name_plural = _("văn bản trong Công báo")

    @property
    def shown_summary(self) -> str:
        return self.summary or self.document.summary


# --- Consultation on drafts -----------------------------------------------------------------------


class Consultation(PublishedRecord):
    """Dự thảo lấy ý kiến: a draft open for public comment until its closing moment (LC-9.1.i, HG-2.3.d).

    The closing moment is entered, or computed by the core clock from the opening moment and a number
    of working days (``period_working_days``).
    """

    title = models.CharField(_("tên dự thảo"), max_length=300)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, blank=True)
    drafting_agency = models.CharField(_("cơ quan chủ trì soạn thảo"), max_length=255)
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("cơ quan soạn thảo trong hệ thống"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        help_text=_("Cán bộ của cơ quan này được xuất bảng tổng hợp ý kiến."),
    )
    summary = models.TextField(_("tóm tắt"), blank=True)
    full_text = models.TextField(
        _("toàn văn dự thảo"), help_text=_("Mỗi điều bắt đầu một dòng “Điều N.” để người góp ý chọn điều.")
    )
    opens_at = models.DateTimeField(_("bắt đầu lấy ý kiến"), default=timezone.now)
    period_working_days = models.PositiveIntegerField(
        _("thời hạn góp ý (ngày làm việc)"),
        null=True,
        blank=True,
        help_text=_("Nếu nhập, hạn góp ý được tính theo lịch ngày làm việc; để trống thì nhập hạn cụ thể."),
    )
    closes_at = models.DateTimeField(_("hạn góp ý"), null=True, blank=True)
    request_received_on = models.DateField(
        _("ngày nhận đề nghị đăng dự thảo"),
        null=True,
        blank=True,
        help_text=_("Tính thời hạn đăng dự thảo (BK-7.1.c¶1)."),
    )
    contact_address = models.CharField(_("địa chỉ cơ quan nhận góp ý"), max_length=300)
    contact_email = models.EmailField(_("thư điện tử nhận góp ý"))
    contact_phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    document = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản được ban hành từ dự thảo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
    )
    closed_at = models.DateTimeField(_("đã đóng lúc"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("drafting_agency"), FieldPanel("agency")]),
        FieldPanel("summary"),
        FieldPanel("full_text"),
        InlinePanel("attachments", heading=_("Tệp đính kèm"), label=_("tệp")),
        MultiFieldPanel(
            [
                FieldPanel("request_received_on"),
                FieldPanel("opens_at"),
                FieldRowPanel([FieldPanel("period_working_days"), FieldPanel("closes_at")]),
            ],
            heading=_("Thời gian lấy ý kiến"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_address"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Nơi nhận góp ý (LC-9.1.i)"),
        ),
        FieldPanel("document"),
    ]
    search_folded = models.TextField(blank=True, editable=False)  # the site search's column

    # In the site search (with or without diacritics); only live drafts are shown.
    search_fields = [
        index.SearchField("title"),
        index.SearchField("folded_text"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["-opens_at", "-id"]
        verbose_name = _("dự thảo lấy ý kiến")
        verbose_name_plural = _("dự thảo lấy ý kiến")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("legal:consultation", args=[self.slug])

    def folded_text(self) -> str:
        return folded_words(self.title, self.drafting_agency, self.summary, self.full_text)

    def clean(self):
        super().clean()
        if self.period_working_days is not None and self.period_working_days < 1:
            raise ValidationError({"period_working_days": gettext("Thời hạn góp ý ít nhất 1 ngày làm việc.")})
        statutory = self.statutory_closing()
        if self.period_working_days is None and self.closes_at is None and statutory is None:
            raise ValidationError(
                {"closes_at": gettext("Nhập hạn góp ý, hoặc số ngày làm việc để tính hạn.")}
            )
        if (
            self.period_working_days is None
            and self.closes_at
            and self.opens_at
            and self.closes_at <= self.opens_at
        ):
            raise ValidationError({"closes_at": gettext("Hạn góp ý phải sau thời điểm bắt đầu lấy ý kiến.")})
        message = self.period_error()
        if message:
            raise ValidationError({"closes_at": message})

    def statutory_closing(self):
        """The earliest closing the profile's ``consultation.period`` allows (ND43-10.i, LC-9.1.i¶2), or
        ``None`` when the profile sets no period and each draft sets its own."""
        from cong.core.clock import working_calendar

        calendar = working_calendar()
        period = calendar.profile.period("consultation.period")
        if not (period.has_limit and self.opens_at):
            return None
        return calendar.due(self.opens_at, period)

    def period_error(self) -> str:
        """Why the closing moment is too early for the profile's comment period ("" when it is not)."""
        from cong.core.clock import local, working_calendar

        statutory = self.statutory_closing()
        closes = self._computed_closing()
        if statutory is None or closes is None or closes >= statutory:
            return ""
        profile = working_calendar().profile
        moment = gettext("%H:%M ngày %d/%m/%Y")
        return gettext(
            "Hạn góp ý %(closes)s sớm hơn thời hạn góp ý tối thiểu %(period)s (%(source)s): "
            "không đóng trước %(statutory)s."
        ) % {
            "closes": local(closes).strftime(moment),
            "period": profile.period("consultation.period"),
            "source": profile.param("consultation.period").source,
            "statutory": local(statutory).strftime(moment),
        }

    def _computed_closing(self):
        if self.period_working_days and self.opens_at:
            from cong.core.clock import due

            # The clock counts from the next working opening after the opening moment (BLDS-147).
            return due(self.opens_at, self.period_working_days)
        return self.closes_at

    def save(self, *args, **kwargs):
        self.title = " ".join(nfc(self.title).split())
        self.full_text = nfc(self.full_text)
        self.summary = nfc(self.summary)
        self.slug = self.slug or slugify(self.title, max_length=100)
        if self.period_working_days:
            self.closes_at = self._computed_closing()
        elif self.closes_at is None:
            # No closing entered: the profile's comment period, when it sets one, is the default.
            self.closes_at = self.statutory_closing()
        self.search_folded = self.folded_text()
        super().save(*args, **kwargs)

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.live and self.opens_at <= now and (self.closes_at is None or now < self.closes_at)

    def state(self, now=None) -> str:
        now = now or timezone.now()
        if now < self.opens_at:
            return "upcoming"
        if self.closes_at is not None and now >= self.closes_at:
            return "closed"
        return "open"

    def articles(self) -> list[tuple[str, str]]:
        """The draft's articles as (key, label) choices: ("Điều 3", "Điều 3. Thời hạn…")."""
        seen: dict[str, str] = {}
        for match in ARTICLE_RE.finditer(self.full_text or ""):
            key = " ".join(match.group(1).split())
            if key not in seen:
                heading = match.group(2).strip()
                seen[key] = f"{key}. {heading[:90]}" if heading else key
        return list(seen.items())


class ConsultationFile(Orderable):
    consultation = ParentalKey(Consultation, related_name="attachments", on_delete=models.CASCADE)
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(_("mô tả"), max_length=200, blank=True)

    panels = [FieldPanel("file"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")


class Comment(models.Model):
    """Ý kiến góp ý: a comment on a draft, stored as received, shown only after moderation.

    The commenter's email is kept for the drafting agency and never shown or exported publicly.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ kiểm duyệt")
        APPROVED = "approved", _("Đã duyệt, công khai")
        REJECTED = "rejected", _("Không công khai")

    consultation = models.ForeignKey(Consultation, on_delete=models.PROTECT, related_name="comments")
    name = models.CharField(_("họ và tên"), max_length=120)
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=200, blank=True)
    email = models.EmailField(_("thư điện tử"))
    article = models.CharField(_("điều của dự thảo"), max_length=40, blank=True)
    text = models.TextField(_("nội dung góp ý"))
    received_at = models.DateTimeField(_("nhận lúc"), default=timezone.now, db_index=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.PENDING)
    moderated_at = models.DateTimeField(_("kiểm duyệt lúc"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderation_note = models.CharField(_("lý do không công khai"), max_length=300, blank=True)

    class Meta:
        ordering = ["received_at", "id"]
        verbose_name = _("ý kiến góp ý")
        verbose_name_plural = _("ý kiến góp ý")
        indexes = [models.Index(fields=["consultation", "status"])]

    def __str__(self) -> str:
        return gettext("Ý kiến số %(number)s — %(name)s — %(consultation)s") % {
            "number": self.pk,
            "name": self.name,
            "consultation": self.consultation,
        }

    @property
    def reference(self) -> str:
        """The number given to the commenter in the acknowledgement."""
        return f"GY-{self.received_at:%Y}-{self.pk:06d}"
