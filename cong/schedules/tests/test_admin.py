"""Admin screens: the three lists, the add form refusing what the actions refuse (clause named), the
«Hủy lịch» screen cancelling through ``cancel_record``, and agency staff seeing their own records only."""

import pytest
from django.contrib.auth.models import Group, Permission

from cong.agencies.models import AgencyStaff
from cong.demo.factories import AgencyFactory
from cong.schedules.models import WorkScheduleEvent

from .factories import event, invitation, reception

pytestmark = pytest.mark.django_db

LIST = "/quan-tri/snippets/schedules/workscheduleevent/"


def refused(response) -> bool:
    """Wagtail's admin answers a refused permission with a redirect to the dashboard and a message."""
    return response.status_code == 302 and response["Location"] == "/quan-tri/"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.gov.vn", "x"))
    return client


def test_the_lists_show_the_records(admin_client, portal):
    event(content="Họp giao ban trong quản trị")
    invitation(number="88/GM-UBND")
    reception()
    assert "Họp giao ban trong quản trị" in admin_client.get(LIST).content.decode()
    html = admin_client.get("/quan-tri/snippets/schedules/meetinginvitation/").content.decode()
    assert "88/GM-UBND" in html and "Thời hạn đăng" in html
    assert admin_client.get("/quan-tri/snippets/schedules/receptionsession/").status_code == 200


def test_the_add_form_names_the_missing_field_and_its_clause(admin_client, portal):
    response = admin_client.post(
        LIST + "add/",
        {"leader_name": "Nguyễn Văn An", "starts_at": "2026-11-30 08:00", "content": "Họp", "place": ""},
    )
    assert response.status_code == 200
    assert "Thiếu địa điểm (KT-10.3)." in response.content.decode()
    assert not WorkScheduleEvent.objects.exists()
    response = admin_client.post(
        LIST + "add/",
        {"leader_name": "Nguyễn Văn An", "starts_at": "2026-11-30 08:00", "ends_at": "2026-11-30 07:00",
         "content": "Họp", "place": "Hội trường"},
    )  # fmt: skip
    assert "Thời gian kết thúc phải sau thời gian bắt đầu." in response.content.decode()
    response = admin_client.post(
        LIST + "add/",
        {
            "leader_name": "Nguyễn Văn An",
            "starts_at": "2026-11-30 08:00",
            "content": "Họp",
            "place": "Hội trường",
        },
    )
    assert response.status_code == 302
    assert WorkScheduleEvent.objects.get().leader_slug == "nguyen-van-an"


def test_the_cancel_screen_cancels_through_the_action(admin_client, portal):
    record = event()
    assert f"/quan-tri/lich/lich-cong-tac/{record.pk}/huy/" in admin_client.get(LIST).content.decode()
    url = f"/quan-tri/lich/lich-cong-tac/{record.pk}/huy/"
    assert "Lý do hủy" in admin_client.get(url).content.decode()
    response = admin_client.post(url, {"reason": "Lãnh đạo bận đột xuất"})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.cancelled and record.sequence == 1 and record.cancel_reason == "Lãnh đạo bận đột xuất"
    assert refused(admin_client.get(url))  # nothing left to cancel
    assert refused(admin_client.get("/quan-tri/lich/khong-co/1/huy/"))


def test_agency_staff_see_their_agencys_records_only(client, portal, django_user_model):
    own, other = AgencyFactory(code="sotc"), AgencyFactory(code="sogddt")
    user = django_user_model.objects.create_user("vp.sotc", "vp@sotc.vn", "Mat-khau-Manh-2026", is_staff=True)
    group = Group.objects.create(name="Cập nhật Sở Tài chính")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="schedules", codename__endswith="workscheduleevent"
        ),
    )
    user.groups.add(group)
    AgencyStaff.objects.create(user=user, agency=own, position="Chuyên viên")
    event(content="Lịch của Sở Tài chính", agency=own)
    theirs = event(content="Lịch của Sở Giáo dục", agency=other)
    client.force_login(user)
    html = client.get(LIST).content.decode()
    assert "Lịch của Sở Tài chính" in html and "Lịch của Sở Giáo dục" not in html
    assert refused(client.post(f"/quan-tri/lich/lich-cong-tac/{theirs.pk}/huy/", {"reason": "x"}))
    theirs.refresh_from_db()
    assert not theirs.cancelled
