from django.apps import AppConfig
from django.utils.translation import gettext_lazy
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    """Tài khoản: password policy, two-factor sign-in, lockout, audit log, personal-data rights."""

    default = True  # this module also holds ScopedUsersConfig
    name = "cong.accounts"
    label = "accounts"
    verbose_name = gettext_lazy("Tài khoản và an toàn thông tin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from . import audit, checks, signals  # noqa: F401 - audit context, system checks, signal handlers
        from .permission_names import rename_permissions

        # After every app's permissions exist (Django creates them in its own post_migrate receiver).
        post_migrate.connect(rename_permissions, dispatch_uid="cong.accounts.rename_permissions")


class ScopedUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user screens, each administrator seeing and changing only the accounts of their scope
    (``cong.accounts.scope``): a member portal's administrator, only that portal's editors and moderators."""

    default = False
    user_viewset = "cong.accounts.users_admin.ScopedUserViewSet"
