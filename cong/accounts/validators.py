"""Password rules (quy tắc mật khẩu) added to Django's: mixed character classes, no reuse (ND85-9, TCVN 11930)."""

from __future__ import annotations

import string

from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length rule with its message in Vietnamese: Django's Vietnamese catalogue lacks the
    current wording of this one message, so it showed in English."""

    def get_error_message(self):
        return f"Mật khẩu quá ngắn: phải có ít nhất {self.min_length} ký tự."

    def get_help_text(self):
        return f"Mật khẩu phải có ít nhất {self.min_length} ký tự."


class CharacterClassesValidator:
    """A strong password has a lowercase letter, an uppercase letter, a digit and a symbol."""

    CLASSES = (
        ("chữ thường", lambda c: c.islower()),
        ("chữ hoa", lambda c: c.isupper()),
        ("chữ số", lambda c: c.isdigit()),
        ("ký tự đặc biệt", lambda c: c in string.punctuation or c == " " or not c.isalnum()),
    )

    def validate(self, password, user=None):
        missing = [name for name, test in self.CLASSES if not any(test(c) for c in password)]
        if missing:
            raise ValidationError(
                "Mật khẩu phải có ít nhất một %(missing)s.",
                code="password_character_classes",
                params={"missing": ", một ".join(missing)},
            )

    def get_help_text(self):
        return "Mật khẩu phải có chữ thường, chữ hoa, chữ số và ký tự đặc biệt."


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
                "Không được dùng lại mật khẩu hiện tại hoặc %(keep)d mật khẩu gần nhất.",
                code="password_reused",
                params={"keep": keep},
            )

    def get_help_text(self):
        return f"Không dùng lại {settings.CONG_PASSWORD_HISTORY} mật khẩu gần nhất."
