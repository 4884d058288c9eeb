"""Every change of state of an account, one named function each (see cong/citizens/actions.py).

The views, commands and the admin call these; each checks nothing more than its caller already did
(the account screens are for administrators within their scope, ``MySecurityView`` for the owner), runs
in one transaction and writes its audit entry with the acting user and the client address.
``acting_user`` is keyword-only; ``None`` is the system (a command), recorded with no user.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from .audit import record
from .policy import security_of


@transaction.atomic
def change_password(user, raw_password: str, *, acting_user, request=None) -> None:
    """Đổi mật khẩu. By the owner: the account is in order again. By an administrator for someone else:
    the owner must change it at next login (LC-16.3). History and audit entry are written on save."""
    user.set_password(raw_password)
    user._password_set_by = acting_user
    user._audit_request = request
    user.save()


@transaction.atomic
def unlock_account(username: str, *, acting_user, request=None) -> int:
    """Mở khoá: clear the failed-login record of ``username`` (django-axes) so that it can sign in again."""
    from axes.utils import reset

    count = reset(username=username)
    target = get_user_model().objects.filter(username=username).first()
    if target is not None:
        record(
            target,
            "cong.account.unlocked",
            user=acting_user,
            request=request,
            data={"attempts_cleared": count},
        )
    return count


@transaction.atomic
def reset_two_factor(user, *, acting_user, request=None) -> int:
    """Đặt lại xác thực hai bước: remove the account's authenticator devices (lost phone); the owner
    sets up a new one at next sign-in."""
    from django_otp import devices_for_user

    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    record(
        user,
        "cong.account.two_factor_reset",
        user=acting_user,
        request=request,
        data={"devices": len(devices)},
    )
    return len(devices)


@transaction.atomic
def set_account_active(user, active: bool, *, acting_user, request=None) -> None:
    """Khoá/mở tài khoản: accounts are deactivated, never deleted (LC-16.4); the signal writes the entry."""
    user.is_active = active
    user._audit_request = request
    user._changed_by = acting_user
    user.save(update_fields=["is_active"])


@transaction.atomic
def require_password_change(user, *, acting_user, request=None) -> None:
    """Bắt đổi mật khẩu: the owner must change the password at next sign-in (LC-16.3)."""
    security = security_of(user)
    security.must_change_password = True
    security.save(update_fields=["must_change_password"])
    record(user, "cong.account.password_set", user=acting_user, request=request, data={"forced_change": True})


@transaction.atomic
def set_two_factor_opt_in(user, opt_in: bool, *, acting_user, request=None) -> bool:
    """Tự chọn xác thực hai bước: staff who need not use two-factor sign-in choose to (or stop).

    Returns whether anything changed; an unchanged choice writes no entry.
    """
    security = security_of(user)
    if security.two_factor_opt_in == opt_in:
        return False
    security.two_factor_opt_in = opt_in
    security.save(update_fields=["two_factor_opt_in"])
    record(
        user,
        "cong.account.two_factor_opt_in" if opt_in else "cong.account.two_factor_opt_out",
        user=acting_user,
        request=request,
        data={"two_factor_opt_in": opt_in},
    )
    return True


@transaction.atomic
def confirm_two_factor_device(device, *, acting_user, request=None) -> None:
    """Bật xác thực hai bước: the owner proved the new authenticator with a valid code; from now on the
    device is required at sign-in."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    record(device.user, "cong.account.two_factor_enabled", user=acting_user, request=request)
