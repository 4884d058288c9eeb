"""Wagtail's user screens (/quan-tri/users/), scoped to the administrator's account scope.

The forms themselves refuse what the scope does not allow, so a hand-made POST gets no further than the
screen: ``is_superuser`` is not a field unless a superuser edits; the group choices are the scope's
groups (any other id fails validation); an account outside the scope is not found (404). Every other
screen of one account (history, usage) is refused by the account-admin guard in ``middleware``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from .scope import PORTAL, account_scope


class ScopedUserFormMixin:
    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        if not scope.grants_superuser:
            self.fields.pop("is_superuser", None)
        groups = self.fields["groups"]
        groups.queryset = scope.groups()
        if scope.level == PORTAL:
            groups.required = True
            groups.help_text = _("Chỉ các nhóm biên tập, kiểm duyệt của cổng thành viên do bạn quản trị.")
        groups.error_messages = {
            **groups.error_messages,
            "invalid_choice": _("Nhóm quyền %(value)s nằm ngoài phạm vi bạn được cấp."),
            "required": _("Hãy chọn ít nhất một nhóm quyền của cổng thành viên."),
        }

    def clean_is_superuser(self):
        value = self.cleaned_data.get("is_superuser", False)
        if value and not self.scope.grants_superuser:  # the field is removed; kept as a second lock
            raise ValidationError(_("Chỉ quản trị hệ thống được cấp quyền quản trị toàn hệ thống."))
        return value

    def _save_m2m(self):
        # Groups this administrator may not give are not theirs to take away either.
        kept = list(self.instance.groups.exclude(pk__in=self.scope.groups().values("pk")))
        super()._save_m2m()
        self.instance.groups.add(*kept)


class ScopedUserCreationForm(ScopedUserFormMixin, UserCreationForm):
    pass


class ScopedUserEditForm(ScopedUserFormMixin, UserEditForm):
    pass


class ScopedFormViewMixin:
    def get_queryset(self):
        return account_scope(self.request.user).users()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "scope": account_scope(self.request.user)}


class IndexView(users.IndexView):
    def get_base_queryset(self):
        scoped = account_scope(self.request.user).users().values("pk")
        return super().get_base_queryset().filter(pk__in=scoped)


class CreateView(ScopedFormViewMixin, users.CreateView):
    def save_instance(self):
        user = super().save_instance()
        scope = account_scope(self.request.user)
        if scope.level == PORTAL:
            scope.portal.adopt(user)  # the new account works for the portal's agency
        return user


class EditView(ScopedFormViewMixin, users.EditView):
    pass


class ScopedUserViewSet(users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return ScopedUserEditForm if for_update else ScopedUserCreationForm
