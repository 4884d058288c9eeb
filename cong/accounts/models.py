"""Records of the account policy: when each password was set, the ones used before, privacy requests."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountSecurity(models.Model):
    """Trạng thái an toàn của tài khoản: password age, forced change, opt-in two-factor.

    One row per user, created on first need (``security_of(user)``). ``must_change_password`` is set for a
    new account and after an administrator sets a password for someone else (LC-16.3: change at first login).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Tài khoản"),
        on_delete=models.CASCADE,
        related_name="security",
    )
    password_changed_at = models.DateTimeField(_("Đổi mật khẩu lần cuối"), null=True, blank=True)
    must_change_password = models.BooleanField(_("Phải đổi mật khẩu khi đăng nhập"), default=True)
    two_factor_opt_in = models.BooleanField(
        _("Tự chọn xác thực hai bước"),
        default=False,
        help_text=_("Tài khoản quản trị và kiểm duyệt luôn phải dùng xác thực hai bước."),
    )

    class Meta:
        verbose_name = _("Trạng thái an toàn tài khoản")
        verbose_name_plural = _("Trạng thái an toàn tài khoản")

    def __str__(self):
        return str(self.user)


class PasswordHistory(models.Model):
    """Lịch sử mật khẩu: the hashes of earlier passwords, so that none of the last few is reused."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="password_history"
    )
    password = models.CharField(max_length=128)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("Mật khẩu đã dùng")
        verbose_name_plural = _("Mật khẩu đã dùng")

    def __str__(self):
        return f"{self.user} – {self.created_at:%d/%m/%Y}"


class PersonalDataRequest(models.Model):
    """Yêu cầu về dữ liệu cá nhân (TT25-7): a person asked to see or erase their data; what was done."""

    class Kind(models.TextChoices):
        EXPORT = "export", _("Trích xuất dữ liệu")
        ERASE = "erase", _("Xoá dữ liệu")

    kind = models.CharField(_("Loại yêu cầu"), max_length=16, choices=Kind.choices)
    subject = models.CharField(
        _("Người yêu cầu (thư điện tử hoặc số điện thoại)"), max_length=255, db_index=True
    )
    counts = models.JSONField(_("Số bản ghi theo nguồn"), default=dict)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người xử lý"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("Thời điểm xử lý"), auto_now_add=True)

    class Meta:
        ordering = ["-handled_at"]
        verbose_name = _("Yêu cầu về dữ liệu cá nhân")
        verbose_name_plural = _("Yêu cầu về dữ liệu cá nhân")
        permissions = [
            (
                "handle_personal_data_requests",
                _("Tra cứu, trích xuất, xoá dữ liệu cá nhân theo yêu cầu (kiểm soát dữ liệu cá nhân)"),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.subject}"
