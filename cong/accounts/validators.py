"""Password rules (quy tắc mật khẩu) added to Django's: mixed character classes, no reuse (ND85-9, TCVN 11930)."""

from __future__ import annotations

import string

from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length rule with its message in Vietnamese: Django's Vietnamese catalogue lacks the
    current wording of this one message, so it showed in English."""

    def get_error_message(self):
        return _("Mật khẩu quá ngắn: phải có ít nhất %(min_length)s ký tự.") % {"min_length": self.min_length}

    def get_help_text(self):
        return _("Mật khẩu phải có ít nhất %(min_length)s ký tự.") % {"min_length": self.min_length}


class CharacterClassesValidator:
    """A strong password has a lowercase letter, an uppercase letter, a digit and a symbol."""

    CLASSES = (
        (gettext_lazy("chữ thường"), lambda c: c.islower()),
        (gettext_lazy("chữ hoa"), lambda c: c.isupper()),
        (gettext_lazy("chữ số"), lambda c: c.isdigit()),
        (gettext_lazy("ký tự đặc biệt"), lambda c: c in string.punctuation or c == " " or not c.isalnum()),
    )

    def validate(self, password, user=None):
        missing = [name for name, test in self.CLASSES if not any(test(c) for c in password)]
        if missing:
            raise ValidationError(
                _("Mật khẩu phải có ít nhất một %(missing)s."),
                code="password_character_classes",
                params={"missing": _(", một ").join(str(name) for name in missing)},
            )

    def get_help_text(self):
        return _("Mật khẩu phải có chữ thường, chữ hoa, chữ số và ký tự đặc biệt.")


class PasswordHistoryValidator:
    """No reuse of the current password nor of the last ``CONG_PASSWORD_HISTORY`` ones."""

    def validate(self, password, user=None):
        if user is None or user.pk is None:
            return
        from .models import PasswordHistory

        keep = settings.CONG_PASSWORD_HISTORY
        hashes = [user.password] + list(
            PasswordHistory.objects.filter(user=user).values_list("password", flat=True)[:keep]
        )
        if any(encoded and check_password(password, encoded) for encoded in hashes):
            raise ValidationError(
                _("Không được dùng lại mật khẩu hiện tại hoặc %(keep)d mật khẩu gần nhất."),
                code="password_reused",
                params={"keep": keep},
            )

    def get_help_text(self):
        return _("Không dùng lại %(keep)s mật khẩu gần nhất.") % {"keep": settings.CONG_PASSWORD_HISTORY}
