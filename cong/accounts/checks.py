"""The project's own deployment checks (``cong check --deploy``): production is secure by default, and
these say so loudly when a setting undoes it (BK-8.1, ST-17.4)."""

import os
import re

from django.conf import settings
from django.core.checks import Error, Info, Tags, Warning, register
from django.utils.translation import gettext as _


@register(Tags.security, deploy=True)
def check_account_policy(app_configs=None, **kwargs):
    problems = []
    if not settings.DEBUG and not settings.CONG_ENFORCE_ACCOUNT_POLICY:
        problems.append(
            Error(
                _("Chính sách tài khoản (xác thực hai bước, đổi mật khẩu, hết phiên) đang tắt khi DEBUG=0."),
                hint=_("Bỏ biến môi trường CONG_TESTING: biến này chỉ dùng khi chạy kiểm thử."),
                id="cong.E101",
            )
        )
    if not settings.AXES_ENABLED:
        problems.append(
            Error(
                _("Khoá tài khoản sau nhiều lần đăng nhập sai (django-axes) đang tắt."),
                hint=_("Bỏ CONG_TESTING / đặt AXES_ENABLED=1."),
                id="cong.E102",
            )  # fmt: skip
        )
    if settings.AUTHENTICATION_BACKENDS[0] != "axes.backends.AxesStandaloneBackend":
        problems.append(Error(_("django-axes phải là backend xác thực đầu tiên."), id="cong.E103"))
    required = {
        "django_otp.middleware.OTPMiddleware",
        "cong.accounts.middleware.AccountPolicyMiddleware",
        "cong.accounts.middleware.ContentSecurityPolicyMiddleware",
        "axes.middleware.AxesMiddleware",
    }
    missing = sorted(required - set(settings.MIDDLEWARE))
    if missing:
        problems.append(
            Error(_("Thiếu middleware an toàn: %(names)s.") % {"names": ", ".join(missing)}, id="cong.E104")
        )
    names = {item["NAME"] for item in settings.AUTH_PASSWORD_VALIDATORS}
    for validator in ("cong.accounts.validators.CharacterClassesValidator",
                      "cong.accounts.validators.PasswordHistoryValidator"):  # fmt: skip
        if validator not in names:
            problems.append(
                Warning(_("Thiếu quy tắc mật khẩu %(validator)s.") % {"validator": validator}, id="cong.W105")
            )
    if not settings.SESSION_COOKIE_HTTPONLY:
        problems.append(Warning(_("Cookie phiên phải là HttpOnly."), id="cong.W106"))
    if settings.CONG_SESSION_IDLE_MINUTES <= 0 or settings.CONG_SESSION_IDLE_MINUTES > 60:
        problems.append(
            Warning(_("Thời gian hết phiên khi không hoạt động nên từ 1 đến 60 phút."), id="cong.W107")
        )
    if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        problems.append(
            Info(
                _("Thư điện tử đang in ra màn hình: báo lỗi sao lưu sẽ không tới quản trị viên."),
                hint=_("Đặt EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend và EMAIL_HOST."),
                id="cong.I108",
            )  # fmt: skip
        )
    return problems


def declared_web_workers() -> int:
    """Worker processes gunicorn will start, as far as the environment says (WEB_CONCURRENCY, or
    ``--workers``/``-w`` in GUNICORN_CMD_ARGS); 0 when not declared."""
    match = re.search(r"(?:--workers[= ]|-w ?)(\d+)", os.environ.get("GUNICORN_CMD_ARGS", ""))
    value = match.group(1) if match else os.environ.get("WEB_CONCURRENCY", "")
    return int(value) if value.strip().isdecimal() else 0


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """Several web processes with a cache of their own: rate limits still hold (they are counted in the
    database), but each process has its own cache and the database carries every counter."""
    from cong.core.ratelimit import shared_cache_configured

    workers = declared_web_workers()
    if workers > 1 and not shared_cache_configured():
        return [
            Warning(
                _(
                    "Máy chủ web chạy %(workers)s tiến trình nhưng không có bộ nhớ đệm dùng chung: mỗi tiến trình "
                    "giữ bộ nhớ đệm riêng, bộ đếm giới hạn tần suất phải ghi vào cơ sở dữ liệu ở mỗi yêu cầu."
                )
                % {"workers": workers},
                hint=_("Cài Redis và đặt REDIS_URL=redis://… (xem README, mục triển khai)."),
                id="cong.W110",
            )
        ]
    return []


@register(Tags.database, deploy=True)
def check_database_privileges(app_configs=None, databases=None, **kwargs):
    """BK-8.1: the portal connects to PostgreSQL with its own least-privilege account, not a superuser.
    Runs only when ``--database default`` is given (Django does not touch the database otherwise)."""
    if not databases:
        return []
    from django.db import connections

    connection = connections["default"]
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        row = cursor.fetchone()
    if row and row[0]:
        return [
            Warning(
                _("Cổng kết nối PostgreSQL bằng tài khoản superuser."),
                hint=_("Tạo tài khoản riêng chỉ có quyền trên cơ sở dữ liệu của Cổng (BK-8.1)."),
                id="cong.W109",
            )  # fmt: skip
        ]
    return []
