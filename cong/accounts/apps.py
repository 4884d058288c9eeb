from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Tài khoản: password policy, two-factor sign-in, lockout, audit log, personal-data rights."""

    name = "cong.accounts"
    label = "accounts"
    verbose_name = "Tài khoản và an toàn thông tin"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import audit, checks, signals  # noqa: F401 - audit context, system checks, signal handlers
