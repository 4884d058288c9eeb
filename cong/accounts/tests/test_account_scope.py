"""Issue 10, finding 1: a member portal's administrator could take over the province. Each test replays
one step of the attack with real POSTs to the real admin URLs and checks that it now fails — and that the
same administrator still manages their own portal's editors."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from cong.accounts.scope import DATA_CONTROLLER_GROUP
from cong.agencies.models import AgencyStaff
from cong.agencies.portals import member_groups
from cong.editorial.roles import ADMINISTER

pytestmark = pytest.mark.django_db
User = get_user_model()
NEW_PASSWORD = "Mat-khau-Moi-Rat-Dai-2026"


def new_user_form(username, groups, **extra):
    return {
        "username": username,
        "email": f"{username}@thunghiem.gov.vn",
        "first_name": "Tên",
        "last_name": "Họ",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "groups": [g.pk for g in groups],
        **extra,
    }


def edit_form(user, groups, **extra):
    return {
        "username": user.username,
        "email": user.email or f"{user.username}@thunghiem.gov.vn",
        "first_name": user.first_name or "Tên",
        "last_name": user.last_name or "Họ",
        "is_active": "on",
        "groups": [g.pk for g in groups],
        **extra,
    }


@pytest.fixture
def superuser(newsroom):
    return User.objects.create_superuser("quantri", "quantri@thunghiem.gov.vn", "Mat-khau-Goc-2026-Quantri")


@pytest.fixture
def portal_admin(newsroom, client):
    client.force_login(newsroom.user("admin_a"))
    return client


def test_member_admin_cannot_create_a_superuser(newsroom, portal_admin):
    editors_a = member_groups(newsroom.agency_a)["update"]
    portal_admin.post("/quan-tri/users/new/", new_user_form("keTanCong", [editors_a], is_superuser="on"))
    created = User.objects.get(username="keTanCong")
    assert not created.is_superuser  # the field is not on the form: the value is ignored
    assert list(created.groups.all()) == [editors_a]
    # The new account works for the portal's agency, with no right over its citizens' questions.
    staff = AgencyStaff.objects.get(user=created)
    assert staff.agency == newsroom.agency_a and not staff.is_head and not staff.handles_questions


@pytest.mark.parametrize(
    "group_name",
    [ADMINISTER.group_name, "sotc – Quản trị Cổng", "ubndtanlap – Cập nhật", DATA_CONTROLLER_GROUP],
)
def test_member_admin_cannot_give_a_group_outside_their_portal(newsroom, portal_admin, group_name):
    foreign = Group.objects.get(name=group_name)
    response = portal_admin.post("/quan-tri/users/new/", new_user_form("keTanCong", [foreign]))
    assert response.status_code == 200
    assert "nằm ngoài phạm vi" in response.content.decode()
    assert not User.objects.filter(username="keTanCong").exists()

    editor = newsroom.user("editor_a")
    portal_admin.post(f"/quan-tri/users/edit/{editor.pk}/", edit_form(editor, [foreign]))
    assert not editor.groups.filter(pk=foreign.pk).exists()


def test_member_admin_cannot_reset_the_main_administrators_password(newsroom, portal_admin, superuser):
    response = portal_admin.post(
        f"/quan-tri/users/edit/{superuser.pk}/",
        edit_form(superuser, [], password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.check_password("Mat-khau-Goc-2026-Quantri")
    assert portal_admin.get(f"/quan-tri/users/edit/{superuser.pk}/").status_code == 403
    assert portal_admin.get(f"/quan-tri/users/history/{superuser.pk}/").status_code == 403


@pytest.mark.parametrize("target", ["editor_b", "admin", "admin_b", "head_a", "clerk_a", "controller"])
def test_member_admin_cannot_edit_accounts_outside_their_portal(newsroom, portal_admin, target):
    """Other portals, the province, the agency's head (an agency role, though also a moderator) and the
    question clerk are all outside a member portal's administrator's scope."""
    account = newsroom.user(target)
    response = portal_admin.post(
        f"/quan-tri/users/edit/{account.pk}/",
        edit_form(account, [], password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 403
    account.refresh_from_db()
    assert not account.check_password(NEW_PASSWORD)
    assert account.username not in portal_admin.get("/quan-tri/users/").content.decode()


def test_member_admin_manages_their_own_editors(newsroom, portal_admin):
    editor, moderator = newsroom.user("editor_a"), newsroom.user("moderator_a")
    listing = portal_admin.get("/quan-tri/users/").content.decode()
    assert editor.username in listing and moderator.username in listing
    assert newsroom.user("editor_b").username not in listing
    moderators_a = member_groups(newsroom.agency_a)["moderate"]
    response = portal_admin.post(
        f"/quan-tri/users/edit/{editor.pk}/",
        edit_form(editor, [moderators_a], password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD) and list(editor.groups.all()) == [moderators_a]


def test_member_admin_cannot_touch_groups_or_bulk_actions(newsroom, portal_admin):
    own_group = member_groups(newsroom.agency_a)["update"]
    assert portal_admin.get("/quan-tri/groups/new/").status_code == 403
    response = portal_admin.post(f"/quan-tri/groups/edit/{own_group.pk}/", {"name": own_group.name})
    assert response.status_code == 403
    province = Group.objects.get(name=ADMINISTER.group_name)
    editor = newsroom.user("editor_a")
    response = portal_admin.post(
        f"/quan-tri/bulk/auth/user/assign_role/?id={editor.pk}", {"role": province.pk}
    )
    assert response.status_code == 403
    assert not editor.groups.filter(pk=province.pk).exists()
    assert not newsroom.user("admin_a").has_perm("auth.change_group")


def test_member_admin_cannot_lock_out_or_reset_accounts_outside_their_portal(
    newsroom, portal_admin, superuser
):
    for action in ("deactivate", "reset_two_factor", "force_password_change"):
        response = portal_admin.post("/quan-tri/bao-mat/tai-khoan/", {"user": superuser.pk, "action": action})
        assert response.status_code == 403, action
    superuser.refresh_from_db()
    assert superuser.is_active
    page = portal_admin.get("/quan-tri/bao-mat/tai-khoan/").content.decode()
    assert newsroom.user("editor_a").username in page and "quantri_tinh" not in page


def test_member_admin_sees_and_exports_only_their_portals_audit_entries(newsroom, portal_admin):
    editor_a, editor_b = newsroom.user("editor_a"), newsroom.user("editor_b")
    home_a, home_b = newsroom.agency_a.site.root_page, newsroom.agency_b.site.root_page
    log(home_a.specific, "wagtail.edit", user=editor_a, title="Dấu vết cổng A")
    log(home_b.specific, "wagtail.edit", user=editor_b, title="Dấu vết cổng B")
    log(newsroom.user("leader"), "cong.account.password_set", user=newsroom.user("admin"))
    export = b"".join(portal_admin.get("/quan-tri/bao-mat/nhat-ky/tai-ve.csv").streaming_content).decode()
    assert "bientap_sotc" in export
    assert "bientap_tanlap" not in export and "quantri_tinh" not in export
    page = portal_admin.get("/quan-tri/bao-mat/nhat-ky/").content.decode()
    assert "bientap_sotc" in page and "bientap_tanlap" not in page


def test_personal_data_belongs_to_the_data_controller_alone(newsroom, client):
    from cong.accounts.models import PersonalDataRequest

    url = "/quan-tri/bao-mat/du-lieu-ca-nhan/"
    for key in ("admin_a", "admin", "leader", "moderator_a", "head_a"):
        client.force_login(newsroom.user(key))
        assert client.get(url).status_code == 403, key
        erase = {"subject": "nguoihoi@example.com", "action": "erase", "confirm": "on"}
        assert client.post(url, erase).status_code == 403, key
        assert client.post(url, {"subject": "nguoihoi@example.com"}).status_code == 403, key
    assert not PersonalDataRequest.objects.exists()
    client.force_login(newsroom.user("controller"))
    assert client.get(url).status_code == 200
    assert client.post(url, {"subject": "nguoihoi@example.com"}).status_code == 200
    assert PersonalDataRequest.objects.get().handled_by == newsroom.user("controller")


def test_provincial_administrator_cannot_make_superusers_or_data_controllers(newsroom, client, superuser):
    admin = newsroom.user("admin")
    client.force_login(admin)
    client.post("/quan-tri/users/new/", new_user_form("phoquantri", [], is_superuser="on"))
    assert not User.objects.get(username="phoquantri").is_superuser
    controllers = Group.objects.get(name=DATA_CONTROLLER_GROUP)
    editor = newsroom.user("editor_b")
    client.post(f"/quan-tri/users/edit/{editor.pk}/", edit_form(editor, [controllers]))
    assert not editor.groups.filter(pk=controllers.pk).exists()
    response = client.post(
        f"/quan-tri/users/edit/{superuser.pk}/",
        edit_form(superuser, [], password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 403
    # …but manages every other account, across portals.
    response = client.post(
        f"/quan-tri/users/edit/{editor.pk}/",
        edit_form(editor, list(editor.groups.all()), password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(NEW_PASSWORD)
    assert ModelLogEntry.objects.filter(action="cong.account.password_set", object_id=str(editor.pk)).exists()


def test_django_admin_account_screens_are_for_superusers_only(newsroom, client, superuser):
    admin_a = newsroom.user("admin_a")
    User.objects.filter(pk=admin_a.pk).update(is_staff=True)
    client.force_login(admin_a)
    response = client.post(
        f"/django-admin/auth/user/{superuser.pk}/password/",
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.check_password("Mat-khau-Goc-2026-Quantri")


def test_bulk_actions_stay_within_the_provincial_administrators_scope(newsroom, client, superuser):
    client.force_login(newsroom.user("admin"))
    controllers = Group.objects.get(name=DATA_CONTROLLER_GROUP)
    editor = newsroom.user("editor_a")
    url = "/quan-tri/bulk/auth/user/"
    assert client.post(f"{url}assign_role/?id={editor.pk}", {"role": controllers.pk}).status_code == 403
    assert (
        client.post(f"{url}set_active_state/?id={superuser.pk}", {"mark_as_active": "False"}).status_code
        == 403
    )
    assert client.post(f"{url}delete/?id={editor.pk}").status_code == 403
    superuser.refresh_from_db()
    assert superuser.is_active and User.objects.filter(pk=editor.pk).exists()
    assert not editor.groups.filter(pk=controllers.pk).exists()
