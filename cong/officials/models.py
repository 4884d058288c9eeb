"""People of the administration and what they say: leaders (lãnh đạo, LC-10.1.a), the officials' directory
(danh bạ, BK-3.3.g, LC-9.1.k), spokespersons and their statements (người phát ngôn, phát ngôn và thông tin báo
chí, LC-9.2, HG-2.3.b, HG-8.3), commendations and sanctions of organisations (khen thưởng, xử lý vi phạm,
BK-3.3.c).

Every record is a ``RegisterRecord``: drafted and published through Wagtail's revisions, owned by an agency
(empty: the provincial portal's own), searched without diacritics through ``search_folded``. What a clause
requires of a record is checked by ``problems()``; the admin form (``clean``) and the actions
(``cong.officials.actions``) refuse the same records with the same Vietnamese message naming the clause.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from cong.core.profiles import get_profile
from cong.core.text import nfc
from cong.registers.models import RegisterRecord

PHONE_OR_FAX = _("Cần ít nhất số điện thoại hoặc số fax (LC-9.1.k)")

# The spokesperson's fields a profile may require (spokesperson.fields), as the refusal names them.
SPOKESPERSON_FIELDS = {
    "name": _("họ và tên"),
    "position": _("chức vụ"),
    "phone": _("số điện thoại"),
    "email": _("thư điện tử"),
}


def _tidy(record, *names: str) -> None:
    """One line of NFC text in each named field (what people paste from Word keeps its odd spaces)."""
    for name in names:
        setattr(record, name, " ".join(nfc(getattr(record, name) or "").split()))


class OfficialsRecord(RegisterRecord):
    """What the records of this app share: ``problems()`` is what keeps a record off the portal."""

    class Meta:
        abstract = True

    def problems(self) -> list[str]:
        """The Vietnamese refusals of this record as it stands (empty: it may be saved and published)."""
        return []

    def clean(self):
        super().clean()
        problems = self.problems()
        if problems:
            raise ValidationError(problems)


# --- Leaders -------------------------------------------------------------------------------------------


class Leader(OfficialsRecord):
    """Lãnh đạo (LC-10.1.a): the province's (or an agency's) leaders, listed in ``order``, with portrait,
    biography (tiểu sử), duties (phân công nhiệm vụ) and term (nhiệm kỳ)."""

    name = models.CharField(_("họ và tên"), max_length=120)
    position = models.CharField(_("chức vụ"), max_length=200)
    order = models.PositiveIntegerField(
        _("thứ tự"), default=100, help_text=_("Số nhỏ đứng trước: Chủ tịch, rồi các Phó Chủ tịch…")
    )
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh chân dung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = models.TextField(_("tiểu sử"), blank=True, help_text=_("Mỗi đoạn cách nhau một dòng trống."))
    duties = models.TextField(
        _("phân công nhiệm vụ"),
        blank=True,
        help_text=_("Lĩnh vực, cơ quan, địa bàn được phân công phụ trách."),
    )
    term = models.CharField(_("nhiệm kỳ"), max_length=60, blank=True, help_text=_("Ví dụ: 2021–2026."))

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("order"), FieldPanel("term")]),
        FieldPanel("agency"),
        FieldPanel("portrait"),
        FieldPanel("duties"),
        FieldPanel("biography"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["order", "name", "pk"]
        verbose_name = _("lãnh đạo")
        verbose_name_plural = _("lãnh đạo")
        indexes = [models.Index(fields=["live", "order"])]

    def __str__(self) -> str:
        return f"{self.name} – {self.position}" if self.position else self.name

    def get_absolute_url(self) -> str:
        return reverse("officials:leader", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [self.name, self.position, self.duties, self.term]

    def save(self, *args, **kwargs):
        _tidy(self, "name", "position", "term")
        super().save(*args, **kwargs)


# --- Officials' directory ------------------------------------------------------------------------------


class Official(OfficialsRecord):
    """Danh bạ (BK-3.3.g, LC-9.1.k): an official's name, position, unit, official e-mail and at least one of
    phone and fax. Everything here is public: the directory, its vCard and the API show the same fields."""

    name = models.CharField(_("họ và tên"), max_length=120)
    position = models.CharField(_("chức vụ"), max_length=200)
    unit = models.CharField(
        _("đơn vị"), max_length=200, blank=True, help_text=_("Phòng, ban hoặc đơn vị trong cơ quan (nếu có).")
    )
    email = models.EmailField(_("thư điện tử công vụ"))
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    fax = models.CharField("fax", max_length=40, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=100)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("agency"), FieldPanel("unit")]),
        MultiFieldPanel(
            [FieldPanel("email"), FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")])],
            heading=_("Liên hệ (LC-9.1.k: thư điện tử công vụ và ít nhất điện thoại hoặc fax)"),
        ),
        FieldPanel("order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["order", "name", "pk"]
        verbose_name = _("cán bộ trong danh bạ")
        verbose_name_plural = _("danh bạ")
        indexes = [models.Index(fields=["live", "order", "name"])]

    def __str__(self) -> str:
        return f"{self.name} – {self.position}" if self.position else self.name

    def get_absolute_url(self) -> str:
        return reverse("officials:official", args=[self.pk])

    def get_vcard_url(self) -> str:
        return reverse("officials:official-vcard", args=[self.pk])

    def search_parts(self) -> list[str]:
        agency = self.agency.name if self.agency_id and self.agency else ""
        return [self.name, self.position, self.unit, agency, self.email]

    def problems(self) -> list[str]:
        return [] if (self.phone or "").strip() or (self.fax or "").strip() else [str(PHONE_OR_FAX)]

    def save(self, *args, **kwargs):
        _tidy(self, "name", "position", "unit", "phone", "fax")
        self.email = (self.email or "").strip()
        super().save(*args, **kwargs)


# --- Spokespersons and statements ---------------------------------------------------------------------


def spokesperson_refusal(record) -> str:
    """«Thiếu … của người phát ngôn (clause)» for the fields ``spokesperson.fields`` requires and the record
    lacks; empty when it has them all. The clause is the profile's source of the key (ND43-10.k, LC-9.2…)."""
    param = get_profile().param("spokesperson.fields")
    missing = [
        str(SPOKESPERSON_FIELDS[name]) for name in param.value if not (getattr(record, name) or "").strip()
    ]
    if not missing:
        return ""
    return gettext("Thiếu %(fields)s của người phát ngôn (%(clause)s)") % {
        "fields": ", ".join(missing),
        "clause": param.source,
    }


class Spokesperson(OfficialsRecord):
    """Người phát ngôn (LC-9.2, HG-2.3.b): each agency's spokesperson, shown on its portal with the fields
    the profile requires (``spokesperson.fields``: name, position, phone, e-mail)."""

    name = models.CharField(_("họ và tên"), max_length=120, blank=True)
    position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    note = models.CharField(
        _("ghi chú"), max_length=300, blank=True, help_text=_("Ví dụ: quyết định giao nhiệm vụ phát ngôn.")
    )

    panels = [
        FieldPanel("agency"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("note"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["agency__name", "name", "pk"]
        verbose_name = _("người phát ngôn")
        verbose_name_plural = _("người phát ngôn")

    def __str__(self) -> str:
        where = self.agency.name if self.agency_id and self.agency else gettext("Ủy ban nhân dân tỉnh")
        return f"{self.name or gettext('Người phát ngôn')} ({where})"

    def get_absolute_url(self) -> str:
        return reverse("officials:spokesperson", args=[self.pk])

    def search_parts(self) -> list[str]:
        agency = self.agency.name if self.agency_id and self.agency else ""
        return [self.name, self.position, agency]

    def problems(self) -> list[str]:
        refusal = spokesperson_refusal(self)
        return [refusal] if refusal else []

    def save(self, *args, **kwargs):
        _tidy(self, "name", "position", "phone")
        self.email = (self.email or "").strip()
        super().save(*args, **kwargs)


class Statement(OfficialsRecord):
    """Phát ngôn và thông tin báo chí (LC-9.2, HG-8.3): a statement or press release (thông cáo báo chí),
    dated and signed, given by an agency's spokesperson; its agency is the spokesperson's."""

    class Kind(models.TextChoices):
        STATEMENT = "statement", _("Phát ngôn, cung cấp thông tin")
        PRESS_RELEASE = "press_release", _("Thông cáo báo chí")

    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.STATEMENT)
    title = models.CharField(_("tiêu đề"), max_length=300)
    issued_on = models.DateField(_("ngày phát ngôn, ban hành"))
    signer = models.CharField(_("người ký"), max_length=120)
    spokesperson = models.ForeignKey(
        Spokesperson,
        verbose_name=_("người phát ngôn"),
        on_delete=models.PROTECT,
        related_name="statements",
    )
    summary = models.TextField(_("tóm tắt"), blank=True)
    body = models.TextField(_("nội dung"), help_text=_("Mỗi đoạn cách nhau một dòng trống."))
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp đính kèm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("issued_on")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("spokesperson"), FieldPanel("signer")]),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("file"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("phát ngôn, thông cáo báo chí")
        verbose_name_plural = _("phát ngôn, thông cáo báo chí")
        indexes = [models.Index(fields=["live", "issued_on"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("officials:statement", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [self.title, self.signer, self.summary, self.body]

    def problems(self) -> list[str]:
        problems = []
        if not (self.signer or "").strip():
            problems.append(gettext("Phát ngôn, thông cáo báo chí phải có người ký (HG-8.3)."))
        if self.issued_on is None:
            problems.append(gettext("Phát ngôn, thông cáo báo chí phải ghi ngày (HG-8.3)."))
        if not self.spokesperson_id:
            problems.append(gettext("Hãy chọn người phát ngôn của cơ quan (LC-9.2)."))
        return problems

    def save(self, *args, **kwargs):
        _tidy(self, "title", "signer")
        if self.spokesperson_id:
            self.agency_id = self.spokesperson.agency_id  # the spokesperson speaks for their agency
        super().save(*args, **kwargs)


# --- Commendations and sanctions ----------------------------------------------------------------------


class Commendation(OfficialsRecord):
    """Khen thưởng, xử lý vi phạm (BK-3.3.c): a dated decision commending or sanctioning an organisation or
    enterprise, with its number, deciding body, content and file."""

    class Kind(models.TextChoices):
        COMMENDATION = "commendation", _("Khen thưởng")
        SANCTION = "sanction", _("Xử lý vi phạm")

    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.COMMENDATION)
    organisation = models.CharField(_("tổ chức, doanh nghiệp"), max_length=300)
    decision_number = models.CharField(_("số quyết định"), max_length=80)
    decided_on = models.DateField(_("ngày quyết định"))
    deciding_body = models.CharField(_("cơ quan quyết định"), max_length=300)
    content = models.TextField(_("nội dung"))
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp quyết định"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("decided_on")]),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("decision_number"), FieldPanel("deciding_body")]),
        FieldPanel("agency"),
        FieldPanel("content"),
        FieldPanel("file"),
    ]
    search_fields = [
        index.SearchField("organisation"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["-decided_on", "-pk"]
        verbose_name = _("khen thưởng, xử lý vi phạm")
        verbose_name_plural = _("khen thưởng, xử lý vi phạm")
        indexes = [models.Index(fields=["live", "decided_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.organisation} ({self.decision_number})"

    def get_absolute_url(self) -> str:
        return reverse("officials:commendation", args=[self.pk])

    def search_parts(self) -> list[str]:
        return [self.organisation, self.decision_number, self.deciding_body, self.content]

    def save(self, *args, **kwargs):
        _tidy(self, "organisation", "decision_number", "deciding_body")
        super().save(*args, **kwargs)
