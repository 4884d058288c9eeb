"""Account policy (chính sách tài khoản): who must use two-factor sign-in, when a password expires,
and the named actions that change an account — each writes its audit entry.

Numbers a regulation sets come from the profile: ``security.password_max_age`` (LC-16.3: 2 months) and
``security.force_change_first_login``. Cổng's own choices (history length, warning days, lockout) are
settings, read from the environment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cong.core.profiles import add_interval, get_profile

from .audit import record
from .models import AccountSecurity, PasswordHistory

ADMINISTER = "agencies.administer_portal"
MODERATE = "agencies.moderate_content"


def is_administrator(user) -> bool:
    """Cấp quản trị: a superuser or a holder of ``agencies.administer_portal`` (ST-8.3)."""
    return bool(
        user and user.is_authenticated and user.is_active and (user.is_superuser or user.has_perm(ADMINISTER))
    )


def requires_two_factor(user) -> bool:
    """Administrators and moderators always; other staff when they opted in on their own account."""
    if not (user and user.is_authenticated):
        return False
    if user.is_superuser or user.has_perm(ADMINISTER) or user.has_perm(MODERATE):
        return True
    return security_of(user).two_factor_opt_in


def security_of(user) -> AccountSecurity:
    """The account's security record; an account older than this app counts its password from joining."""
    try:
        return user.security
    except AccountSecurity.DoesNotExist:
        security, _ = AccountSecurity.objects.get_or_create(
            user=user, defaults={"password_changed_at": user.date_joined, "must_change_password": False}
        )
        user.security = security
        return security


@dataclass(frozen=True)
class PasswordState:
    """What the policy says about a password now: change it first, warn, or nothing."""

    must_change: bool
    reason: str  # "first_login", "expired", "" — shown on the change page
    expires_at: datetime | None
    warn: bool

    @property
    def days_left(self) -> int | None:
        if self.expires_at is None:
            return None
        return max(0, (self.expires_at - timezone.now()).days)


def password_state(user, now: datetime | None = None) -> PasswordState:
    now = now or timezone.now()
    if not user.has_usable_password():  # single sign-on accounts have no password here
        return PasswordState(False, "", None, False)
    security = security_of(user)
    if security.must_change_password and get_profile()["security.force_change_first_login"]:
        return PasswordState(True, "first_login", None, False)
    interval = get_profile()["security.password_max_age"]
    if not interval.value or security.password_changed_at is None:
        return PasswordState(False, "", None, False)
    expires_at = add_interval(security.password_changed_at, interval)
    if now >= expires_at:
        return PasswordState(True, "expired", expires_at, False)
    warn = expires_at - now <= timedelta(days=settings.CONG_PASSWORD_WARNING_DAYS)
    return PasswordState(False, "", expires_at, warn)


# --- Password bookkeeping (the named actions are in ``cong.accounts.actions``) ---------------------


def note_password_saved(user, *, created: bool) -> None:
    """Called after a user row with a new password hash is saved (any path: admin, command, own form)."""
    from .audit import current_request

    actor = getattr(user, "_password_set_by", None)
    request = getattr(user, "_audit_request", None) or current_request()
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    by_owner = actor is not None and actor.pk == user.pk and not created
    now = timezone.now()
    with transaction.atomic():
        security, _ = AccountSecurity.objects.get_or_create(user=user)
        security.password_changed_at = now
        security.must_change_password = (not by_owner) and user.has_usable_password()
        security.save()
        user.security = security
        if user.has_usable_password():
            PasswordHistory.objects.create(user=user, password=user.password)
            keep = settings.CONG_PASSWORD_HISTORY
            old = PasswordHistory.objects.filter(user=user).values_list("pk", flat=True)[keep:]
            PasswordHistory.objects.filter(pk__in=list(old)).delete()
    if not created:
        action = "cong.account.password_changed" if by_owner else "cong.account.password_set"
        record(user, action, user=actor, request=request)
    user._password_set_by = None
