"""The demo's accounts (README "Demo logins") under the authorisation rules of issue 10: each signs in
with the printed password and reaches what its role is for, and nothing of a role it does not hold."""

import pytest
from django.core.management import call_command

from cong.agencies.models import AgencyStaff
from cong.demo.users import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

PERSONAL_DATA = "/quan-tri/bao-mat/du-lieu-ca-nhan/"


def sign_in(client, username):
    assert client.login(username=username, password=DEMO_PASSWORD), username
    return client


ACCOUNTS = [
    ("quantri", ["/quan-tri/users/", PERSONAL_DATA, "/quan-tri/groups/"], []),
    (
        "quantri.tinh",
        ["/quan-tri/users/", "/quan-tri/groups/", "/quan-tri/bao-mat/nhat-ky/"],
        [PERSONAL_DATA],
    ),
    ("kiemsoat.dlcn", [PERSONAL_DATA], ["/quan-tri/users/new/"]),
    (
        "quantri.sonnmt",
        ["/quan-tri/users/", "/quan-tri/bao-mat/nhat-ky/"],
        [PERSONAL_DATA, "/quan-tri/groups/"],
    ),
    ("capnhat", ["/quan-tri/pages/"], ["/quan-tri/users/new/", PERSONAL_DATA]),
    ("thuky", ["/quan-tri/de-xuat/"], [PERSONAL_DATA]),
    ("truongban", ["/quan-tri/de-xuat/"], [PERSONAL_DATA]),
    ("photruongban", ["/quan-tri/de-xuat/"], [PERSONAL_DATA]),
    ("bientap.sonnmt", ["/quan-tri/pages/"], ["/quan-tri/hoi-dap/", PERSONAL_DATA]),
    ("kiemduyet.sonnmt", ["/quan-tri/pages/"], ["/quan-tri/hoi-dap/", "/quan-tri/users/new/", PERSONAL_DATA]),
    ("gd.sonnmt", ["/quan-tri/hoi-dap/", "/quan-tri/hoi-dap/uy-quyen/"], [PERSONAL_DATA]),
    ("cv.sonnmt", ["/quan-tri/hoi-dap/"], [PERSONAL_DATA]),
    ("bbt.hoidap", ["/quan-tri/hoi-dap/"], [PERSONAL_DATA]),
]


def test_every_demo_account_reaches_its_screens_and_no_others(client):
    """One demo run (it takes a while) checked for every role."""
    call_command("demo")
    for username, allowed, refused in ACCOUNTS:
        client.logout()
        sign_in(client, username)
        assert client.get("/quan-tri/").status_code == 200, username
        for url in allowed:  # /quan-tri/pages/ goes on to the account's own root page
            final = client.get(url, follow=True)
            assert final.status_code == 200 and final.request["PATH_INFO"].startswith(url), (username, url)
        for url in refused:  # 403, or Wagtail's redirect to the dashboard with a message
            response = client.get(url)
            assert response.status_code == 403 or (
                response.status_code == 302 and not response["Location"].startswith(url)
            ), (username, url)

    client.logout()
    listing = sign_in(client, "quantri.sonnmt").get("/quan-tri/users/").content.decode()
    assert "bientap.sonnmt" in listing and "kiemduyet.sonnmt" in listing
    assert "bientap.sotc" not in listing and "gd.sonnmt" not in listing and "quantri.tinh" not in listing

    # Web roles stay web roles: the portal's moderator is not the agency's head.
    for code in ("sonnmt", "ubndtanlap", "sotc"):
        for role in ("kiemduyet", "bientap", "quantri"):
            staff = AgencyStaff.objects.get(user__username=f"{role}.{code}")
            assert not staff.is_head and not staff.handles_questions, staff
    assert AgencyStaff.objects.get(user__username="gd.sonnmt").is_head
