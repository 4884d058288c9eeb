"""The admin's sign-in form: Wagtail's, with the password field labelled (Wagtail 8.0 leaves it unlabelled,
so Django shows the field name "Password" in English, issue 16). Vietnamese ids, as every text of Cổng's."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    password = forms.CharField(
        label=_("Mật khẩu"),
        widget=forms.PasswordInput(attrs={"placeholder": _("Nhập mật khẩu")}),
        strip=False,
    )
