"""Per-site settings edited in the admin: the portal's name, the contact block and the reuse notice."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def default_portal_name() -> str:
    """A new site's name: what the regulation calls it (``site.kind``), "Cổng Thông tin điện tử" or, for an
    office's website (KT-1.1), "Trang thông tin điện tử"."""
    from cong.core.profiles import OPTION_LABELS, get_profile

    return OPTION_LABELS[get_profile()["site.kind"]]


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Thông tin chung của Cổng: tên, cơ quan chủ quản, khối liên hệ (BK-3.3.h, LC-9.1.l), chân trang
    (TT32-16) và lời yêu cầu ghi nguồn khi phát hành lại thông tin (BK-12.2)."""

    portal_name = models.CharField(_("Tên Cổng"), max_length=255, default=default_portal_name)
    portal_name_en = models.CharField(
        _("Tên Cổng bằng tiếng Anh"),
        max_length=255,
        blank=True,
        help_text=_("Hiển thị trên các trang tiếng Anh (/en/), ví dụ “Hoa Son Provincial Portal”."),
    )
    agency_name = models.CharField(
        _("Tên đầy đủ cơ quan"),
        max_length=255,
        blank=True,
        help_text=_("Hiển thị ở đầu trang, ví dụ “Ủy ban nhân dân tỉnh …”."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Quốc huy / biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    operator = models.CharField(_("Cơ quan chủ quản / đơn vị vận hành"), max_length=255, blank=True)
    person_responsible = models.CharField(_("Người chịu trách nhiệm chính"), max_length=255, blank=True)
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=64, blank=True)
    fax = models.CharField(_("Fax"), max_length=64, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    copyright = models.CharField(_("Bản quyền"), max_length=255, blank=True)
    attribution_notice = models.CharField(
        _("Yêu cầu ghi nguồn"),
        max_length=500,
        blank=True,
        help_text=_("Ví dụ: Ghi rõ nguồn “Theo Cổng TTĐT tỉnh …” khi phát hành lại thông tin từ Cổng này."),
    )
    online_services_url = models.URLField(
        _("Địa chỉ Cổng dịch vụ công trực tuyến"),
        blank=True,
        help_text=_("Mục “Dịch vụ công trực tuyến” trên thanh menu dẫn tới địa chỉ này."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("portal_name"),
                FieldPanel("portal_name_en"),
                FieldPanel("agency_name"),
                FieldPanel("logo"),
                FieldPanel("operator"),
            ],
            heading=_("Tên và biểu trưng"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("person_responsible"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
            ],
            heading=_("Thông tin liên hệ"),
        ),
        MultiFieldPanel(
            [FieldPanel("copyright"), FieldPanel("attribution_notice"), FieldPanel("online_services_url")],
            heading=_("Chân trang"),
        ),
    ]

    select_related = ["logo"]

    @classmethod
    def for_site(cls, site):
        """Wagtail's ``for_site`` (the site's settings, made the first time they are asked) with its query's
        statement compiled once a process (``cong.core.compiled``): asked on every public page."""
        if site is not None and site.pk is not None:
            from cong.core import compiled

            found = compiled.fetch(
                cls,
                ("site_settings", cls._meta.label, site.pk),
                lambda: cls.base_queryset().filter(site_id=site.pk)[:1],
            )
            if found:
                return found[0]
        return super().for_site(site)

    @property
    def display_name(self) -> str:
        """The portal's name in the language of the page: its English name on English pages, where set."""
        if get_language() == "en" and self.portal_name_en:
            return self.portal_name_en
        return self.portal_name

    class Meta:
        verbose_name = _("Thông tin chung của Cổng")
        verbose_name_plural = _("Thông tin chung của Cổng")

    def __str__(self):
        return self.portal_name

    def clean(self):
        """The main site may not call itself the other kind of site than its regulation says (site.kind)."""
        super().clean()
        from cong.core.profiles import OPTION_LABELS, get_profile

        if not (self.site_id and self.site.is_default_site):
            return  # member portals are named by member_portals.term
        param = get_profile().param("site.kind")
        expected = OPTION_LABELS[param.value]
        for kind in ("provincial_portal", "office_website"):
            other = OPTION_LABELS[kind]
            if kind != param.value and self.portal_name.strip().casefold().startswith(other.casefold()):
                raise ValidationError(
                    {
                        "portal_name": _(
                            "Theo quy chế (%(source)s), đây là «%(expected)s»: tên không được bắt đầu bằng "
                            "«%(other)s»."
                        )
                        % {"source": param.source, "expected": expected, "other": other}
                    }
                )
