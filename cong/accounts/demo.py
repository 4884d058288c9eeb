"""Demo accounts: every account the demo prints (its password is the printed demo password) gets a fixed
authenticator secret, so that two-factor sign-in works in the demo exactly as in production, and its
printed password counts as already changed (no forced change at first login). Production never relaxes."""

from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import AccountSecurity

# RFC 6238's published test key ("12345678901234567890"): fine for a demo, never for a real account.
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"
DEMO_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
DEMO_DEVICE_NAME = "Ứng dụng xác thực (dữ liệu mẫu)"


def demo_password() -> str:
    from cong.portal.demo import DEMO_ADMIN

    return DEMO_ADMIN["password"]


def load(command):
    password = demo_password()
    demo_users = [
        user for user in get_user_model().objects.filter(is_active=True) if user.check_password(password)
    ]
    for user in demo_users:
        AccountSecurity.objects.update_or_create(
            user=user, defaults={"must_change_password": False, "password_changed_at": timezone.now()}
        )
        if not TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME, confirmed=True).exists():
            TOTPDevice.objects.filter(user=user).delete()
            TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, key=DEMO_TOTP_KEY, confirmed=True)
    if demo_users:
        issuer = quote("Cổng demo")
        uri = f"otpauth://totp/{issuer}:quantri?secret={DEMO_TOTP_SECRET}&issuer={issuer}"
        command.stdout.write(
            f"Xác thực hai bước (quản trị, kiểm duyệt) — mọi tài khoản mẫu dùng chung mã bí mật TOTP "
            f"{DEMO_TOTP_SECRET}: thêm vào ứng dụng xác thực bằng {uri} "
            f"hoặc lấy mã bằng: oathtool --totp -b {DEMO_TOTP_SECRET}"
        )
