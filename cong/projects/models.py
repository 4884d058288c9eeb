"""Records of open government information on investment (thông tin công khai về đầu tư, ngân sách):

* ``Project`` — dự án, hạng mục đầu tư (BK-3.3.i, LC-9.1.h) with the LC-10.4.c fields;
* ``ProcurementNotice`` — thông báo mời thầu, kết quả lựa chọn nhà thầu (bidding, public procurement);
* ``Plan`` — chiến lược, quy hoạch, kế hoạch (BK-3.3.đ, LC-9.1.đ and its list of plan kinds);
* ``BudgetDocument`` — công khai ngân sách (LC-10.5): estimate, execution, settlement, as files and tables.

Every one is a ``RegisterRecord``: published through Wagtail's draft/publish, owned by an agency (empty: the
provincial portal's own), searched without diacritics (``search_folded``). Projects, notices and plans have
the posting clock ``deadlines.planning_projects`` from their approval date (BK-7.1.d: 10 working days,
LC-12.1.d: 8). A field the clause requires is checked by ``missing_fields`` (the admin form, the actions and
the importer alike), whose message names the clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cong.core.text import nfc
from cong.registers.forms import RegisterRecordForm
from cong.registers.models import RegisterRecord

PLANNING_CLOCK = "deadlines.planning_projects"


def vnd(amount) -> str:
    """An amount in Vietnamese number format: dots between thousands, a comma before decimals
    (1234567890 → "1.234.567.890"; Decimal("1500.5") → "1.500,5")."""
    if amount is None:
        return ""
    amount = Decimal(amount)
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    whole = int(amount)
    fraction = amount - whole
    text = f"{whole:,}".replace(",", ".")
    if fraction:
        digits = format(fraction.normalize(), "f").split(".")[1]
        text += "," + digits
    return sign + text


@dataclass(frozen=True)
class Requirement:
    """A field a clause requires: its name, what the reader calls it, the clause."""

    field: str
    label: str
    clause: str
    applies: object = None  # a predicate on the record; None: always
    shown_at: str = ""  # the form field that shows the error, when ``field`` is a property

    def is_missing(self, record) -> bool:
        if self.applies is not None and not self.applies(record):
            return False
        value = getattr(record, self.field)
        if isinstance(value, str):
            return not value.strip()
        return value is None


def missing_fields(record) -> list[Requirement]:
    """The requirements of ``record``'s clauses that it does not meet, in the order the clause lists them."""
    return [req for req in record.REQUIREMENTS if req.is_missing(record)]


def missing_message(missing: list[Requirement]) -> str:
    """«Thiếu mục tiêu chính, nhà tài trợ (LC-10.4.c)»: the missing fields grouped by clause."""
    by_clause: dict[str, list[str]] = {}
    for req in missing:
        by_clause.setdefault(req.clause, []).append(req.label)
    return "; ".join(
        gettext("Thiếu %(fields)s (%(clause)s)")
        % {"fields": ", ".join(str(label) for label in labels), "clause": clause}
        for clause, labels in by_clause.items()
    )


class RequiredFieldsMixin:
    """``clean`` refuses a record missing a field its clause requires, each field's error naming it."""

    REQUIREMENTS: tuple[Requirement, ...] = ()

    def clean(self):
        super().clean()
        errors = {}
        for req in missing_fields(self):
            errors.setdefault(req.shown_at or req.field, []).append(
                gettext("Bắt buộc theo %(clause)s: hãy nhập %(field)s.")
                % {"clause": req.clause, "field": req.label}
            )
        if errors:
            raise ValidationError(errors)


class AttachedFile(Orderable):
    """A downloadable file of a record (the decision, the dossier, a table in a spreadsheet)."""

    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(_("mô tả"), max_length=200, blank=True)

    panels = [FieldPanel("file"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def title(self) -> str:
        return self.label or self.file.title


def _normalise(record, names) -> None:
    for name in names:
        setattr(record, name, " ".join(nfc(getattr(record, name) or "").split()))


# --- Projects -----------------------------------------------------------------------------------------


class ProjectForm(RegisterRecordForm):
    """The status of a project is chosen when it is entered; later it changes only through the «Đổi tình
    trạng» action (``change_project_status``), which checks the approval date and writes the audit entry."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("status")
        if field is not None and self.instance.pk:
            field.disabled = True
            field.help_text = gettext("Đổi tình trạng bằng nút «Đổi tình trạng» ở danh sách dự án.")


class Project(RequiredFieldsMixin, RegisterRecord):
    """Dự án, hạng mục đầu tư (BK-3.3.i, LC-9.1.h) with the fields LC-10.4.c lists for each project: name,
    main objective, field, project type, duration, budget, funding type, donor, status."""

    class Status(models.TextChoices):
        PREPARING = "preparing", _("Đang chuẩn bị đầu tư")
        ONGOING = "ongoing", _("Đang thực hiện")
        COMPLETED = "completed", _("Đã hoàn thành")

    class Funding(models.TextChoices):
        STATE_BUDGET = "state_budget", _("Vốn ngân sách nhà nước")
        ODA = "oda", _("Vốn ODA, vốn vay ưu đãi")
        PPP = "ppp", _("Đối tác công tư (PPP)")
        NON_STATE = "non_state", _("Vốn ngoài ngân sách")
        MIXED = "mixed", _("Vốn hỗn hợp")
        OTHER = "other", _("Khác")

    name = models.CharField(_("tên dự án"), max_length=300, blank=True)
    main_objective = models.TextField(_("mục tiêu chính"), blank=True)
    field = models.CharField(
        _("lĩnh vực chuyên môn"),
        max_length=120,
        blank=True,
        help_text=_("Ví dụ: Giao thông, Nông nghiệp, Y tế."),
    )
    project_type = models.CharField(
        _("loại dự án"), max_length=120, blank=True, help_text=_("Ví dụ: Dự án nhóm B, đầu tư công.")
    )
    duration = models.CharField(
        _("thời gian thực hiện"), max_length=80, blank=True, help_text=_("Ví dụ: 2024 – 2027 hoặc 36 tháng.")
    )
    budget = models.BigIntegerField(
        _("kinh phí dự án (đồng)"), null=True, blank=True, help_text=_("Tổng mức đầu tư, đơn vị đồng.")
    )
    funding_type = models.CharField(
        _("loại hình tài trợ"), max_length=20, choices=Funding.choices, blank=True
    )
    donor = models.CharField(
        _("nhà tài trợ"),
        max_length=255,
        blank=True,
        help_text=_("Nhà tài trợ hoặc nguồn vốn; dự án dùng vốn ngân sách ghi «Ngân sách tỉnh»."),
    )
    status = models.CharField(
        _("tình trạng dự án"), max_length=16, choices=Status.choices, default=Status.PREPARING
    )
    investor = models.CharField(_("chủ đầu tư"), max_length=255, blank=True)
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    approved_on = models.DateField(
        _("ngày phê duyệt"),
        null=True,
        blank=True,
        help_text=_("Bắt đầu tính thời hạn đăng tải (BK-7.1.d, LC-12.1.d)."),
    )
    approval_number = models.CharField(
        _("quyết định phê duyệt"),
        max_length=120,
        blank=True,
        help_text=_("Số, ký hiệu quyết định phê duyệt."),
    )

    POSTING_CLOCKS = ((PLANNING_CLOCK, "approved_on"),)
    base_form_class = ProjectForm
    REQUIREMENTS = (
        Requirement("name", _("tên dự án"), "LC-10.4.c"),
        Requirement("main_objective", _("mục tiêu chính"), "LC-10.4.c"),
        Requirement("field", _("lĩnh vực chuyên môn"), "LC-10.4.c"),
        Requirement("project_type", _("loại dự án"), "LC-10.4.c"),
        Requirement("duration", _("thời gian thực hiện"), "LC-10.4.c"),
        Requirement("budget", _("kinh phí dự án"), "LC-10.4.c"),
        Requirement("funding_type", _("loại hình tài trợ"), "LC-10.4.c"),
        Requirement("donor", _("nhà tài trợ"), "LC-10.4.c"),
        Requirement("status", _("tình trạng dự án"), "LC-10.4.c"),
        # A project under way or completed was approved: its date starts the posting clock (BK-3.3.i).
        Requirement("approved_on", _("ngày phê duyệt"), "BK-3.3.i", lambda p: p.status != "preparing"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("main_objective"),
        FieldRowPanel([FieldPanel("field"), FieldPanel("project_type")]),
        FieldRowPanel([FieldPanel("duration"), FieldPanel("status")]),
        MultiFieldPanel(
            [
                FieldPanel("budget"),
                FieldRowPanel([FieldPanel("funding_type"), FieldPanel("donor")]),
            ],
            heading=_("Kinh phí và nguồn vốn"),
        ),
        FieldRowPanel([FieldPanel("investor"), FieldPanel("location")]),
        FieldRowPanel([FieldPanel("approval_number"), FieldPanel("approved_on")]),
        FieldPanel("agency"),
        InlinePanel("files", heading=_("Tệp đính kèm"), label=_("tệp")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["-approved_on", "-id"]
        verbose_name = _("dự án")
        verbose_name_plural = _("dự án")
        indexes = [models.Index(fields=["live", "status"]), models.Index(fields=["live", "field"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("projects:project", args=[self.pk])

    @property
    def budget_vnd(self) -> str:
        return gettext("%(amount)s đồng") % {"amount": vnd(self.budget)} if self.budget is not None else ""

    def search_parts(self) -> list[str]:
        return [self.name, self.main_objective, self.field, self.project_type, self.donor, self.investor,
                self.location, self.approval_number]  # fmt: skip

    def save(self, *args, **kwargs):
        _normalise(self, ("name", "field", "project_type", "duration", "donor", "investor", "location",
                          "approval_number"))  # fmt: skip
        self.main_objective = nfc(self.main_objective).strip()
        super().save(*args, **kwargs)


class ProjectFile(AttachedFile):
    record = ParentalKey(Project, related_name="files", on_delete=models.CASCADE)

    class Meta(AttachedFile.Meta):
        verbose_name = _("tệp dự án")
        verbose_name_plural = _("tệp dự án")


# --- Procurement ---------------------------------------------------------------------------------------


class ProcurementNotice(RequiredFieldsMixin, RegisterRecord):
    """Thông báo về đấu thầu, mua sắm công (BK-3.3.i, LC-9.1.h): an invitation to bid (thông báo mời thầu)
    with its closing moment, or the result of contractor selection (kết quả lựa chọn nhà thầu) with the
    winner and price; related to a project when it belongs to one."""

    class Kind(models.TextChoices):
        INVITATION = "invitation", _("Thông báo mời thầu")
        RESULT = "result", _("Kết quả lựa chọn nhà thầu")

    kind = models.CharField(_("loại thông báo"), max_length=16, choices=Kind.choices, default=Kind.INVITATION)
    title = models.CharField(_("tiêu đề"), max_length=300, blank=True)
    package = models.CharField(_("tên gói thầu"), max_length=300, blank=True)
    procuring_entity = models.CharField(_("bên mời thầu"), max_length=255, blank=True)
    project = models.ForeignKey(
        Project,
        verbose_name=_("dự án"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notices",
    )
    package_price = models.BigIntegerField(_("giá gói thầu (đồng)"), null=True, blank=True)
    published_on = models.DateField(_("ngày phát hành thông báo"), null=True, blank=True)
    closes_at = models.DateTimeField(
        _("thời điểm đóng thầu"), null=True, blank=True, help_text=_("Bắt buộc với thông báo mời thầu.")
    )
    winner = models.CharField(_("nhà thầu trúng thầu"), max_length=255, blank=True)
    contract_price = models.BigIntegerField(_("giá trúng thầu (đồng)"), null=True, blank=True)
    approved_on = models.DateField(
        _("ngày phê duyệt"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày phê duyệt kế hoạch lựa chọn nhà thầu hoặc kết quả; bắt đầu tính thời hạn đăng tải "
            "(BK-7.1.d, LC-12.1.d)."
        ),
    )
    details = models.TextField(_("nội dung"), blank=True)

    POSTING_CLOCKS = ((PLANNING_CLOCK, "approved_on"),)
    REQUIREMENTS = (
        Requirement("title", _("tiêu đề"), "BK-3.3.i"),
        Requirement("package", _("tên gói thầu"), "BK-3.3.i"),
        Requirement("procuring_entity", _("bên mời thầu"), "BK-3.3.i"),
        Requirement("published_on", _("ngày phát hành thông báo"), "BK-3.3.i"),
        Requirement("closes_at", _("thời điểm đóng thầu"), "BK-3.3.i", lambda n: n.kind == "invitation"),
        Requirement("winner", _("nhà thầu trúng thầu"), "BK-3.3.i", lambda n: n.kind == "result"),
        Requirement("contract_price", _("giá trúng thầu"), "BK-3.3.i", lambda n: n.kind == "result"),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("published_on")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("package"), FieldPanel("package_price")]),
        FieldRowPanel([FieldPanel("procuring_entity"), FieldPanel("project")]),
        FieldRowPanel([FieldPanel("closes_at"), FieldPanel("approved_on")]),
        FieldRowPanel([FieldPanel("winner"), FieldPanel("contract_price")]),
        FieldPanel("details"),
        FieldPanel("agency"),
        InlinePanel("files", heading=_("Hồ sơ, tài liệu"), label=_("tệp")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["-published_on", "-id"]
        verbose_name = _("thông báo đấu thầu")
        verbose_name_plural = _("thông báo đấu thầu")
        indexes = [models.Index(fields=["live", "published_on"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("projects:notice", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [self.title, self.package, self.procuring_entity, self.winner, self.details]

    def save(self, *args, **kwargs):
        _normalise(self, ("title", "package", "procuring_entity", "winner"))
        self.details = nfc(self.details).strip()
        super().save(*args, **kwargs)


class NoticeFile(AttachedFile):
    record = ParentalKey(ProcurementNotice, related_name="files", on_delete=models.CASCADE)

    class Meta(AttachedFile.Meta):
        verbose_name = _("tệp thông báo")
        verbose_name_plural = _("tệp thông báo")


# --- Strategies, master plans, plans ---------------------------------------------------------------------


class Plan(RequiredFieldsMixin, RegisterRecord):
    """Chiến lược, định hướng, quy hoạch, kế hoạch phát triển (BK-3.3.đ, LC-9.1.đ): of a kind from the list
    of LC-9.1.đ, with the decision that approved it (a link to the legal register when the portal has that
    document, its number otherwise), the approval date, the area it covers, files and a map."""

    class Kind(models.TextChoices):
        STRATEGY = "strategy", _("Chiến lược, định hướng phát triển")
        SOCIO_ECONOMIC = "socio_economic", _("Quy hoạch, kế hoạch phát triển kinh tế - xã hội")
        INVESTMENT = "investment", _("Chính sách ưu đãi, cơ hội đầu tư, dự án mời gọi vốn đầu tư")
        CONSTRUCTION = "construction", _("Quy hoạch xây dựng, quy hoạch đô thị")
        LAND_USE = "land_use", _("Quy hoạch, kế hoạch sử dụng đất")
        RESOURCES = "resources", _("Quy hoạch, kế hoạch và hoạt động khai thác tài nguyên thiên nhiên")
        WASTE = "waste", _("Quy hoạch thu gom, tái chế, xử lý chất thải")
        WASTE_SOURCES = "waste_sources", _("Nguồn thải, chất thải có nguy cơ gây hại")
        POLLUTED = "polluted", _("Khu vực ô nhiễm, suy thoái, có nguy cơ sự cố môi trường")

    title = models.CharField(_("tên"), max_length=300, blank=True)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, blank=True)
    summary = models.TextField(_("tóm tắt nội dung"), blank=True)
    period = models.CharField(_("thời kỳ"), max_length=80, blank=True, help_text=_("Ví dụ: 2021 – 2030."))
    area = models.CharField(
        _("phạm vi, địa bàn"), max_length=255, blank=True, help_text=_("Ví dụ: toàn tỉnh; huyện Tân Lập.")
    )
    approving_document = models.ForeignKey(
        "legal.LegalDocument",
        verbose_name=_("văn bản phê duyệt (trong cơ sở dữ liệu văn bản)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Chọn khi văn bản đã có trong mục Văn bản; nếu chưa có, ghi số ký hiệu ở ô bên cạnh."),
    )
    approval_number = models.CharField(
        _("số, ký hiệu quyết định phê duyệt"), max_length=120, blank=True, help_text=_("Ví dụ: 1234/QĐ-UBND.")
    )
    approved_on = models.DateField(
        _("ngày phê duyệt"),
        null=True,
        blank=True,
        help_text=_(
            "Bắt đầu tính thời hạn đăng tải (BK-7.1.d, LC-12.1.d). Để trống: lấy ngày ban hành của "
            "văn bản phê duyệt."
        ),
    )
    map_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("bản đồ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    map_description = models.CharField(
        _("mô tả bản đồ (cho người không xem được ảnh)"), max_length=500, blank=True
    )

    POSTING_CLOCKS = ((PLANNING_CLOCK, "approved_on"),)
    REQUIREMENTS = (
        Requirement("title", _("tên"), _("BK-3.3.đ")),
        Requirement("kind", _("loại chiến lược, quy hoạch, kế hoạch"), _("LC-9.1.đ")),
        Requirement(
            "approval",
            _("quyết định phê duyệt (chọn văn bản hoặc ghi số ký hiệu)"),
            _("BK-3.3.đ"),
            shown_at="approval_number",
        ),
        Requirement("approval_date", _("ngày phê duyệt"), _("BK-3.3.đ"), shown_at="approved_on"),
        Requirement(
            "map_description", _("mô tả bản đồ"), "WCAG 2.1 1.1.1", lambda p: p.map_image_id is not None
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("period")]),
        FieldPanel("area"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("approving_document"), FieldPanel("approval_number")]),
                FieldPanel("approved_on"),
            ],
            heading=_("Phê duyệt"),
        ),
        FieldRowPanel([FieldPanel("map_image"), FieldPanel("map_description")]),
        FieldPanel("agency"),
        InlinePanel("files", heading=_("Tệp đính kèm"), label=_("tệp")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["-approved_on", "-id"]
        verbose_name = _("chiến lược, quy hoạch, kế hoạch")
        verbose_name_plural = _("chiến lược, quy hoạch, kế hoạch")
        indexes = [models.Index(fields=["live", "kind"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("projects:plan", args=[self.pk])

    @property
    def approval(self) -> str:
        """The approving decision as read: the legal record's label, or the number as entered."""
        if self.approving_document_id is not None:
            return self.approving_document.label
        return self.approval_number

    @property
    def approval_date(self):
        """The approval date as entered, or the approving document's issue date."""
        if self.approved_on is None and self.approving_document_id is not None:
            return self.approving_document.issued_on
        return self.approved_on

    def search_parts(self) -> list[str]:
        return [self.title, self.get_kind_display() if self.kind else "", self.summary, self.area,
                self.period, self.approval_number]  # fmt: skip

    def save(self, *args, **kwargs):
        _normalise(self, ("title", "period", "area", "approval_number", "map_description"))
        self.summary = nfc(self.summary).strip()
        document = self.approving_document if self.approving_document_id else None
        if document is not None:
            self.approval_number = self.approval_number or document.number
            self.approved_on = self.approved_on or document.issued_on
        super().save(*args, **kwargs)


class PlanFile(AttachedFile):
    record = ParentalKey(Plan, related_name="files", on_delete=models.CASCADE)

    class Meta(AttachedFile.Meta):
        verbose_name = _("tệp quy hoạch, kế hoạch")
        verbose_name_plural = _("tệp quy hoạch, kế hoạch")


# --- Budget disclosure ---------------------------------------------------------------------------------


class BudgetDocumentForm(RegisterRecordForm):
    """Admin form: a budget disclosure is published as files or as a table, at least one (LC-10.5)."""

    def is_valid(self) -> bool:
        # The formsets are cleaned after the form: look at them once everything else is valid.
        if not super().is_valid():
            return False
        if not (self._kept("files", "file") or self._kept("rows", "item")):
            self.add_error(
                None,
                gettext("Bắt buộc theo LC-10.5: công khai ngân sách phải có tệp tài liệu hoặc bảng số liệu."),
            )
            return False
        return True

    def _kept(self, name: str, field: str) -> bool:
        formset = self.formsets.get(name)
        if formset is None:
            return False
        return any(
            form.cleaned_data.get(field) and not form.cleaned_data.get("DELETE")
            for form in formset.forms
            if hasattr(form, "cleaned_data")
        )


class BudgetDocument(RequiredFieldsMixin, RegisterRecord):
    """Công khai ngân sách (LC-10.5): one document of a year's budget — the estimate (dự toán), its
    execution (tình hình thực hiện) or the settlement (quyết toán) — as files and as a table of items."""

    class Kind(models.TextChoices):
        ESTIMATE = "estimate", _("Dự toán ngân sách")
        EXECUTION = "execution", _("Tình hình thực hiện dự toán")
        SETTLEMENT = "settlement", _("Quyết toán ngân sách")

    year = models.PositiveIntegerField(_("năm ngân sách"), null=True, blank=True)
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, blank=True)
    title = models.CharField(_("tên tài liệu"), max_length=300, blank=True)
    period = models.CharField(
        _("kỳ báo cáo"),
        max_length=80,
        blank=True,
        help_text=_("Với tình hình thực hiện: ví dụ «Quý III», «6 tháng»."),
    )
    approval_number = models.CharField(_("số quyết định, báo cáo"), max_length=120, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    unit = models.CharField(
        _("đơn vị tính của bảng"),
        max_length=40,
        default="triệu đồng",  # i18n: data (the stored unit; an editor may change it)
    )
    note = models.TextField(_("ghi chú"), blank=True)

    REQUIREMENTS = (
        Requirement("year", _("năm ngân sách"), "LC-10.5"),
        Requirement("kind", _("loại tài liệu (dự toán, thực hiện, quyết toán)"), "LC-10.5"),
        Requirement("title", _("tên tài liệu"), "LC-10.5"),
    )

    base_form_class = BudgetDocumentForm
    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("kind"), FieldPanel("period")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("approval_number"), FieldPanel("issued_on")]),
        FieldPanel("note"),
        FieldPanel("agency"),
        InlinePanel("files", heading=_("Tệp tài liệu"), label=_("tệp")),
        FieldPanel("unit"),
        InlinePanel(
            "rows",
            heading=_("Bảng số liệu (hoặc nhập từ tệp CSV: nút «Nhập bảng từ CSV» ở danh sách)"),
            label=_("dòng"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
        index.FilterField("year"),
    ]

    class Meta:
        ordering = ["-year", "kind", "-issued_on", "-id"]
        verbose_name = _("tài liệu công khai ngân sách")
        verbose_name_plural = _("công khai ngân sách")
        indexes = [models.Index(fields=["live", "year"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("projects:budget-document", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [self.title, self.get_kind_display() if self.kind else "", str(self.year or ""), self.period,
                self.approval_number, self.note]  # fmt: skip

    def save(self, *args, **kwargs):
        _normalise(self, ("title", "period", "approval_number", "unit"))
        self.note = nfc(self.note).strip()
        super().save(*args, **kwargs)


class BudgetFile(AttachedFile):
    record = ParentalKey(BudgetDocument, related_name="files", on_delete=models.CASCADE)

    class Meta(AttachedFile.Meta):
        verbose_name = _("tệp ngân sách")
        verbose_name_plural = _("tệp ngân sách")


class BudgetRow(Orderable):
    """A row of a budget table: the item (nội dung) with its code (mã số, STT) and the amount in the
    document's unit."""

    document = ParentalKey(BudgetDocument, related_name="rows", on_delete=models.CASCADE)
    code = models.CharField(_("STT, mã số"), max_length=20, blank=True)
    item = models.CharField(_("nội dung"), max_length=300)
    amount = models.DecimalField(_("số tiền"), max_digits=20, decimal_places=3, null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("item"), FieldPanel("amount")])]

    class Meta(Orderable.Meta):
        verbose_name = _("dòng bảng ngân sách")
        verbose_name_plural = _("dòng bảng ngân sách")

    @property
    def amount_vnd(self) -> str:
        return vnd(self.amount)
