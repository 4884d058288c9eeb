"""The two-step sign-in as a browser meets it: password, then code, then the page that was asked for.

Defects it reproduces: the admin icon sprite was itself redirected to the two-step page (the page showed
twice and the form carried ``next=/quan-tri/sprite/…``, so a correct code led to an XML parse error); the
full admin menu showed before the second factor; the password could be changed after the password step
alone (a stolen password locked the owner out).
"""

import pytest
from django.contrib.auth.hashers import check_password
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import PASSWORD, code, confirmed_device, make_user

pytestmark = pytest.mark.django_db

TWO_STEP = "/quan-tri/bao-mat/xac-thuc-hai-buoc/"


def sign_in_with_password(client, username, next_path="/quan-tri/pages/"):
    """The real sign-in form, as a person uses it; returns where the password step leads."""
    response = client.post(
        "/quan-tri/login/", {"username": username, "password": PASSWORD, "next": next_path}
    )
    assert response.status_code == 302, response.content.decode()[:400]
    return client.get(response["Location"])


@pytest.fixture
def admin(django_user_model):
    user = make_user(django_user_model, "quantri", superuser=True)
    return user, confirmed_device(user)


def test_sprite_and_script_catalogue_load_during_the_second_step(client, enforced, admin):
    sign_in_with_password(client, "quantri")
    sprite = client.get("/quan-tri/sprite/?h=abc123")
    assert sprite.status_code == 200 and sprite["Content-Type"].startswith("image/svg+xml")
    assert b"<svg" in sprite.content and b"<html" not in sprite.content
    catalogue = client.get("/quan-tri/jsi18n/")
    assert catalogue.status_code == 200 and "javascript" in catalogue["Content-Type"]


def test_two_step_page_keeps_the_requested_page_and_shows_no_admin_menu(client, enforced, admin):
    user, device = admin
    response = client.post(
        "/quan-tri/login/", {"username": "quantri", "password": PASSWORD, "next": "/quan-tri/pages/"}
    )
    to_two_step = client.get(response["Location"])
    assert to_two_step.status_code == 302
    assert to_two_step["Location"] == TWO_STEP + "?next=%2Fquan-tri%2Fpages%2F"
    page = client.get(to_two_step["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert 'name="next" value="/quan-tri/pages/"' in html
    assert html.count("<h1") == 1 and "wagtail-sidebar" not in html and "Bảo mật của tôi" not in html

    # A mistyped code: a Vietnamese message, and the requested page is still the destination.
    wrong = client.post(TWO_STEP, {"token": "12345x", "next": "/quan-tri/pages/"})
    assert wrong.status_code == 400
    assert "Mã xác thực chỉ gồm chữ số." in wrong.content.decode()
    assert 'name="next" value="/quan-tri/pages/"' in wrong.content.decode()
    bad_code = "000000" if code(device) != "000000" else "111111"
    wrong = client.post(TWO_STEP, {"token": bad_code, "next": "/quan-tri/pages/"})
    assert wrong.status_code == 400 and "Mã xác thực không đúng" in wrong.content.decode()
    assert 'name="next" value="/quan-tri/pages/"' in wrong.content.decode()

    TOTPDevice.objects.get(pk=device.pk).throttle_reset()  # django-otp delays the try after a wrong code
    right = client.post(TWO_STEP, {"token": code(device), "next": "/quan-tri/pages/"})
    assert right.status_code == 302 and right["Location"] == "/quan-tri/pages/"
    assert client.get("/quan-tri/pages/").status_code == 200


@pytest.mark.parametrize(
    "next_path",
    [
        "https://ke-gian.example/quan-tri/",  # another site
        "//ke-gian.example/quan-tri/",  # another site, scheme-relative
        "/hoi-dap/",  # this site, outside the admin
        "/quan-tri/sprite/?h=abc",  # a resource, not a page
        "/quan-tri/jsi18n/",
        TWO_STEP,
    ],
)
def test_a_next_outside_the_admin_or_off_site_is_ignored(client, enforced, admin, next_path):
    _, device = admin
    client.post("/quan-tri/login/", {"username": "quantri", "password": PASSWORD})
    page = client.get(TWO_STEP, {"next": next_path})
    assert 'name="next" value=""' in page.content.decode()
    response = client.post(TWO_STEP, {"token": code(device), "next": next_path})
    assert response.status_code == 302 and response["Location"] == "/quan-tri/"


def test_stolen_password_cannot_change_the_password_before_the_second_factor(client, enforced, admin):
    user, device = admin
    sign_in_with_password(client, "quantri")  # the attacker knows the password, not the phone
    attack = client.post(
        "/quan-tri/bao-mat/doi-mat-khau/",
        {
            "old_password": PASSWORD,
            "new_password1": "Ke-Gian-Chiem-2026!",
            "new_password2": "Ke-Gian-Chiem-2026!",
        },
    )
    assert attack.status_code == 302 and attack["Location"].startswith(TWO_STEP)
    user.refresh_from_db()
    assert check_password(PASSWORD, user.password) and not check_password(
        "Ke-Gian-Chiem-2026!", user.password
    )
    assert client.get("/quan-tri/bao-mat/doi-mat-khau/")["Location"].startswith(TWO_STEP)
    for page in ("/quan-tri/", "/quan-tri/bao-mat/cua-toi/", "/quan-tri/users/", "/django-admin/"):
        assert client.get(page)["Location"].startswith(TWO_STEP), page
    # The authenticator cannot be replaced either: the setup page asks for the existing device's code.
    assert "Thiết lập" not in client.get(TWO_STEP).content.decode()

    # The owner, with the phone, can.
    client.post(TWO_STEP, {"token": code(device)})
    response = client.post(
        "/quan-tri/bao-mat/doi-mat-khau/",
        {
            "old_password": PASSWORD,
            "new_password1": "Chu-So-Huu-Doi-2026!",
            "new_password2": "Chu-So-Huu-Doi-2026!",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert check_password("Chu-So-Huu-Doi-2026!", user.password)


def test_forced_password_change_comes_after_the_second_factor(client, enforced, django_user_model):
    moderator = make_user(django_user_model, "kiemduyet", perms=["agencies.moderate_content"], changed=False)
    device = confirmed_device(moderator)
    to_two_step = sign_in_with_password(client, "kiemduyet", "/quan-tri/bao-mat/cua-toi/")
    assert to_two_step["Location"].startswith(TWO_STEP)
    response = client.post(TWO_STEP, {"token": code(device), "next": "/quan-tri/bao-mat/cua-toi/"})
    assert response["Location"] == "/quan-tri/bao-mat/cua-toi/"
    forced = client.get("/quan-tri/bao-mat/cua-toi/")
    assert forced["Location"] == "/quan-tri/bao-mat/doi-mat-khau/?next=%2Fquan-tri%2Fbao-mat%2Fcua-toi%2F"
    done = client.post(
        forced["Location"],
        {"old_password": PASSWORD, "new_password1": "Kiem-Duyet-Moi-2026!", "new_password2": "Kiem-Duyet-Moi-2026!",
         "next": "/quan-tri/bao-mat/cua-toi/"},
    )  # fmt: skip
    assert done.status_code == 302 and done["Location"] == "/quan-tri/bao-mat/cua-toi/"
    assert client.get("/quan-tri/bao-mat/cua-toi/").status_code == 200


def test_half_signed_in_account_is_a_visitor_on_the_public_site(client, enforced, admin, portal):
    """A page restricted to signed-in staff stays closed after the password step alone."""
    from wagtail.models import PageViewRestriction

    restricted = PageViewRestriction.objects.create(
        page=portal.home, restriction_type=PageViewRestriction.LOGIN
    )
    _, device = admin
    sign_in_with_password(client, "quantri")
    assert client.get(portal.home.url).status_code == 302  # to the sign-in page, like any visitor
    client.post(TWO_STEP, {"token": code(device)})
    assert client.get(portal.home.url).status_code == 200
    restricted.delete()
