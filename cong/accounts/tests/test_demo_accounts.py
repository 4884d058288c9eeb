"""Every account the README lists signs in to a fresh demo with the README password and the shared TOTP
secret, and reaches its working screen — no forced password change, no missing permission.

Defects it reproduces: the Q&A accounts (``bbt.hoidap``, ``gd.*``, ``cv.*``, ``ct.tanlap``) were created
after the accounts demo had run, so they were left with a forced password change; ``canbo.sogddt`` could
not open the back office at all.
"""

import base64

import pytest
from django.core.management import call_command
from django_otp.oath import totp

from cong.demo.users import DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS

pytestmark = pytest.mark.django_db

# (username, the screen the README sends the account to)
README_ACCOUNTS = [
    ("quantri", "/quan-tri/"),
    ("capnhat", "/quan-tri/pages/"),
    ("thuky", "/quan-tri/pages/"),
    ("truongban", "/quan-tri/pages/"),
    ("photruongban", "/quan-tri/pages/"),
    ("quantri.tinh", "/quan-tri/users/"),
    ("kiemsoat.dlcn", "/quan-tri/bao-mat/du-lieu-ca-nhan/"),
    ("quantri.sonnmt", "/quan-tri/users/"),
    ("bientap.sonnmt", "/quan-tri/pages/"),
    ("bientap.ubndtanlap", "/quan-tri/pages/"),
    ("bientap.sotc", "/quan-tri/pages/"),
    ("kiemduyet.sonnmt", "/quan-tri/pages/"),
    ("kiemduyet.ubndtanlap", "/quan-tri/pages/"),
    ("kiemduyet.sotc", "/quan-tri/pages/"),
    ("canbo.sogddt", "/quan-tri/phieu/"),
    ("bbt.hoidap", "/quan-tri/hoi-dap/"),
    ("gd.sonnmt", "/quan-tri/hoi-dap/"),
    ("gd.sotc", "/quan-tri/hoi-dap/"),
    ("ct.tanlap", "/quan-tri/hoi-dap/"),
    ("cv.sonnmt", "/quan-tri/hoi-dap/"),
    ("cv.sotc", "/quan-tri/hoi-dap/"),
]


def authenticator_code() -> str:
    """What the reader's authenticator app shows for the README's secret."""
    key = base64.b32decode(DEMO_TOTP_SECRET)
    return str(totp(key)).zfill(6)


def test_every_readme_account_signs_in_with_password_and_totp_to_its_screen(client, settings):
    settings.CONG_ENFORCE_ACCOUNT_POLICY = True  # as `make demo` runs: two-factor, forced changes
    settings.AXES_ENABLED = True
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # Every account the demo creates is in the registry (cong/demo/data/users.toml), which equips it.
    from django.contrib.auth import get_user_model

    created = set(get_user_model().objects.values_list("username", flat=True))
    assert created and created <= {user.username for user in DEMO_USERS}
    for number, (username, screen) in enumerate(README_ACCOUNTS):
        client.logout()
        address = f"10.0.1.{number + 1}"  # one person each, as in an office
        response = client.post(
            "/quan-tri/login/",
            {"username": username, "password": DEMO_PASSWORD, "next": screen},
            REMOTE_ADDR=address,
        )
        assert response.status_code == 302 and response["Location"] == screen, f"{username}: password refused"
        response = client.get(screen, REMOTE_ADDR=address)
        if response.status_code == 302 and "xac-thuc-hai-buoc" in response["Location"]:
            response = client.post(
                "/quan-tri/bao-mat/xac-thuc-hai-buoc/",
                {"token": authenticator_code(), "next": screen},
                REMOTE_ADDR=address,
            )
            assert response.status_code == 302 and response["Location"] == screen, f"{username}: TOTP refused"
        final = client.get(screen, REMOTE_ADDR=address, follow=True)  # /quan-tri/pages/ → the own root
        assert final.status_code == 200, username
        assert final.request["PATH_INFO"].startswith(screen), f"{username}: {final.redirect_chain}"
