"""Demo accounts' security: every registered demo account (data/users.toml) that the other parts created
gets the shared authenticator, so that two-factor sign-in works in the demo exactly as in production, and
its printed password counts as already changed (no forced change at first login). Production never
relaxes."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from cong.accounts.models import AccountSecurity

from .users import DEMO_DEVICE_NAME, DEMO_TOTP_KEY, DEMO_TOTP_SECRET, DEMO_USERS


def load(now: dt.datetime, say) -> None:
    usernames = [user.username for user in DEMO_USERS]
    accounts = get_user_model().objects.filter(is_active=True, username__in=usernames)
    for user in accounts:
        AccountSecurity.objects.update_or_create(
            user=user, defaults={"must_change_password": False, "password_changed_at": now}
        )
        if not TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME, confirmed=True).exists():
            TOTPDevice.objects.filter(user=user).delete()
            TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, key=DEMO_TOTP_KEY, confirmed=True)
    if accounts:
        issuer = quote("Cổng demo")  # i18n: data (the name in the authenticator)
        uri = f"otpauth://totp/{issuer}:quantri?secret={DEMO_TOTP_SECRET}&issuer={issuer}"
        say(
            _(
                "Xác thực hai bước (quản trị, kiểm duyệt) — mọi tài khoản mẫu dùng chung mã bí mật TOTP "
                "%(secret)s: thêm vào ứng dụng xác thực bằng %(uri)s hoặc lấy mã bằng: oathtool --totp -b %(secret)s"
            )
            % {"secret": DEMO_TOTP_SECRET, "uri": uri}
        )
