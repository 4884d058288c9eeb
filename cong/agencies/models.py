"""Agencies (cơ quan, đơn vị) of the province and the member portal each may run."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class Agency(index.Indexed, models.Model):
    """Cơ quan: a department, board, district People's Committee, commune, mass organisation or the Office."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Sở, ngành")
        BOARD = "board", _("Ban, cơ quan ngang sở")
        DISTRICT = "district", _("UBND huyện, thị xã, thành phố")
        COMMUNE = "commune", _("UBND xã, phường, thị trấn")
        MASS_ORGANISATION = "mass_organisation", _("Tổ chức chính trị – xã hội")
        OFFICE = "office", _("Văn phòng UBND tỉnh")
        OTHER = "other", _("Đơn vị khác")

    name = models.CharField(_("Tên cơ quan"), max_length=255, unique=True)
    code = models.SlugField(
        _("Mã viết tắt"),
        max_length=40,
        unique=True,
        help_text=_("Chữ thường không dấu, dùng làm tên miền của cổng thành viên, ví dụ “sotttt”."),
    )
    kind = models.CharField(_("Loại"), max_length=32, choices=Kind.choices, default=Kind.DEPARTMENT)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Cơ quan cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=64, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    head = models.CharField(_("Thủ trưởng"), max_length=255, blank=True)
    has_member_portal = models.BooleanField(_("Có cổng thành viên"), default=False)
    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name=_("Cổng thành viên"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agency",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("code"), FieldPanel("kind"), FieldPanel("parent")],
            heading=_("Cơ quan"),
        ),
        MultiFieldPanel(
            [FieldPanel("head"), FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Liên hệ"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("code")]

    class Meta:
        verbose_name = _("Cơ quan")
        verbose_name_plural = _("Cơ quan, đơn vị")
        ordering = ["name"]
        permissions = [
            ("administer_portal", _("Quản trị Cổng (cấp quản trị)")),
            ("moderate_content", _("Kiểm duyệt nội dung (cấp kiểm duyệt)")),
            ("update_content", _("Cập nhật nội dung (cấp cập nhật)")),
            (
                "admit_member_portal",
                _("Chấp thuận tích hợp cổng thành viên (Trưởng, Phó Trưởng Ban Biên tập)"),
            ),
        ]

    def __str__(self):
        return self.name


class AgencyStaff(models.Model):
    """Cán bộ của cơ quan: links a staff account to the agency it works for.

    Routing (questions to an agency, submissions from an agency) and member-portal permissions ask this
    record which agency a user acts for. Agency roles are not web roles: being a member portal's editor,
    moderator or administrator (a group) gives no right over the agency's citizens' questions. Those belong
    to the head (``is_head``, thủ trưởng: answers, delegates) and to the staff who handle questions
    (``handles_questions``, cán bộ xử lý hỏi – đáp); only they see the askers' personal data.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Tài khoản"),
        on_delete=models.CASCADE,
        related_name="agency_staff",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("Cơ quan"), on_delete=models.CASCADE, related_name="staff"
    )
    position = models.CharField(_("Chức vụ"), max_length=255, blank=True)
    is_head = models.BooleanField(_("Thủ trưởng cơ quan"), default=False)
    handles_questions = models.BooleanField(
        _("Cán bộ xử lý hỏi – đáp"),
        default=False,
        help_text=_(
            "Xem và xử lý câu hỏi, phản ánh chuyển đến cơ quan, kể cả thông tin cá nhân của người hỏi. "
            "Thủ trưởng cơ quan luôn có quyền này; vai trò trên cổng thành viên không kèm quyền này."
        ),
    )

    class Meta:
        verbose_name = _("Cán bộ cơ quan")
        verbose_name_plural = _("Cán bộ cơ quan")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} – {self.agency}"


def agency_of(user) -> Agency | None:
    """The agency ``user`` acts for, or None (provincial board staff, citizens)."""
    if not getattr(user, "is_authenticated", False):
        return None
    staff = AgencyStaff.objects.select_related("agency").filter(user=user).first()
    return staff.agency if staff else None


def agency_for_page(page) -> Agency | None:
    """The agency whose member portal holds ``page`` (None for the provincial portal's pages)."""
    step = 4  # treebeard's path step: each ancestor's path is a prefix of the page's
    ancestors = [page.path[:i] for i in range(step, len(page.path) + 1, step)]
    return Agency.objects.filter(site__root_page__path__in=ancestors).first()
