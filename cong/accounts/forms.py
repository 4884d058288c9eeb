"""The admin's sign-in form: Wagtail's, with the password field labelled through the catalogue (Wagtail 8.0
leaves it unlabelled, so Django shows the field name "Password" in English, issue 16)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"placeholder": _("Enter password")}),
        strip=False,
    )
