"""Administrative procedures (thủ tục hành chính), dossiers (hồ sơ) and the dossier systems' syncs.

* ``Procedure`` — one procedure of the catalogue, as the national procedures database publishes it
  (BK-3.3.f, BK-3.3.m, LC-4.1, LC-14, ND43-18): imported by ``cong services import`` (``importer.py``,
  ``actions.import_procedures``), never deleted — a procedure the export no longer lists is retired.
* ``Dossier`` — a dossier's progress (tiến độ hồ sơ, KT-10.5, HG-12): code, procedure, agency, received,
  due and resolved dates, status. Nothing personal is stored: the adapters drop the applicant's columns.
* ``DossierSync`` — the last run of each dossier adapter: when it last succeeded, its last error.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cong.core.text import nfc, slugify
from cong.registers.models import RegisterRecord

from . import levels


class ProcedureField(models.Model):
    """Lĩnh vực: the sector a procedure belongs to (Đất đai, Hộ tịch…), a filter of the catalogue."""

    name = models.CharField(_("tên lĩnh vực"), max_length=200, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=200, unique=True, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("lĩnh vực thủ tục")
        verbose_name_plural = _("lĩnh vực thủ tục")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or slugify(self.name, max_length=200)
        super().save(*args, **kwargs)


class GovernmentLevel(models.TextChoices):
    """Cấp thực hiện: the level of government that performs the procedure."""

    CENTRAL = "central", _("Cấp Trung ương")
    PROVINCE = "province", _("Cấp Tỉnh")
    DISTRICT = "district", _("Cấp Huyện")
    COMMUNE = "commune", _("Cấp Xã")


class Procedure(RegisterRecord):
    """Thủ tục hành chính: one procedure of the catalogue, with every item the national database publishes.

    ``agency`` (inherited) is the performing agency when it is registered on the portal — its member portal
    lists the procedure (BK-7.2.b, LC-14); ``agency_name`` keeps the text of the export either way.
    """

    code = models.CharField(_("mã thủ tục"), max_length=40, unique=True, help_text=_("Ví dụ 1.004227."))
    name = models.TextField(_("tên thủ tục"))
    field = models.ForeignKey(
        ProcedureField, verbose_name=_("lĩnh vực"), on_delete=models.PROTECT, related_name="procedures"
    )
    government_level = models.CharField(
        _("cấp thực hiện"), max_length=16, choices=GovernmentLevel.choices, default=GovernmentLevel.PROVINCE
    )
    agency_name = models.CharField(_("cơ quan thực hiện"), max_length=500, blank=True)
    steps = models.TextField(_("trình tự thực hiện"), blank=True)
    submission = models.TextField(_("cách thức thực hiện"), blank=True)
    dossier_components = models.TextField(_("thành phần hồ sơ"), blank=True)
    dossier_count = models.CharField(_("số lượng hồ sơ"), max_length=200, blank=True)
    processing_time = models.TextField(_("thời hạn giải quyết"), blank=True)
    applicants = models.TextField(_("đối tượng thực hiện"), blank=True)
    result = models.TextField(_("kết quả thực hiện"), blank=True)
    fees = models.TextField(_("phí, lệ phí"), blank=True)
    forms_text = models.TextField(
        _("mẫu đơn, tờ khai"),
        blank=True,
        help_text=_("Mỗi dòng một mẫu; «Tên mẫu | địa chỉ tải về» khi có đường dẫn."),
    )
    requirements = models.TextField(_("yêu cầu, điều kiện thực hiện"), blank=True)
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    legal_documents = models.ManyToManyField(
        "legal.LegalDocument",
        verbose_name=_("văn bản căn cứ trên Cổng"),
        blank=True,
        related_name="procedures",
        help_text=_("Văn bản trong cơ sở dữ liệu văn bản của Cổng mà thủ tục căn cứ vào."),
    )
    online_level = models.PositiveSmallIntegerField(
        _("mức độ dịch vụ công trực tuyến"),
        default=0,
        choices=[
            (0, _("Chưa cung cấp trực tuyến")),
            (1, _("Mức 1")),
            (2, _("Mức 2")),
            (3, _("Mức 3 / một phần")),
            (4, _("Mức 4 / toàn trình")),
        ],  # fmt: skip
        help_text=_("Theo ND43 (mức 1–4); theo ND42: mức 4 là toàn trình, mức 3 là một phần."),
    )
    announced_in = models.CharField(
        _("quyết định công bố"),
        max_length=200,
        blank=True,
        help_text=_("Số, ký hiệu quyết định công bố thủ tục."),
    )
    announced_on = models.DateField(
        _("ngày ban hành quyết định công bố"),
        null=True,
        blank=True,
        help_text=_("Bắt đầu thời hạn đăng thủ tục trên Cổng (BK-7.1.g: 05 ngày làm việc)."),
    )
    portal_url = models.URLField(_("đường dẫn thực hiện trên Cổng Dịch vụ công"), max_length=500, blank=True)
    retired = models.BooleanField(_("đã bãi bỏ / không còn trong danh mục"), default=False)
    retired_at = models.DateTimeField(_("bãi bỏ lúc"), null=True, blank=True)
    imported_at = models.DateTimeField(_("cập nhật từ tệp lúc"), null=True, blank=True)

    # BK-7.1.g: posted within the profile's period of the decision that publishes the procedure on the
    # national database (Bắc Kạn: 5 working days; no limit elsewhere). The import posts it (publication).
    POSTING_CLOCKS = (("deadlines.admin_procedures", "announced_on"),)

    panels = [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("name"), FieldPanel("field"), FieldPanel("government_level"),
             FieldPanel("agency"), FieldPanel("agency_name")],
            heading=_("Thủ tục"),
        ),
        MultiFieldPanel(
            [FieldPanel("steps"), FieldPanel("submission"), FieldPanel("dossier_components"),
             FieldPanel("dossier_count"), FieldPanel("processing_time"), FieldPanel("applicants"),
             FieldPanel("result"), FieldPanel("fees"), FieldPanel("forms_text"), InlinePanel("form_files",
             label=_("Tệp mẫu đơn")), FieldPanel("requirements")],
            heading=_("Nội dung"),
        ),
        MultiFieldPanel(
            [FieldPanel("legal_basis"), FieldPanel("legal_documents"), FieldPanel("announced_in"),
             FieldPanel("announced_on")],
            heading=_("Căn cứ pháp lý, quyết định công bố"),
        ),
        MultiFieldPanel(
            [FieldPanel("online_level"), FieldPanel("portal_url"), FieldPanel("retired")],
            heading=_("Dịch vụ công trực tuyến"),
        ),
    ]  # fmt: skip

    search_fields = [
        index.SearchField("name"),
        index.SearchField("search_folded"),
        index.AutocompleteField("code"),
        index.FilterField("live"),
        index.FilterField("retired"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")
        indexes = [models.Index(fields=["retired", "live", "code"], name="services_proc_listing")]

    def __str__(self) -> str:
        return f"{self.code} — {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("services:procedure", kwargs={"code": self.code})

    def search_parts(self) -> list[str]:
        return [self.code, self.name, self.agency_name]

    @property
    def level_label(self) -> str:
        return levels.label(self.online_level)

    @property
    def is_online(self) -> bool:
        return levels.is_online(self.online_level)

    def form_links(self) -> list[tuple[str, str]]:
        """(name, url) of each form written in ``forms_text``; the url is empty when none is given."""
        links = []
        for line in self.forms_text.splitlines():
            name, _sep, url = line.partition("|")
            if name.strip():
                url = url.strip()
                links.append((name.strip(), url if url.startswith(("https://", "http://", "/")) else ""))
        return links


class ProcedureFormFile(Orderable):
    """A form (mẫu đơn, tờ khai) uploaded for a procedure."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="form_files")
    label = models.CharField(_("tên mẫu"), max_length=300)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("label"), FieldPanel("document")]


class Dossier(models.Model):
    """Hồ sơ: a dossier's progress as the provincial dossier system reports it (KT-10.5, HG-12). No name,
    address, identity number or phone of the applicant is kept (the lookup shows status only)."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Đã tiếp nhận")
        PROCESSING = "processing", _("Đang giải quyết")
        SUPPLEMENT = "supplement", _("Chờ bổ sung hồ sơ")
        RESOLVED = "resolved", _("Đã có kết quả")
        RETURNED = "returned", _("Đã trả kết quả")
        REFUSED = "refused", _("Từ chối giải quyết")
        WITHDRAWN = "withdrawn", _("Công dân rút hồ sơ")

    DONE = (Status.RESOLVED, Status.RETURNED, Status.REFUSED, Status.WITHDRAWN)
    RESOLVED_STATUSES = (Status.RESOLVED, Status.RETURNED)

    code = models.CharField(_("mã hồ sơ"), max_length=64, unique=True)
    procedure = models.ForeignKey(
        Procedure, verbose_name=_("thủ tục"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="dossiers",
    )  # fmt: skip
    procedure_code = models.CharField(_("mã thủ tục"), max_length=40, blank=True)
    procedure_name = models.TextField(_("tên thủ tục"), blank=True)
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("cơ quan giải quyết"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    agency_name = models.CharField(_("cơ quan giải quyết (theo tệp)"), max_length=500, blank=True)
    received_on = models.DateField(_("ngày tiếp nhận"))
    due_on = models.DateField(_("ngày hẹn trả"), null=True, blank=True)
    resolved_on = models.DateField(_("ngày có kết quả"), null=True, blank=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices)
    source = models.CharField(_("nguồn"), max_length=40, blank=True)
    updated_at = models.DateTimeField(_("đồng bộ lúc"), auto_now=True)

    class Meta:
        ordering = ["-received_on", "code"]
        verbose_name = _("hồ sơ")
        verbose_name_plural = _("hồ sơ")
        indexes = [models.Index(fields=["agency", "received_on"], name="services_dossier_agency")]

    def __str__(self) -> str:
        return self.code

    @property
    def title(self) -> str:
        return self.procedure.name if self.procedure_id and self.procedure else self.procedure_name

    def is_overdue(self, today) -> bool:
        return self.status not in self.DONE and self.due_on is not None and self.due_on < today

    def resolved_late(self) -> bool:
        return bool(self.resolved_on and self.due_on and self.resolved_on > self.due_on)


class DossierSync(models.Model):
    """The last runs of one dossier adapter (``csv``, ``http``…): what the health page and the public
    statistics show (HG-12: «the time of the last successful fetch»)."""

    adapter = models.CharField(_("nguồn dữ liệu"), max_length=40, unique=True)
    last_success_at = models.DateTimeField(_("lần đồng bộ thành công gần nhất"), null=True, blank=True)
    last_failure_at = models.DateTimeField(_("lần lỗi gần nhất"), null=True, blank=True)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    last_count = models.PositiveIntegerField(_("số hồ sơ lần gần nhất"), default=0)

    class Meta:
        verbose_name = _("đồng bộ hồ sơ")
        verbose_name_plural = _("đồng bộ hồ sơ")

    def __str__(self) -> str:
        return self.adapter

    @property
    def failing(self) -> bool:
        """The last run failed (a failure after the last success)."""
        return self.last_failure_at is not None and (
            self.last_success_at is None or self.last_failure_at > self.last_success_at
        )
