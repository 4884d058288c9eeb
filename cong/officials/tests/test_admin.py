"""The admin screens (/quan-tri/snippets/officials/…): the form refuses what the actions refuse, with the
same clause; an agency's staff see their own agency's entries only."""

import pytest

from cong.officials.models import Official, Spokesperson

from .factories import make_official

pytestmark = pytest.mark.django_db
ADD = "/quan-tri/snippets/officials/official/add/"
ENTRY = {"name": "Lê Văn Cường", "position": "Chuyên viên", "unit": "Văn phòng", "email": "lvc@hoason.gov.vn",
         "order": "100"}  # fmt: skip


def test_the_admin_form_refuses_an_entry_without_phone_or_fax(client, newsroom):
    client.force_login(newsroom.users["leader"])
    response = client.post(ADD, ENTRY)
    assert response.status_code == 200
    assert "Cần ít nhất số điện thoại hoặc số fax (LC-9.1.k)" in response.content.decode()
    assert not Official.objects.exists()
    response = client.post(ADD, {**ENTRY, "fax": "0201 3852 124", "action-publish": "publish"})
    assert response.status_code == 302
    official = Official.objects.get()
    assert official.live and official.fax == "0201 3852 124"


def test_the_admin_form_refuses_a_spokesperson_missing_the_profiles_fields(client, newsroom):
    client.force_login(newsroom.users["leader"])
    response = client.post("/quan-tri/snippets/officials/spokesperson/add/", {"name": "Vàng A Dính"})
    assert (
        "Thiếu chức vụ, số điện thoại, thư điện tử của người phát ngôn (ND43-10.k)"
        in response.content.decode()
    )
    assert not Spokesperson.objects.exists()


def test_an_agencys_staff_see_their_own_entries_only(client, newsroom):
    mine = make_official(name="Nguyễn Văn Mình", agency=newsroom.agency_a)
    theirs = make_official(name="Trần Thị Khác", agency=newsroom.agency_b, email="khac@hoason.gov.vn")
    client.force_login(newsroom.users["editor_a"])
    listing = client.get("/quan-tri/snippets/officials/official/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert mine.name in html and theirs.name not in html
    # Their entry cannot be published by this account (the action checks the agency); the edit screen's
    # scoping is RegisterViewSet's (cong/registers/admin.py).
