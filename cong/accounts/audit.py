"""Nhật ký kiểm tra (audit log): who did what, when and from which address — on Wagtail's audit log.

Every log entry written while a request is being served gets the client's address in ``data["ip"]``,
whoever writes it (Wagtail's page publishing, another app's ``log()`` call, this app's login records).
``record()`` is the one call for writing an entry with a registered ``cong.*`` action.
"""

from __future__ import annotations

import contextvars
from datetime import timedelta

from django.conf import settings
from django.db.models.signals import pre_save
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from cong.core.client import client_address

_current_request: contextvars.ContextVar = contextvars.ContextVar("cong_current_request", default=None)

# Actions this app writes, with their Vietnamese label (registered through the register_log_actions hook).
ACTIONS = {
    "cong.login.success": gettext_lazy("Đăng nhập thành công"),
    "cong.login.failure": gettext_lazy("Đăng nhập thất bại"),
    "cong.logout": gettext_lazy("Đăng xuất"),
    "cong.session.expired": gettext_lazy("Hết phiên do không hoạt động"),
    "cong.account.created": gettext_lazy("Tạo tài khoản"),
    "cong.account.activated": gettext_lazy("Kích hoạt tài khoản"),
    "cong.account.deactivated": gettext_lazy("Khoá (vô hiệu hoá) tài khoản"),
    "cong.account.superuser_granted": gettext_lazy("Cấp quyền quản trị tối cao"),
    "cong.account.superuser_revoked": gettext_lazy("Thu hồi quyền quản trị tối cao"),
    "cong.account.password_changed": gettext_lazy("Tự đổi mật khẩu"),
    "cong.account.password_set": gettext_lazy("Đặt mật khẩu cho tài khoản"),
    "cong.account.groups_changed": gettext_lazy("Thay đổi nhóm quyền của tài khoản"),
    "cong.account.permissions_changed": gettext_lazy("Thay đổi quyền riêng của tài khoản"),
    "cong.account.locked": gettext_lazy("Tài khoản bị tạm khoá do đăng nhập sai nhiều lần"),
    "cong.account.unlocked": gettext_lazy("Mở khoá đăng nhập"),
    "cong.account.two_factor_enabled": gettext_lazy("Bật xác thực hai bước"),
    "cong.account.two_factor_verified": gettext_lazy("Xác thực hai bước thành công"),
    "cong.account.two_factor_failed": gettext_lazy("Xác thực hai bước thất bại"),
    "cong.account.two_factor_reset": gettext_lazy("Đặt lại xác thực hai bước"),
    "cong.account.two_factor_opt_in": gettext_lazy("Tự chọn dùng xác thực hai bước"),
    "cong.account.two_factor_opt_out": gettext_lazy("Thôi tự chọn xác thực hai bước"),
    "cong.group.created": gettext_lazy("Tạo nhóm quyền"),
    "cong.group.deleted": gettext_lazy("Xoá nhóm quyền"),
    "cong.group.permissions_changed": gettext_lazy("Thay đổi quyền của nhóm"),
    "cong.personal_data.export": gettext_lazy("Trích xuất dữ liệu cá nhân theo yêu cầu"),
    "cong.personal_data.erase": gettext_lazy("Xoá dữ liệu cá nhân theo yêu cầu"),
    "cong.personal_data.purge": gettext_lazy("Xoá dữ liệu cá nhân hết thời hạn lưu"),
    "cong.audit.export": gettext_lazy("Tải nhật ký kiểm tra"),
    "cong.audit.purge": gettext_lazy("Xoá bản ghi đăng nhập hết thời hạn lưu"),
}
# Login records pile up fastest and carry no content; only they are purged after the retention period.
PURGEABLE_ACTIONS = ("cong.login.success", "cong.login.failure", "cong.logout", "cong.session.expired")


def current_request():
    return _current_request.get()


def set_current_request(request):
    return _current_request.set(request)


def reset_current_request(token) -> None:
    _current_request.reset(token)


def unwrap(obj):
    """The real object behind request.user (django-otp wraps Django's lazy user in another lazy object)."""
    while isinstance(obj, LazyObject):
        if obj._wrapped is empty:
            obj._setup()
        obj = obj._wrapped
    return obj


def record(instance, action: str, *, user=None, data: dict | None = None, request=None):
    """Write one audit entry for ``instance``; ``data`` gets the client address and user agent."""
    request = request or current_request()
    instance = unwrap(instance)
    data = dict(data or {})
    if request is not None:
        data.setdefault("ip", client_address(request))
        data.setdefault("user_agent", request.META.get("HTTP_USER_AGENT", "")[:200])
        if user is None and getattr(request, "user", None) is not None and request.user.is_authenticated:
            user = request.user
    return log(instance, action, user=unwrap(user) if user is not None else None, data=data)


def _stamp_address(sender, instance, raw=False, **kwargs) -> None:
    """Add the client address to any log entry written during a request (BK-8.2.a: identified accessor)."""
    if raw or instance.pk:
        return
    request = current_request()
    if request is None:
        return
    data = instance.data if isinstance(instance.data, dict) else {}
    if "ip" not in data:
        instance.data = {**data, "ip": client_address(request)}


for _model in (ModelLogEntry, PageLogEntry):
    pre_save.connect(
        _stamp_address, sender=_model, dispatch_uid=f"cong.accounts.stamp_address.{_model.__name__}"
    )


def audit_retention() -> timedelta:
    """How long login records are kept: the profile's ``security.audit_retention`` or CONG_AUDIT_RETENTION_DAYS."""
    from cong.core.profiles import add_interval, get_profile

    param = get_profile().params.get("security.audit_retention")
    if param is not None and getattr(param.value, "value", 0):
        now = timezone.now()
        return add_interval(now, param.value) - now
    return timedelta(days=settings.CONG_AUDIT_RETENTION_DAYS)


def purge_audit_log(now=None) -> int:
    """Delete login records older than the retention period; every other entry is kept (ST-18.1)."""
    now = now or timezone.now()
    cutoff = now - audit_retention()
    deleted, _ = ModelLogEntry.objects.filter(action__in=PURGEABLE_ACTIONS, timestamp__lt=cutoff).delete()
    if deleted:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        if site is not None:
            record(site, "cong.audit.purge", data={"deleted": deleted, "before": cutoff.isoformat()})
    return deleted
