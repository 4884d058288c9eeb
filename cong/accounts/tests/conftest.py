"""Fixtures of the account-policy tests: the policy switched on (it is off for other apps' tests)."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "Mat-khau-Manh-2026"


@pytest.fixture
def enforced(settings):
    """Production behaviour: two-factor, password change, idle timeout, axes lockout and rate limits."""
    settings.CONG_ENFORCE_ACCOUNT_POLICY = True
    settings.AXES_ENABLED = True
    settings.CONG_RATE_LIMITS = True
    cache.clear()
    yield settings
    cache.clear()


def make_user(django_user_model, username, *, perms=(), superuser=False, changed=True, **extra):
    from cong.accounts.models import AccountSecurity

    create = (
        django_user_model.objects.create_superuser if superuser else django_user_model.objects.create_user
    )
    user = create(username=username, password=PASSWORD, email=f"{username}@thunghiem.gov.vn", **extra)
    if not superuser:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for perm in perms:
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    if changed:  # as if the owner had already replaced the initial password
        AccountSecurity.objects.filter(user=user).update(must_change_password=False)
    return django_user_model.objects.get(pk=user.pk)


def confirmed_device(user):
    return TOTPDevice.objects.create(user=user, name="Điện thoại", confirmed=True)


def code(device) -> str:
    return str(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)).zfill(
        device.digits
    )


def verify(client, device):
    response = client.post(
        "/quan-tri/bao-mat/xac-thuc-hai-buoc/", {"token": code(device), "next": "/quan-tri/"}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return response
