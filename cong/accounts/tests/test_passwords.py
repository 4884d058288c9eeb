"""LC-16.3 password life cycle: change at first login, expiry after the profile's interval, no reuse."""

import datetime as dt

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cong.accounts.actions import change_password
from cong.accounts.models import AccountSecurity, PasswordHistory
from cong.accounts.policy import password_state
from cong.core.profiles import Interval, add_interval, clear_profile_cache

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def change(client, old, new):
    return client.post(
        "/quan-tri/bao-mat/doi-mat-khau/",
        {"old_password": old, "new_password1": new, "new_password2": new, "next": "/quan-tri/"},
    )


def test_a_new_account_must_change_its_password_before_any_other_admin_page(
    client, enforced, django_user_model
):
    user = make_user(django_user_model, "bientap", changed=False)
    client.force_login(user)
    response = client.get("/quan-tri/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/quan-tri/bao-mat/doi-mat-khau/")
    page = client.get(response["Location"])
    assert "lần đăng nhập đầu tiên" in page.content.decode()

    refused = change(client, PASSWORD, "ngan")
    assert refused.status_code == 400
    assert client.get("/quan-tri/").status_code == 302  # still blocked

    assert change(client, PASSWORD, "Mat-khau-Moi-2026!").status_code == 302
    assert client.get("/quan-tri/").status_code == 200  # the session survived the change
    security = AccountSecurity.objects.get(user=user)
    assert security.must_change_password is False
    assert ModelLogEntry.objects.filter(
        action="cong.account.password_changed", object_id=str(user.pk)
    ).exists()


@pytest.mark.parametrize(("days_after", "forced"), [(-1, False), (1, True)])
def test_lai_chau_password_expires_two_calendar_months_after_the_last_change(
    client, enforced, django_user_model, days_after, forced
):
    """LC-16.3: security.password_max_age = 2 months (national: no limit, test below)."""
    enforced.CONG_PROFILE = "lai-chau"
    clear_profile_cache()
    user = make_user(django_user_model, "capnhat")
    changed_at = dt.datetime(2025, 12, 31, 9, 0, tzinfo=dt.UTC)
    AccountSecurity.objects.filter(user=user).update(password_changed_at=changed_at)
    user.refresh_from_db()
    expiry = dt.datetime(2026, 2, 28, 9, 0, tzinfo=dt.UTC)  # two calendar months, clamped to February
    assert add_interval(changed_at, Interval(2, "months")) == expiry
    state = password_state(user, now=expiry + dt.timedelta(days=days_after))
    assert state.must_change is forced
    assert state.reason == ("expired" if forced else "")
    if not forced:
        assert state.warn  # one day before expiry: warned, not blocked


def test_expired_password_redirects_and_warning_shows_before(client, enforced, django_user_model):
    enforced.CONG_PROFILE = "lai-chau"
    clear_profile_cache()
    user = make_user(django_user_model, "thuky")
    client.force_login(user)
    AccountSecurity.objects.filter(user=user).update(
        password_changed_at=timezone.now() - dt.timedelta(days=57)
    )
    page = client.get("/quan-tri/", follow=True)
    assert page.status_code == 200
    assert "Mật khẩu của bạn sẽ hết hạn" in page.content.decode()
    AccountSecurity.objects.filter(user=user).update(
        password_changed_at=timezone.now() - dt.timedelta(days=70)
    )
    response = client.get("/quan-tri/")
    assert response.status_code == 302 and "doi-mat-khau" in response["Location"]


def test_national_profile_sets_no_expiry(django_user_model, settings):
    settings.CONG_PROFILE = "national"
    clear_profile_cache()
    user = make_user(django_user_model, "khonghan")
    AccountSecurity.objects.filter(user=user).update(
        password_changed_at=timezone.now() - dt.timedelta(days=2000)
    )
    user.refresh_from_db()
    assert password_state(user).must_change is False


def test_strong_rules_and_no_reuse_of_recent_passwords(django_user_model):
    user = make_user(django_user_model, "lichsu")
    with pytest.raises(ValidationError, match="chữ hoa"):
        validate_password("mat-khau-chi-thuong-1", user)
    with pytest.raises(ValidationError, match="Không được dùng lại"):
        validate_password(PASSWORD, user)  # the current one
    passwords = [f"Lan-Thu-{i}-Manh!" for i in range(3)]
    for password in passwords:
        change_password(user, password, acting_user=user)
    with pytest.raises(ValidationError, match="Không được dùng lại"):
        validate_password(passwords[0], user)
    validate_password("Hoan-Toan-Moi-99!", user)
    assert PasswordHistory.objects.filter(user=user).count() <= 5


def test_password_set_by_an_administrator_must_be_changed_by_the_owner(django_user_model):
    admin = make_user(django_user_model, "quantri", superuser=True)
    user = make_user(django_user_model, "nguoidung")
    change_password(user, "Quan-Tri-Dat-2026!", acting_user=admin)
    assert AccountSecurity.objects.get(user=user).must_change_password is True
    entry = ModelLogEntry.objects.get(action="cong.account.password_set", object_id=str(user.pk))
    assert entry.user_id == admin.pk


def test_a_password_set_by_an_administrator_is_forced_only_where_the_profile_says(
    django_user_model, settings, tmp_path
):
    """security.force_change_first_login (ND85-9, LC-16.3): on, the owner must change a password an
    administrator set; off in a temporary profile, the same account is let in."""
    from cong.core.tests.test_profiles import write_province

    admin = make_user(django_user_model, "quantri2", superuser=True)
    user = make_user(django_user_model, "nguoidung2")
    change_password(user, "Quan-Tri-Dat-2026!", acting_user=admin)
    settings.CONG_PROFILE = "lai-chau"
    assert password_state(user).must_change and password_state(user).reason == "first_login"
    path = write_province(
        tmp_path,
        'parent = "national"\n[security]\n'
        'force_change_first_login = { value = false, source = "default", note = "Thử." }\n',
    )
    settings.CONG_PROFILE = str(path)
    assert password_state(user).must_change is False
