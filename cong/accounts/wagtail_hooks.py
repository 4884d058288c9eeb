"""Admin menu, URLs and audit actions of the account policy."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .audit import ACTIONS
from .policy import is_administrator


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    for action, label in ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path("bao-mat/xac-thuc-hai-buoc/", views.TwoFactorView.as_view(), name="accounts_two_factor"),
        path(
            "bao-mat/xac-thuc-hai-buoc/ma-qr.svg",
            views.TwoFactorQRView.as_view(),
            name="accounts_two_factor_qr",
        ),
        path("bao-mat/doi-mat-khau/", views.PasswordView.as_view(), name="accounts_password"),
        path("bao-mat/cua-toi/", views.MySecurityView.as_view(), name="accounts_mine"),
        path("bao-mat/tai-khoan/", views.AccountsSecurityView.as_view(), name="accounts_security"),
        path("bao-mat/nhat-ky/", views.AuditLogView.as_view(), name="accounts_audit_log"),
        path("bao-mat/nhat-ky/tai-ve.csv", views.AuditExportView.as_view(), name="accounts_audit_export"),
        path("bao-mat/du-lieu-ca-nhan/", views.PersonalDataView.as_view(), name="accounts_personal_data"),
    ]


class AdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_administrator(request.user)


@hooks.register("register_settings_menu_item")
def register_accounts_security_menu_item():
    return AdministratorMenuItem(
        _("An toàn tài khoản"), reverse("accounts_security"), icon_name="lock", order=610
    )


@hooks.register("register_settings_menu_item")
def register_audit_menu_item():
    return AdministratorMenuItem(
        _("Nhật ký kiểm tra"), reverse("accounts_audit_log"), icon_name="history", order=620
    )


class DataControllerMenuItem(MenuItem):
    def is_shown(self, request):
        from .scope import is_data_controller

        return is_data_controller(request.user)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return DataControllerMenuItem(
        _("Dữ liệu cá nhân theo yêu cầu"), reverse("accounts_personal_data"), icon_name="user", order=630
    )


@hooks.register("register_admin_menu_item")
def register_my_security_menu_item():
    return MenuItem(_("Bảo mật của tôi"), reverse("accounts_mine"), icon_name="key", order=9000)
