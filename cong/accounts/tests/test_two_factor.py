"""Two-factor sign-in: mandatory for administrators and moderators, optional for others (ST-17.5, BK-8.2)."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from cong.accounts.policy import requires_two_factor

from .conftest import code, confirmed_device, make_user, verify

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kwargs", "required"),
    [
        ({"superuser": True}, True),
        ({"perms": ["agencies.administer_portal"]}, True),
        ({"perms": ["agencies.moderate_content"]}, True),
        ({"perms": ["agencies.update_content"]}, False),
        ({}, False),
    ],
)
def test_who_must_use_two_factor(django_user_model, kwargs, required):
    user = make_user(django_user_model, "nguoi", **kwargs)
    assert requires_two_factor(user) is required


def test_administrator_sets_up_an_authenticator_then_reaches_the_admin(client, enforced, django_user_model):
    admin = make_user(django_user_model, "quantri", superuser=True)
    client.force_login(admin)
    response = client.get("/quan-tri/pages/")
    assert response.status_code == 302 and response["Location"].startswith(
        "/quan-tri/bao-mat/xac-thuc-hai-buoc/"
    )
    setup = client.get(response["Location"])
    html = setup.content.decode()
    assert "Thiết lập ứng dụng xác thực" in html and "Mã bí mật" in html
    qr = client.get("/quan-tri/bao-mat/xac-thuc-hai-buoc/ma-qr.svg")
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content

    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    wrong = client.post("/quan-tri/bao-mat/xac-thuc-hai-buoc/", {"token": "000000"})
    if code(device) != "000000":
        assert wrong.status_code == 400 and "không đúng" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # django-otp delays the next try after a wrong code
    verify(client, device)
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/quan-tri/").status_code == 200
    actions = set(ModelLogEntry.objects.filter(object_id=str(admin.pk)).values_list("action", flat=True))
    assert {"cong.account.two_factor_enabled", "cong.account.two_factor_verified"} <= actions


def test_moderator_with_a_device_enters_its_code_and_editor_is_not_asked(client, enforced, django_user_model):
    moderator = make_user(django_user_model, "kiemduyet", perms=["agencies.moderate_content"])
    device = confirmed_device(moderator)
    client.force_login(moderator)
    assert "xac-thuc-hai-buoc" in client.get("/quan-tri/")["Location"]
    assert "Nhập mã 6 chữ số" in client.get("/quan-tri/bao-mat/xac-thuc-hai-buoc/").content.decode()
    verify(client, device)
    assert client.get("/quan-tri/").status_code == 200

    editor = make_user(django_user_model, "capnhat", perms=["agencies.update_content"])
    client.force_login(editor)
    assert client.get("/quan-tri/").status_code == 200


def test_other_staff_may_opt_in(client, enforced, django_user_model):
    editor = make_user(django_user_model, "bientap", perms=["agencies.update_content"])
    client.force_login(editor)
    response = client.post("/quan-tri/bao-mat/cua-toi/", {"two_factor_opt_in": "on"})
    assert response["Location"] == "/quan-tri/bao-mat/xac-thuc-hai-buoc/"
    assert requires_two_factor(editor)
    assert "xac-thuc-hai-buoc" in client.get("/quan-tri/")["Location"]


def test_opting_in_and_out_is_in_the_audit_log(client, enforced, django_user_model):
    """The toggle is a named action (``set_two_factor_opt_in``): each change is an entry naming the user
    and the change; saving the same choice again writes none."""
    from wagtail.models import ModelLogEntry

    editor = make_user(django_user_model, "bientap", perms=["agencies.update_content"])
    client.force_login(editor)
    client.post("/quan-tri/bao-mat/cua-toi/", {"two_factor_opt_in": "on"})
    entries = ModelLogEntry.objects.filter(action__startswith="cong.account.two_factor_opt")
    entry = entries.get()
    assert entry.action == "cong.account.two_factor_opt_in"
    assert entry.user_id == editor.pk and entry.object_id == str(editor.pk)
    assert entry.data["two_factor_opt_in"] is True
    client.post("/quan-tri/bao-mat/cua-toi/", {"two_factor_opt_in": "on"})
    assert entries.count() == 1
    # Opted in, the editor must now set up the second factor before any other page (the middleware), so
    # the way back is the same action the page calls.
    from cong.accounts.actions import set_two_factor_opt_in

    assert set_two_factor_opt_in(editor, False, acting_user=editor)
    latest = entries.order_by("-timestamp", "-pk").first()
    assert latest.action == "cong.account.two_factor_opt_out" and latest.data["two_factor_opt_in"] is False
    assert not requires_two_factor(django_user_model.objects.get(pk=editor.pk))


def test_administrator_resets_a_lost_authenticator(client, enforced, django_user_model):
    admin = make_user(django_user_model, "quantri", superuser=True)
    moderator = make_user(django_user_model, "kiemduyet", perms=["agencies.moderate_content"])
    confirmed_device(moderator)
    client.force_login(admin)
    verify(client, confirmed_device(admin))
    response = client.post(
        "/quan-tri/bao-mat/tai-khoan/", {"user": moderator.pk, "action": "reset_two_factor"}
    )
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    assert ModelLogEntry.objects.filter(action="cong.account.two_factor_reset", user=admin).exists()
