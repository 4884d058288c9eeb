"""Lockout with an administrator's unlock (django-axes), rate limits, and LC-16.4: only administrators
manage accounts, accounts are deactivated not deleted, every change audited."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from .conftest import PASSWORD, confirmed_device, make_user, verify

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post("/quan-tri/login/", {"username": username, "password": password})


def test_repeated_failures_lock_the_account_until_an_administrator_unlocks_it(
    client, enforced, django_user_model
):
    enforced.CONG_RATE_LIMITS = False  # this test is about axes, not the per-address limit
    user = make_user(django_user_model, "bientap")
    admin = make_user(django_user_model, "quantri", superuser=True)
    for _ in range(enforced.AXES_FAILURE_LIMIT):
        login(client, "bientap", "sai-mat-khau")
    locked = login(client, "bientap", PASSWORD)
    assert locked.status_code == 429
    assert "tạm thời bị khoá" in locked.content.decode()
    assert ModelLogEntry.objects.filter(action="cong.login.failure", object_id=str(user.pk)).count() >= 5
    assert ModelLogEntry.objects.filter(action="cong.account.locked", object_id=str(user.pk)).exists()
    entry = ModelLogEntry.objects.filter(action="cong.login.failure").first()
    assert entry.data["ip"] == "127.0.0.1" and entry.data["username"] == "bientap"

    staff = client_class = client.__class__()
    staff.force_login(admin)
    verify(staff, confirmed_device(admin))
    page = staff.get("/quan-tri/bao-mat/tai-khoan/").content.decode()
    assert "Mở khoá «bientap»" in page
    staff.post("/quan-tri/bao-mat/tai-khoan/", {"action": "unlock", "username": "bientap"})
    assert ModelLogEntry.objects.filter(action="cong.account.unlocked", user=admin).exists()

    fresh = client_class.__class__()
    response = login(fresh, "bientap", PASSWORD)
    assert response.status_code == 302  # signed in
    assert ModelLogEntry.objects.filter(action="cong.login.success", object_id=str(user.pk)).exists()


def test_sign_in_attempts_from_one_address_are_rate_limited(client, enforced):
    enforced.CONG_LOGIN_RATE = 3
    statuses = [login(client, f"khongco{i}", "x").status_code for i in range(5)]
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429, 429]


def test_only_administrators_edit_accounts_and_nobody_deletes_them(client, enforced, django_user_model):
    target = make_user(django_user_model, "nguoikhac")
    editor = make_user(django_user_model, "bientap", perms=["auth.change_user", "auth.delete_user"])
    client.force_login(editor)
    response = client.get(f"/quan-tri/users/edit/{target.pk}/")
    assert response.status_code == 403
    assert "cấp quản trị" in response.content.decode()

    admin = make_user(django_user_model, "quantri", superuser=True)
    client.force_login(admin)
    verify(client, confirmed_device(admin))
    assert client.get(f"/quan-tri/users/edit/{target.pk}/").status_code == 200
    assert client.get(f"/quan-tri/users/delete/{target.pk}/").status_code == 403
    assert client.get("/quan-tri/bao-mat/nhat-ky/").status_code == 200

    client.post("/quan-tri/bao-mat/tai-khoan/", {"user": target.pk, "action": "deactivate"})
    target.refresh_from_db()
    assert target.is_active is False
    assert ModelLogEntry.objects.filter(
        action="cong.account.deactivated", object_id=str(target.pk), user=admin
    ).exists()


def test_editor_cannot_open_administrator_screens(client, enforced, django_user_model):
    editor = make_user(django_user_model, "bientap")
    client.force_login(editor)
    for url in ("/quan-tri/bao-mat/nhat-ky/", "/quan-tri/bao-mat/tai-khoan/", "/quan-tri/bao-mat/du-lieu-ca-nhan/",
                "/quan-tri/bao-mat/nhat-ky/tai-ve.csv"):  # fmt: skip
        assert client.get(url).status_code == 403, url


def test_account_and_permission_changes_are_audited(django_user_model):
    user = make_user(django_user_model, "thuky")
    group = Group.objects.create(name="Kiểm duyệt")
    group.permissions.add(Permission.objects.get(codename="moderate_content"))
    user.groups.add(group)
    user.is_superuser = True
    user.save()
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {
        "cong.account.created", "cong.group.created", "cong.group.permissions_changed",
        "cong.account.groups_changed", "cong.account.superuser_granted",
    } <= actions  # fmt: skip
    entry = ModelLogEntry.objects.get(action="cong.account.groups_changed", object_id=str(user.pk))
    assert entry.data["added"] == ["Kiểm duyệt"]


def test_anonymous_back_office_request_goes_to_the_login_page(client):
    response = client.get("/quan-tri/pages/")
    assert response.status_code == 302 and "/quan-tri/login/" in response["Location"]
