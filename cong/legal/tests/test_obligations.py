"""Posting obligations per agency (BK-7.1.c, LC-12.1.c), the database-entry clock (KT-11.1.a) and the
comment period of drafts (ND43-10.i, LC-9.1.i¶2), each switched by the profile."""

import datetime as dt
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, Site

from cong.agencies.models import Agency, AgencyStaff
from cong.core.clock import TZ, due
from cong.core.clocks import clocks_for
from cong.core.profiles import clear_profile_cache
from cong.legal.actions import (
    DATABASE_ENTRY_PURPOSE,
    PostingRefused,
    PublicationError,
    post_document,
    posting_clocks,
    publish_consultation,
    publish_document,
)
from cong.legal.models import Consultation, DocumentFile, PostingObligation

from .factories import ISSUED, make_consultation, make_document, make_file

pytestmark = pytest.mark.django_db


def end_of_working_day(day):
    return dt.datetime(2024, 3, day, 17, 0, tzinfo=TZ)


def member_agency(code: str, name: str, *, portal: bool = True) -> Agency:
    site = None
    if portal:
        root = Page.get_first_root_node()
        site = Site.objects.create(hostname=f"{code}.hoason.gov.vn", port=80, root_page=root)
    return Agency.objects.create(code=code, name=name, site=site)


def staff_of(agency: Agency, username: str, django_user_model):
    account = django_user_model.objects.create_user(username=username, password="x", is_staff=True)
    account.user_permissions.add(Permission.objects.get(codename="access_admin"))
    AgencyStaff.objects.create(user=account, agency=agency)
    return account


def document_issued_by_a_affecting_b_and_c(issuer, affected, **fields):
    document = make_document(publish=False, issued_on=ISSUED, issuing_agency=issuer, **fields)
    document.affected_agencies.set(affected)
    document.save()
    return document


def due_by_agency(document):
    return {
        o.agency.code: timezone.localtime(o.clock.due_at)
        for o in PostingObligation.objects.filter(document=document).select_related("agency", "clock")
    }


@pytest.mark.parametrize(("profile", "affected_day"), [("bac-kan", 19), ("lai-chau", 15)])
def test_one_posting_clock_per_agency_and_each_agency_meets_only_its_own(
    settings, client, django_user_model, profile, affected_day
):
    """BK-7.1.c: "Thời gian cập nhật không quá 02 (hai) ngày làm việc kể từ ngày văn bản được ban hành đối
    với cơ quan ban hành văn bản. Thời gian cập nhật không quá 10 (mười) ngày làm việc kể từ ngày văn bản
    được ban hành đối với các cơ quan thuộc phạm vi điều chỉnh của văn bản."
    LC-12.1.c: "không quá 02 (hai) ngày làm việc … đối với cơ quan ban hành văn bản; không quá 08 (tám)
    ngày làm việc kể từ ngày văn bản được ban hành với các cơ quan thuộc phạm vi điều chỉnh của văn bản."
    """
    settings.CONG_PROFILE = profile
    settings.ALLOWED_HOSTS = [".hoason.gov.vn", "testserver"]
    a = member_agency("sota", "Sở Alpha")
    b = member_agency("sobeta", "Sở Beta")
    c = member_agency("sogamma", "Sở Gamma")
    document = document_issued_by_a_affecting_b_and_c(a, [b, c])

    assert due_by_agency(document) == {
        "sota": end_of_working_day(7),  # 2 working days from Tuesday 5: Wednesday 6, Thursday 7
        "sobeta": end_of_working_day(affected_day),
        "sogamma": end_of_working_day(affected_day),
    }
    # every agency here has a member portal: publication meets none
    publish_document(document, acting_user=None)
    assert all(o.clock.running for o in PostingObligation.objects.select_related("clock"))

    staff_b = staff_of(b, "canbo_b", django_user_model)
    staff_c = staff_of(c, "canbo_c", django_user_model)
    with pytest.raises(PostingRefused, match="không thuộc Sở Beta"):
        post_document(document, agency=b, acting_user=staff_c)
    post_document(document, agency=b, acting_user=staff_b, at=dt.datetime(2024, 3, 8, 9, tzinfo=TZ))
    running = {
        o.agency.code: o.clock.running for o in PostingObligation.objects.select_related("agency", "clock")
    }
    assert running == {"sota": True, "sobeta": False, "sogamma": True}

    # B's member portal lists the document with B's own clock; C's does not list it yet.
    page = client.get("/van-ban/", HTTP_HOST="sobeta.hoason.gov.vn").content.decode()
    assert document.number in page and "Đăng đúng hạn" in page
    assert document.number not in client.get("/van-ban/", HTTP_HOST="sogamma.hoason.gov.vn").content.decode()

    # Staff of C see their own obligation with its due date, not B's, and record their posting there.
    client.force_login(staff_c)
    page = client.get("/quan-tri/van-ban/phai-dang/").content.decode()
    assert "Văn bản Sở Gamma phải đăng" in page
    assert f"17:00 {affected_day}/03/2024" in page and "Sở Beta" not in page
    obligation = PostingObligation.objects.get(agency=c)
    client.post("/quan-tri/van-ban/phai-dang/", {"obligation": obligation.pk})
    obligation.refresh_from_db()
    assert obligation.posted_at is not None and not obligation.clock.running
    assert PostingObligation.objects.get(agency=a).clock.running


def test_an_agency_without_member_portal_posts_by_publication_on_the_portal(settings):
    """BK-7.1.c¶2 ("02 (hai) ngày làm việc … đối với cơ quan ban hành văn bản"): an issuer with no
    member portal of its own posts on Cổng, so first publication meets its duty and no one else's."""
    settings.CONG_PROFILE = "bac-kan"
    office = member_agency("vpubnd", "Văn phòng UBND tỉnh", portal=False)
    district = member_agency("huyenx", "UBND huyện X")
    document = document_issued_by_a_affecting_b_and_c(office, [district])
    publish_document(document, acting_user=None)
    states = {
        o.agency.code: o.clock.running for o in PostingObligation.objects.select_related("agency", "clock")
    }
    assert states == {"vpubnd": False, "huyenx": True}
    with pytest.raises(PostingRefused, match="chưa có cổng thành viên"):
        post_document(document, agency=office, acting_user=_superuser())
    # Removing the district from the document's scope removes its obligation and clock.
    document.affected_agencies.set([])
    document.save()
    assert list(PostingObligation.objects.values_list("agency__code", flat=True)) == ["vpubnd"]
    assert clocks_for(document).filter(purpose="deadlines.legal_doc_affected").count() == 0


def _superuser():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("quantri", "qt@example.gov.vn", "x")


def test_obligations_page_runs_a_bounded_number_of_queries(settings, client, django_user_model):
    settings.CONG_PROFILE = "bac-kan"
    b = member_agency("sobeta", "Sở Beta")
    staff_b = staff_of(b, "canbo_b", django_user_model)
    client.force_login(staff_b)

    def count(total):
        for i in range(total):
            document_issued_by_a_affecting_b_and_c(None, [b], number=f"{i}/2024/QĐ-UBND-{total}")
        client.get("/quan-tri/van-ban/phai-dang/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/quan-tri/van-ban/phai-dang/")
        assert response.status_code == 200
        return len(queries)

    assert count(2) == count(12)


def test_database_entry_has_its_own_clock_in_kon_tum(settings, client):
    """KT-11.1.a: "Các Phòng có trách nhiệm cập nhật đầy đủ, chính xác các file văn bản đi của UBND tỉnh,
    Chủ tịch UBND tỉnh và Văn phòng UBND tỉnh vào chương trình quản lý cơ sở dữ liệu văn bản của cơ quan
    (địa chỉ http://csdl.kontum.vn) ngay sau văn bản được phát hành (chậm nhất là 01 ngày, khi văn bản được
    phát hành)." The one day is for the database (the record with its file), not for the website: the
    posting clock stays the national 2 working days (ND43-17). Key: deadlines.legal_database_entry."""
    settings.CONG_PROFILE = "kon-tum"
    document = make_document(publish=False, with_file=False, issued_on=ISSUED)
    entry = clocks_for(document).get(purpose=DATABASE_ENTRY_PURPOSE)
    assert timezone.localtime(entry.due_at) == dt.datetime(2024, 3, 6, 23, 59, 59, tzinfo=TZ)
    assert entry.source == "KT-11.1.a" and entry.running
    posting = posting_clocks([document])[document.pk]
    assert (posting.purpose, posting.source) == ("deadlines.legal_doc_issuer", "ND43-17")
    assert timezone.localtime(posting.due_at) == end_of_working_day(7)

    client.force_login(_superuser())
    page = client.get("/quan-tri/van-ban/phai-dang/").content.decode()
    assert "Đưa văn bản vào cơ sở dữ liệu văn bản" in page and "23:59 06/03/2024 (KT-11.1.a)" in page
    assert "Quá hạn nhập cơ sở dữ liệu" in page

    DocumentFile.objects.create(document=document, file=make_file())  # the file enters the register
    entry.refresh_from_db()
    posting.refresh_from_db()
    assert not entry.running and entry.stop_reason.startswith("Đã cập nhật tệp")
    assert posting.running  # not on the website yet

    settings.CONG_PROFILE = "bac-kan"  # no such limit in Bắc Kạn: no database clock at all
    other = make_document(publish=False, with_file=False, issued_on=ISSUED, number="11/2024/QĐ-UBND")
    assert not clocks_for(other).filter(purpose=DATABASE_ENTRY_PURPOSE).exists()
    assert (
        "Đưa văn bản vào cơ sở dữ liệu văn bản"
        not in client.get("/quan-tri/van-ban/phai-dang/").content.decode()
    )


@pytest.fixture
def ten_day_comment_period(settings, tmp_path):
    path = Path(tmp_path, "goc-y-10-ngay.toml")
    path.write_text(
        'parent = "national"\n\n[consultation]\n'
        'period = { days = 10, unit = "working_days", starts = "đăng dự thảo", source = "default", '
        'note = "Thử nghiệm: tỉnh đặt thời hạn góp ý chung." }\n',
        encoding="utf-8",
    )
    settings.CONG_PROFILE = str(path)
    clear_profile_cache()
    yield
    clear_profile_cache()


def test_profile_comment_period_is_the_default_and_the_minimum(ten_day_comment_period):
    """ND43-10.i / LC-9.1.i¶2: the draft shows "thời hạn tiếp nhận ý kiến góp ý". When the profile sets a
    period, a draft gets it by default and cannot close earlier."""
    opens = dt.datetime(2024, 3, 4, 10, tzinfo=TZ)  # Monday
    draft = make_consultation(publish=False, opens_at=opens, closes_at=None)
    assert timezone.localtime(draft.closes_at) == end_of_working_day(18)  # 10 working days from Tuesday 5
    assert draft.closes_at == due(opens, 10)

    early = make_consultation(
        publish=False, slug="som", opens_at=opens, closes_at=end_of_working_day(11), title="Dự thảo đóng sớm"
    )
    with pytest.raises(ValidationError, match="sớm hơn thời hạn góp ý tối thiểu 10 ngày làm việc"):
        early.full_clean()
    with pytest.raises(PublicationError, match="không đóng trước 17:00 ngày 18/03/2024"):
        publish_consultation(early, acting_user=None)
    early.refresh_from_db()
    assert not early.live and not early.revisions.exists()


def test_without_a_profile_period_each_draft_must_set_its_own(settings):
    """ND43-10.i (national: "Mỗi dự thảo ghi thời hạn góp ý riêng"): no closing moment is refused, and a
    short period is the draft's own choice."""
    settings.CONG_PROFILE = "national"
    opens = dt.datetime(2024, 3, 4, 10, tzinfo=TZ)
    draft = Consultation(
        title="Dự thảo", drafting_agency="Sở Tư pháp", full_text="Điều 1. Phạm vi", opens_at=opens,
        contact_address="Số 1", contact_email="stp@hoason.gov.vn",
    )  # fmt: skip
    with pytest.raises(ValidationError, match="Nhập hạn góp ý"):
        draft.full_clean()
    draft.closes_at = end_of_working_day(6)
    draft.full_clean()
    draft.save()
    publish_consultation(draft, acting_user=None)
    assert draft.live
