"""The profile's rules for member portals: host names (LC-7.2), portals switched off (KT-1.1), which units
may have one (``member_portals.unit_types``) and who admits one (``member_portals.approval``, LC-19.2¶2).

Each test switches the profile (another province's, or a temporary file that overrides one value) and
asserts what an administrator sees change: a refusal with its Vietnamese message, a missing button."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.models import Site

from cong.agencies.models import Agency
from cong.agencies.portals import create_member_portal, member_portal_hostname
from cong.core.testing.profiles import profile

pytestmark = pytest.mark.django_db


def refusal(call) -> str:
    with pytest.raises((ValidationError, PermissionDenied)) as error:
        call()
    value = error.value
    return " ".join(value.messages) if isinstance(value, ValidationError) else str(value)


def test_lai_chau_member_portal_has_exactly_one_label_before_laichau_gov_vn(newsroom, settings):
    """LC-7.2: «Tên miền của Cổng Thông tin điện tử thành viên sử dụng tên miền cấp 4 theo dạng:
    tendonvi.laichau.gov.vn; trong đó tendonvi là tên viết tắt của cơ quan, đơn vị đó được viết bằng
    tiếng Việt không dấu hoặc tiếng Anh.»
    ``member_portals.domain_pattern`` «{unit}.laichau.gov.vn» against the national «{unit}.{province}.gov.vn»."""
    agency = Agency.objects.create(name="Sở Tư pháp", code="stp", kind=Agency.Kind.DEPARTMENT)
    with profile(settings, "lai-chau"):
        assert member_portal_hostname(agency) == "stp.laichau.gov.vn"
        for host in ("a.b.laichau.gov.vn", "stp.example.com", "stp.thunghiem.gov.vn", "laichau.gov.vn"):
            message = refusal(lambda host=host: create_member_portal(agency, hostname=host))
            assert "không đúng mẫu “tendonvi.laichau.gov.vn” (LC-7.2)" in message, host
            assert "đúng một nhãn" in message
        assert "không hợp lệ" in refusal(
            lambda: create_member_portal(agency, hostname="sở-tư-pháp.laichau.gov.vn")
        )
        assert not Site.objects.filter(site_name="Sở Tư pháp").exists()  # nothing half-written
        # An English name is as good as an abbreviation for a department.
        site = create_member_portal(agency, hostname="justice.laichau.gov.vn")
    assert site.hostname == "justice.laichau.gov.vn"


def test_lai_chau_district_portal_uses_its_full_name_without_diacritics(newsroom, settings, client):
    """LC-7.2: «Riêng Ủy ban nhân dân các huyện, thành phố sử dụng tên đầy đủ bằng tiếng Việt không dấu.»
    Tam Đường → tamduong, not the abbreviation tdg; under the national defaults an abbreviation is fine."""
    tam_duong = Agency.objects.create(name="UBND huyện Tam Đường", code="tdg", kind=Agency.Kind.DISTRICT)
    sin_ho = Agency.objects.create(name="UBND huyện Sìn Hồ", code="sh", kind=Agency.Kind.DISTRICT)
    with profile(settings, "lai-chau"):
        assert member_portal_hostname(tam_duong) == "tamduong.laichau.gov.vn"
        message = refusal(lambda: create_member_portal(tam_duong, hostname="tdg.laichau.gov.vn"))
        assert message == (
            "Cổng thành viên của UBND huyện Tam Đường dùng tên đầy đủ bằng tiếng Việt không dấu “tamduong”, "
            "không dùng “tdg” (LC-7.2)."
        )
        assert create_member_portal(tam_duong, hostname="tamduong.laichau.gov.vn").hostname == (
            "tamduong.laichau.gov.vn"
        )
        # The administrator's form proposes the lawful name.
        client.force_login(newsroom.user("leader"))
        form = client.get(f"/quan-tri/co-quan/{sin_ho.pk}/tao-cong/").content.decode()
        assert "sinho.laichau.gov.vn" in form
    with profile(settings, "national"):
        assert create_member_portal(sin_ho, hostname="sh.thunghiem.gov.vn").hostname == "sh.thunghiem.gov.vn"


def test_full_name_rule_is_the_profile_value_alone(newsroom, settings, tmp_path):
    """Switching only ``member_portals.local_label`` over the national defaults turns the rule on."""
    district = Agency.objects.create(name="UBND huyện Tân Uyên", code="tu", kind=Agency.Kind.DISTRICT)
    text = (
        'parent = "national"\n\n[member_portals]\nlocal_label = { value = "full_name", source = "LC-7.2" }\n'
    )
    with profile(settings, text, tmp_path):
        assert "“tanuyen”" in refusal(lambda: create_member_portal(district, hostname="tu.thunghiem.gov.vn"))
    assert create_member_portal(district, hostname="tu.thunghiem.gov.vn").hostname == "tu.thunghiem.gov.vn"


def test_national_pattern_still_wants_one_label_before_the_province_domain(newsroom):
    """ND43-6: <đơn vị>.<tỉnh>.gov.vn — the national defaults name no province, any one label stands for it."""
    agency = Agency.objects.create(name="Sở Y tế", code="soyt", kind=Agency.Kind.DEPARTMENT)
    for host in ("a.soyt.thunghiem.gov.vn", "soyt.example.com", "soyt.gov.vn"):
        assert "đúng một nhãn" in refusal(lambda host=host: create_member_portal(agency, hostname=host)), host
    assert create_member_portal(agency, hostname="soyt.thunghiem.gov.vn").hostname == "soyt.thunghiem.gov.vn"


def test_the_member_portal_home_page_is_named_with_the_profile_term(newsroom, settings):
    """``member_portals.term``: LC-3.2 says «Cổng TTĐT thành viên», ND43-16 «Cổng thông tin điện tử thành
    phần»; the new portal's home page carries the term of the profile in force."""
    health = Agency.objects.create(name="Sở Y tế", code="soyt", kind=Agency.Kind.DEPARTMENT)
    justice = Agency.objects.create(name="Sở Tư pháp", code="stp", kind=Agency.Kind.DEPARTMENT)
    national = create_member_portal(health, hostname="soyt.thunghiem.gov.vn")
    assert national.root_page.title == "Cổng thông tin điện tử thành phần Sở Y tế"
    with profile(settings, "lai-chau"):
        lai_chau = create_member_portal(justice, hostname="stp.laichau.gov.vn")
    assert lai_chau.root_page.title == "Cổng TTĐT thành viên Sở Tư pháp"


def test_kon_tum_has_no_member_portals_in_the_admin_or_in_code(newsroom, settings, client, django_user_model):
    """KT-1.1: one office website (Trang TTĐT Văn phòng UBND tỉnh), no member portals
    (``member_portals.enabled = false``; the national profile shows the button and creates them)."""
    admin = django_user_model.objects.create_superuser(
        "quantri_kt", "qt@thunghiem.gov.vn", "Mat-khau-dai-2026"
    )
    agency = Agency.objects.create(name="Sở Y tế", code="soyt", kind=Agency.Kind.DEPARTMENT)
    client.force_login(admin)
    create_url = f"/quan-tri/co-quan/{agency.pk}/tao-cong/"
    assert create_url in client.get("/quan-tri/snippets/agencies/agency/").content.decode()
    with profile(settings, "kon-tum"):
        assert create_url not in client.get("/quan-tri/snippets/agencies/agency/").content.decode()
        response = client.get(create_url, follow=True)
        assert "không có cổng thành viên (KT-1.1)" in response.content.decode()
        response = client.post(create_url, {"hostname": "soyt.kontum.gov.vn"}, follow=True)
        assert "không có cổng thành viên (KT-1.1)" in response.content.decode()
        message = refusal(lambda: create_member_portal(agency, hostname="soyt.kontum.gov.vn"))
        assert (
            message
            == "Quy chế QĐ 65/QĐ-CVP không có cổng thành viên (KT-1.1): không tạo được cổng thành viên."
        )
    agency.refresh_from_db()
    assert agency.site is None and not Site.objects.filter(hostname="soyt.kontum.gov.vn").exists()


def test_only_the_kinds_of_unit_the_regulation_names_get_a_member_portal(
    newsroom, settings, client, django_user_model
):
    """BK-3.3.p lists mass organisations (đoàn thể) among the member websites; ND43-6 names departments
    and district People's Committees only."""
    union = Agency.objects.create(
        name="Hội Nông dân tỉnh", code="hoinongdan", kind=Agency.Kind.MASS_ORGANISATION
    )
    admin = django_user_model.objects.create_superuser(
        "quantri_bk", "qt@thunghiem.gov.vn", "Mat-khau-dai-2026"
    )
    client.force_login(admin)
    create_url = f"/quan-tri/co-quan/{union.pk}/tao-cong/"
    message = refusal(lambda: create_member_portal(union, hostname="hoinongdan.thunghiem.gov.vn"))
    assert message.startswith("Theo ND43-6, cổng thành viên chỉ dành cho: Sở, ngành; Ban, cơ quan ngang sở; ")
    assert "Hội Nông dân tỉnh (Tổ chức chính trị – xã hội) không thuộc các loại này." in message
    assert create_url not in client.get("/quan-tri/snippets/agencies/agency/").content.decode()
    with profile(settings, "bac-kan"):
        assert create_url in client.get("/quan-tri/snippets/agencies/agency/").content.decode()
        site = create_member_portal(union, hostname="hoinongdan.backan.gov.vn", acting_user=admin)
    assert site.hostname == "hoinongdan.backan.gov.vn"


def test_lai_chau_board_admits_member_portals_not_the_administrator(newsroom, settings, client):
    """LC-19.2¶2: «Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện, thành
    phố khi muốn tích hợp Cổng Thông tin điện tử thành viên trên Cổng Thông tin điện tử tỉnh Lai Châu phải
    được sự chấp thuận của Ban Biên tập Cổng Thông tin điện tử tỉnh Lai Châu.»"""
    health = Agency.objects.create(name="Sở Y tế", code="soyt", kind=Agency.Kind.DEPARTMENT)
    admin, leader = newsroom.user("admin"), newsroom.user("leader")
    create_url = f"/quan-tri/co-quan/{health.pk}/tao-cong/"
    # National defaults: the portal's administrator creates member portals; the board's head does not.
    client.force_login(admin)
    assert "soyt." in client.get(create_url).content.decode()
    assert "Chỉ quản trị Cổng" in refusal(
        lambda: create_member_portal(health, hostname="soyt.thunghiem.gov.vn", acting_user=leader)
    )
    with profile(settings, "lai-chau"):
        assert client.get(create_url).status_code in (302, 403)  # Wagtail turns a refusal into a redirect
        message = refusal(
            lambda: create_member_portal(health, hostname="soyt.laichau.gov.vn", acting_user=admin)
        )
        assert message.startswith("Theo LC-19.2¶2, cổng thành viên chỉ được tích hợp vào Cổng tỉnh khi Ban")
        client.force_login(leader)
        assert "soyt.laichau.gov.vn" in client.get(create_url).content.decode()
        client.post(create_url, {"hostname": "soyt.laichau.gov.vn"})
    health.refresh_from_db()
    assert health.site.hostname == "soyt.laichau.gov.vn"


@pytest.mark.parametrize(
    ("name", "portals"),
    [
        ("national", {"sonnmt.localhost", "ubndtanlap.localhost", "sotc.localhost"}),
        ("lai-chau", {"sonnmt.localhost", "tanlap.localhost", "sotc.localhost"}),
        ("kon-tum", set()),
    ],
)
def test_editorial_demo_loads_under_each_profile(portal, settings, name, portals):
    """The demo follows the profile: LC-7.2 names the district's portal by its full name; Kon Tum (KT-1.1)
    has none, and its agencies send forms instead."""
    from django.utils import timezone

    from cong.demo import editorial as demo

    portal.section("Tin tức, sự kiện", slug="tin-tuc-su-kien")
    with profile(settings, name):
        demo.load(timezone.now(), io.StringIO().write)
        demo.load(timezone.now(), io.StringIO().write)  # twice adds nothing
    assert set(Site.objects.filter(is_default_site=False).values_list("hostname", flat=True)) == portals
    senders = {"canbo.sogddt"} | (
        {"canbo.sonnmt", "canbo.sotc", "canbo.ubndtanlap"} if not portals else set()
    )
    from django.contrib.auth import get_user_model

    assert set(
        get_user_model().objects.filter(username__startswith="canbo.").values_list("username", flat=True)
    ) == (senders)
