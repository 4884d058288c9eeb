"""Records of the statistics app, each a ``RegisterRecord`` (draft/publish, agency, folded search, clocks):

* ``ScienceProgramme`` — chương trình, đề tài, nhiệm vụ khoa học và công nghệ (BK-3.3.q, LC-9.1.m), with
  its results (``ResultFile``) publishable only with the date the scientific council accepted them;
* ``StatisticsRelease`` — thông tin thống kê (BK-3.3.r, LC-9.1.n): a release and its figures (a table of
  numbers read from an uploaded CSV or XLSX, ``cong.statistics.figures``);
* ``EdocExchange`` — tiến độ trao đổi văn bản điện tử (HG-11.2): one agency, one month or quarter.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from cong.registers.forms import RegisterRecordForm
from cong.registers.models import RegisterRecord

from .figures import Figures, FiguresError, read_figures

RESULTS_CLAUSE = "BK-3.3.q, LC-9.1.m"
RESULTS_NEED_ACCEPTANCE = _(
    "Chỉ công bố kết quả (báo cáo tóm tắt, báo cáo ứng dụng, tệp kết quả) khi đã có ngày Hội đồng khoa học "
    "nghiệm thu; hãy nhập ngày nghiệm thu hoặc bỏ phần kết quả (BK-3.3.q, LC-9.1.m)."
)


# --- Science and technology programmes ------------------------------------------------------------


class ScienceProgrammeForm(RegisterRecordForm):
    """Admin form: results (reports, files) only with the council's acceptance date (BK-3.3.q, LC-9.1.m)."""

    def clean(self):
        cleaned = super().clean()
        formset = getattr(self, "formsets", {}).get("result_files")
        has_files = False
        if formset is not None and formset.is_valid():  # the formsets are cleaned after this form: now
            has_files = any(
                form.cleaned_data.get("file") and not form.cleaned_data.get("DELETE")
                for form in formset.forms
            )
        errors = programme_errors(cleaned, has_files=has_files)
        if errors:
            raise ValidationError(errors)
        return cleaned


def programme_errors(values, *, has_files: bool) -> list[str]:
    """What keeps a programme from being saved: the clause-named Vietnamese messages (empty: none)."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name, None)
    errors = []
    for name, label in (("code", gettext("mã số")), ("name", gettext("tên")), ("lead_unit", gettext("cơ quan chủ trì")),
                        ("chair", gettext("chủ nhiệm")), ("approved_on", gettext("ngày phê duyệt"))):  # fmt: skip
        if get(name) in (None, ""):
            errors.append(
                gettext("Thiếu %(field)s của nhiệm vụ khoa học và công nghệ (%(clause)s).")
                % {"field": label, "clause": RESULTS_CLAUSE}
            )
    has_results = bool((get("summary_report") or "").strip() or (get("application_report") or "").strip())
    if (has_results or has_files) and get("accepted_on") is None:
        errors.append(str(RESULTS_NEED_ACCEPTANCE))
    starts, ends = get("starts_on"), get("ends_on")
    if starts and ends and ends < starts:
        errors.append(gettext("Thời gian kết thúc phải sau thời gian bắt đầu."))
    approved, accepted = get("approved_on"), get("accepted_on")
    if approved and accepted and accepted < approved:
        errors.append(gettext("Ngày nghiệm thu không thể trước ngày phê duyệt."))
    return errors


class ScienceProgramme(RegisterRecord):
    """Chương trình, đề tài, nhiệm vụ khoa học và công nghệ: the listing from its approval, its results
    from the scientific council's acceptance (nghiệm thu)."""

    class Level(models.TextChoices):
        NATIONAL = "national", _("Cấp quốc gia")
        PROVINCIAL = "provincial", _("Cấp tỉnh")
        GRASSROOTS = "grassroots", _("Cấp cơ sở")

    code = models.CharField(_("mã số"), max_length=60)
    name = models.CharField(_("tên nhiệm vụ"), max_length=500)
    level = models.CharField(_("cấp quản lý"), max_length=20, choices=Level.choices, default=Level.PROVINCIAL)
    field = models.CharField(
        _("lĩnh vực"), max_length=120, help_text=_("Ví dụ: Nông nghiệp, Y dược, Xã hội.")
    )
    lead_unit = models.CharField(_("cơ quan chủ trì"), max_length=255)
    chair = models.CharField(_("chủ nhiệm"), max_length=255)
    starts_on = models.DateField(_("bắt đầu"), null=True, blank=True)
    ends_on = models.DateField(_("kết thúc"), null=True, blank=True)
    approved_on = models.DateField(
        _("ngày phê duyệt"), null=True, help_text=_("Ngày quyết định phê duyệt nhiệm vụ.")
    )
    accepted_on = models.DateField(
        _("ngày nghiệm thu"),
        null=True,
        blank=True,
        help_text=_("Ngày Hội đồng khoa học nghiệm thu kết quả; bắt buộc khi công bố kết quả."),
    )
    summary_report = models.TextField(_("báo cáo tóm tắt kết quả"), blank=True)
    application_report = models.TextField(_("báo cáo ứng dụng kết quả"), blank=True)

    POSTING_CLOCKS = (("deadlines.science", "approved_on"), ("deadlines.science", "accepted_on"))

    base_form_class = ScienceProgrammeForm
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("level")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("field"), FieldPanel("agency")]),
        FieldRowPanel([FieldPanel("lead_unit"), FieldPanel("chair")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on"), FieldPanel("approved_on")]),
        MultiFieldPanel(
            [
                FieldPanel("accepted_on"),
                FieldPanel("summary_report"),
                FieldPanel("application_report"),
                InlinePanel("result_files", label=_("Tệp kết quả")),
            ],
            heading=_("Kết quả (chỉ công bố khi đã nghiệm thu)"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("search_folded"),
        index.AutocompleteField("code"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("nhiệm vụ khoa học và công nghệ")
        verbose_name_plural = _("nhiệm vụ khoa học và công nghệ")
        ordering = ("-approved_on", "-id")

    def __str__(self) -> str:
        return f"{self.code} — {self.name}" if self.code else self.name

    def get_absolute_url(self) -> str:
        return reverse("statistics:science-detail", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [self.code, self.name, self.field, self.lead_unit, self.chair, self.summary_report]

    @property
    def has_results(self) -> bool:
        """Results are public only once accepted (nghiệm thu)."""
        return self.accepted_on is not None


class ResultFile(Orderable):
    """A file of a programme's results (báo cáo tổng hợp, sản phẩm)."""

    programme = ParentalKey(ScienceProgramme, related_name="result_files", on_delete=models.CASCADE)
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(_("mô tả"), max_length=200, blank=True)

    panels = [FieldPanel("file"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp kết quả")
        verbose_name_plural = _("tệp kết quả")


# --- Statistics releases --------------------------------------------------------------------------


class StatisticsReleaseForm(RegisterRecordForm):
    """The release with its figures: the uploaded CSV/XLSX is read here (``read_figures``); a file that is
    not what it claims is refused with the row and column, and nothing is saved."""

    figures_file = forms.FileField(
        label=_("Tệp số liệu (CSV hoặc XLSX)"),
        required=False,
        help_text=_(
            "Dòng đầu là tiêu đề: cột 1 tên chỉ tiêu, các cột sau là số liệu. Bỏ trống để giữ số liệu đã có."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("figures_file")
        if upload:
            try:
                figures = read_figures(upload.name, upload.read())
            except FiguresError as error:
                self.add_error("figures_file", str(error))
            else:
                self.instance.figures = figures.to_json()
                self.instance.source_name = upload.name[:255]
        if "action-publish" in self.data:
            missing = release_missing_for_publication(cleaned)
            if missing:
                raise ValidationError(missing)
        if not upload and not self.instance.figures:
            self.add_error(
                "figures_file", gettext("Hãy tải lên tệp số liệu CSV hoặc XLSX (BK-3.3.r, LC-9.1.n).")
            )
        return cleaned


def release_missing_for_publication(values) -> str:
    """LC-9.1.n: a release is published with its methodology and analysis (and its survey period)."""
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name, None)
    missing = [label for name, label in (("period", gettext("kỳ điều tra")), ("methodology", gettext("phương pháp")),
               ("analysis", gettext("phân tích"))) if not (get(name) or "").strip()]  # fmt: skip
    if not missing:
        return ""
    return gettext("Chưa công bố được: thiếu %(fields)s của thông tin thống kê (LC-9.1.n, BK-3.3.r).") % {
        "fields": ", ".join(missing)
    }


class StatisticsRelease(RegisterRecord):
    """Thông tin thống kê: a release of the statistics office with its figures, methodology and analysis;
    the figures are kept as a table (``figures``) and offered as CSV, XLSX, an SVG chart and an HTML table."""

    class Chart(models.TextChoices):
        BAR = "bar", _("Biểu đồ cột")
        LINE = "line", _("Biểu đồ đường")

    title = models.CharField(_("tên thông tin thống kê"), max_length=300)
    provider = models.CharField(
        _("cơ quan cung cấp"),
        max_length=255,
        default="Cục Thống kê tỉnh",  # i18n: data (the stored provider; an editor may change it)
    )
    decided_on = models.DateField(
        _("ngày quyết định công bố"), help_text=_("Thời hạn đăng tải tính từ ngày này (BK-7.1.e, LC-12.1.e).")
    )
    period = models.CharField(
        _("kỳ điều tra, báo cáo"), max_length=120, help_text=_("Ví dụ: 9 tháng năm 2026.")
    )
    period_start = models.DateField(_("từ ngày"), null=True, blank=True)
    period_end = models.DateField(_("đến ngày"), null=True, blank=True)
    unit = models.CharField(_("đơn vị tính"), max_length=60, blank=True)
    methodology = models.TextField(_("phương pháp thu thập, tính toán"), blank=True)
    analysis = models.TextField(_("phân tích, nhận định"), blank=True)
    chart = models.CharField(_("dạng biểu đồ"), max_length=10, choices=Chart.choices, default=Chart.BAR)
    figures = models.JSONField(_("số liệu"), default=dict, editable=False)
    source_name = models.CharField(_("tệp số liệu gốc"), max_length=255, blank=True, editable=False)

    POSTING_CLOCKS = (("deadlines.statistics", "decided_on"),)

    base_form_class = StatisticsReleaseForm
    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("provider"), FieldPanel("agency")]),
        FieldRowPanel([FieldPanel("decided_on"), FieldPanel("period")]),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end"), FieldPanel("unit")]),
        FieldPanel("methodology"),
        FieldPanel("analysis"),
        FieldPanel("chart"),
        FieldPanel("figures_file"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("thông tin thống kê")
        verbose_name_plural = _("thông tin thống kê")
        ordering = ("-decided_on", "-id")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("statistics:release-detail", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [self.title, self.provider, self.period, self.analysis, self.methodology]

    @property
    def table(self) -> Figures:
        return Figures.from_json(self.figures)


# --- Electronic document exchange -----------------------------------------------------------------


class EdocExchangeForm(RegisterRecordForm):
    def clean(self):
        cleaned = super().clean()
        errors = edoc_errors(cleaned)
        if errors:
            raise ValidationError(errors)
        return cleaned


class EdocExchange(RegisterRecord):
    """Tiến độ trao đổi văn bản điện tử (HG-11.2): documents an agency sent and received in one month or
    quarter, electronically and in all; the shares are computed. ``agency`` is the agency reported on."""

    class PeriodKind(models.TextChoices):
        MONTH = "month", _("Tháng")
        QUARTER = "quarter", _("Quý")

    period_kind = models.CharField(_("loại kỳ"), max_length=10, choices=PeriodKind.choices)
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveSmallIntegerField(_("tháng hoặc quý"), help_text=_("Tháng 1–12 hoặc quý 1–4."))
    sent_electronic = models.PositiveIntegerField(_("văn bản đi điện tử"))
    sent_total = models.PositiveIntegerField(_("tổng văn bản đi"))
    received_electronic = models.PositiveIntegerField(_("văn bản đến điện tử"))
    received_total = models.PositiveIntegerField(_("tổng văn bản đến"))
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    base_form_class = EdocExchangeForm
    panels = [
        FieldPanel("agency"),
        FieldRowPanel([FieldPanel("period_kind"), FieldPanel("year"), FieldPanel("number")]),
        FieldRowPanel([FieldPanel("sent_electronic"), FieldPanel("sent_total")]),
        FieldRowPanel([FieldPanel("received_electronic"), FieldPanel("received_total")]),
        FieldPanel("note"),
    ]
    search_fields = [index.SearchField("search_folded"), index.FilterField("live")]

    class Meta:
        verbose_name = _("tiến độ trao đổi văn bản điện tử")
        verbose_name_plural = _("tiến độ trao đổi văn bản điện tử")
        ordering = ("-year", "-period_kind", "-number", "agency__name")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "period_kind", "year", "number"], name="statistics_edoc_one_per_period"
            )
        ]

    def __str__(self) -> str:
        agency = self.agency.name if self.agency_id else gettext("Cổng tỉnh")
        return f"{agency} — {self.period_label}"

    def get_absolute_url(self) -> str:
        return reverse("statistics:edoc-detail", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [str(self), self.note]

    @property
    def period_code(self) -> str:
        """ "2026-Q3" or "2026-09": the period in the address (``?ky=``) and in the CSV import."""
        if self.period_kind == self.PeriodKind.QUARTER:
            return f"{self.year}-Q{self.number}"
        return f"{self.year}-{self.number:02d}"

    @property
    def period_label(self) -> str:
        return period_label(self.period_kind, self.year, self.number)

    @property
    def sent_share(self) -> float | None:
        return share(self.sent_electronic, self.sent_total)

    @property
    def received_share(self) -> float | None:
        return share(self.received_electronic, self.received_total)

    @property
    def total_share(self) -> float | None:
        return share(self.sent_electronic + self.received_electronic, self.sent_total + self.received_total)


def period_label(kind: str, year: int, number: int) -> str:
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}
    if kind == EdocExchange.PeriodKind.QUARTER:
        return gettext("Quý %(quarter)s/%(year)s") % {"quarter": roman.get(number, number), "year": year}
    return gettext("Tháng %(month)02d/%(year)s") % {"month": number, "year": year}


def share(part: int, whole: int) -> float | None:
    """Percentage (tỷ lệ) with one decimal, or None when nothing was sent/received."""
    return round(100 * part / whole, 1) if whole else None


def edoc_errors(values) -> list[str]:
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name, None)
    errors = []
    if get("agency") is None and get("agency_id") is None:
        errors.append(gettext("Hãy chọn cơ quan báo cáo (HG-11.2)."))
    kind, number = get("period_kind"), get("number")
    if kind == EdocExchange.PeriodKind.QUARTER and number not in (1, 2, 3, 4):
        errors.append(gettext("Quý phải từ 1 đến 4 (HG-11.2)."))
    if kind == EdocExchange.PeriodKind.MONTH and number not in range(1, 13):
        errors.append(gettext("Tháng phải từ 1 đến 12 (HG-11.2)."))
    too_many = (
        ("sent_electronic", "sent_total",
         gettext("Số văn bản đi điện tử (%(part)s) không thể lớn hơn tổng số văn bản đi (%(whole)s) (HG-11.2).")),
        ("received_electronic", "received_total",
         gettext("Số văn bản đến điện tử (%(part)s) không thể lớn hơn tổng số văn bản đến (%(whole)s) (HG-11.2).")),
    )  # fmt: skip
    for part, whole, message in too_many:
        if get(part) is not None and get(whole) is not None and get(part) > get(whole):
            errors.append(message % {"part": get(part), "whole": get(whole)})
    return errors
