"""What every register shares (cong/registers): posting clocks that follow the record's dates and its
publication, the «Thời hạn đăng thông tin» page, agency staff kept to their agency's records, and the
access levels' permissions given to the groups. Exercised on the science programme, a register with two
clocks (approval and acceptance, BK-7.1.đ)."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission

from cong.agencies.models import Agency, AgencyStaff
from cong.core.clocks import clocks_for
from cong.registers.posting import DATE_CHANGED, POSTED
from cong.statistics.actions import publish_record, save_programme
from cong.statistics.tests.factories import APPROVED, make_programme

pytestmark = pytest.mark.django_db


def _staff(django_user_model, agency, username, *permissions):
    user = django_user_model.objects.create_user(username, f"{username}@example.gov.vn", "x")
    AgencyStaff.objects.create(user=user, agency=agency)
    for name in ("wagtailadmin.access_admin", *permissions):
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def agencies(db):
    return (
        Agency.objects.create(name="Sở Khoa học và Công nghệ", code="sokhcn", kind=Agency.Kind.DEPARTMENT),
        Agency.objects.create(name="Sở Y tế", code="soyte", kind=Agency.Kind.DEPARTMENT),
    )


def test_the_clock_starts_on_save_restarts_when_the_date_is_corrected_and_stops_at_publication(
    portal, settings
):
    settings.CONG_PROFILE = "bac-kan"  # BK-7.1.đ: 20 working days
    programme = make_programme(publish=False)
    [clock] = clocks_for(programme)
    assert clock.purpose == "deadlines.science" and clock.running and clock.event == APPROVED
    assert clock.period_days == 20

    programme.approved_on = APPROVED + dt.timedelta(days=7)  # the approval date was typed wrong
    save_programme(programme, acting_user=None)
    old, new = clocks_for(programme)
    assert not old.running and old.stop_reason == DATE_CHANGED
    assert new.running and new.event == programme.approved_on

    publish_record(programme, acting_user=None)
    new.refresh_from_db()
    assert not new.running and new.stop_reason == POSTED

    # The council accepts the results: a second clock for the results (BK-7.1.đ «hoặc được nghiệm thu»),
    # met at once because the action writes the published record itself.
    programme.accepted_on = APPROVED + dt.timedelta(days=400)
    programme.summary_report = "Giống lúa đạt năng suất 6,2 tấn/ha trong điều kiện hạn."
    save_programme(programme, acting_user=None)
    results = [c for c in clocks_for(programme) if c.event == programme.accepted_on]
    assert len(results) == 1 and not results[0].running and results[0].stop_reason == POSTED


def test_a_draft_change_of_a_published_record_waits_for_its_publication(portal, settings, django_user_model):
    """In the admin a published record's change is a draft revision: the new date's clock runs until the
    revision is published."""
    settings.CONG_PROFILE = "bac-kan"
    programme = make_programme(publish=True)
    programme.accepted_on = APPROVED + dt.timedelta(days=400)
    programme.summary_report = "Kết quả đã nghiệm thu."
    programme.name = "Tên dự kiến chưa công bố"
    revision = programme.save_revision()  # «Lưu bản nháp»: the live row keeps its old values
    assert [c.event for c in clocks_for(programme)] == [APPROVED]
    programme.refresh_from_db()
    assert "cong bo" not in programme.search_folded  # a draft's words are not found by the public search
    revision.publish()
    programme.refresh_from_db()
    assert programme.accepted_on == APPROVED + dt.timedelta(days=400)
    results = [c for c in clocks_for(programme) if c.event == programme.accepted_on]
    assert len(results) == 1 and not results[0].running and results[0].stop_reason == POSTED


def test_the_period_comes_from_the_province(portal, settings):
    settings.CONG_PROFILE = "lai-chau"  # LC-12.1.đ: 18 working days
    [clock] = clocks_for(make_programme(publish=False))
    assert clock.period_days == 18


def test_the_deadlines_page_shows_the_board_everything_and_an_agency_its_own(
    client, portal, settings, agencies, django_user_model
):
    settings.CONG_PROFILE = "bac-kan"
    science, health = agencies
    make_programme(publish=False, agency=science, code="ĐT.KHCN", name="Đề tài của Sở Khoa học")
    make_programme(publish=False, agency=health, code="ĐT.YT", name="Đề tài của Sở Y tế")
    url = "/quan-tri/danh-muc/thoi-han-dang/"
    assert client.get(url).status_code == 302  # to the sign-in page

    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    page = client.get(url).content.decode()
    assert "Đề tài của Sở Khoa học" in page and "Đề tài của Sở Y tế" in page and "Quá hạn" in page

    client.force_login(_staff(django_user_model, science, "canbo.khcn"))
    page = client.get(url).content.decode()
    assert "Đề tài của Sở Khoa học" in page and "Đề tài của Sở Y tế" not in page

    client.force_login(django_user_model.objects.create_user("nguoidan", "nd@example.com", "x"))
    assert client.get(url).status_code in (302, 403)


def test_agency_staff_cannot_see_or_edit_another_agencys_record(client, portal, agencies, django_user_model):
    science, health = agencies
    own = make_programme(publish=False, agency=science, code="ĐT.1", name="Đề tài của mình")
    other = make_programme(publish=False, agency=health, code="ĐT.2", name="Đề tài cơ quan khác")
    client.force_login(
        _staff(
            django_user_model,
            science,
            "capnhat.khcn",
            "statistics.add_scienceprogramme",
            "statistics.change_scienceprogramme",
        )  # fmt: skip
    )
    base = "/quan-tri/snippets/statistics/scienceprogramme/"
    listing = client.get(base).content.decode()
    assert "Đề tài của mình" in listing and "Đề tài cơ quan khác" not in listing
    assert client.get(f"{base}edit/{own.pk}/").status_code == 200
    # The attack: the other agency's record by its address, read and then overwritten.
    for path in ("edit", "history", "delete", "usage"):  # Wagtail sends a refused user to the dashboard
        response = client.get(f"{base}{path}/{other.pk}/")
        assert (response.status_code, response.get("Location")) == (302, "/quan-tri/"), path
    response = client.post(f"{base}edit/{other.pk}/", {"name": "Sửa trộm", "code": "ĐT.2"})
    assert (response.status_code, response.get("Location")) == (302, "/quan-tri/")
    client.post(f"{base}delete/{other.pk}/")
    other.refresh_from_db()
    assert other.name == "Đề tài cơ quan khác"
    # A new record can only be filed under the user's own agency.
    form = client.get(f"{base}add/").context["form"]
    assert list(form.fields["agency"].queryset) == [science]


def test_the_groups_get_their_access_levels_permissions_on_the_registers(portal):
    from cong.editorial.setup import setup_editorial

    setup_editorial()
    names = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    updaters = next(perms for name, perms in names.items() if name.endswith("Cập nhật"))
    moderators = next(perms for name, perms in names.items() if name.endswith("Kiểm duyệt"))
    assert {"add_scienceprogramme", "change_scienceprogramme"} <= updaters
    assert "publish_scienceprogramme" not in updaters  # drafts only: a moderator publishes
    assert "publish_scienceprogramme" in moderators and "delete_scienceprogramme" not in moderators
