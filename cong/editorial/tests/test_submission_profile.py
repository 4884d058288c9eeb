"""The phiếu follows the profile: its numbered items (``submission.form``, BK-App.1–6), and what it tells
an agency about the other ways to send (``submission.channels``, ``submission.emails``: BK-6.1, KT-7.4,
LC-12.3)."""

from pathlib import Path

import pytest

from cong.core.profiles import ProfileError, load_profile
from cong.core.testing.profiles import profile
from cong.editorial.models import InformationSubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def intake(newsroom):
    return newsroom.portal.section("Tin từ các sở, ngành", slug="tin-tu-so-nganh")


def test_phieu_page_names_the_provinces_channels_and_addresses(newsroom, intake, client, settings):
    """BK-6.1.a: phiếu on paper or files by email to banbientap@backan.gov.vn; KT-7.4.b: vpubnd@kontum.gov.vn
    or phongksttthc@gmail.com; LC-12.3: «Gửi văn bản điện tử có ký số … Gửi thư điện tử về địa chỉ Email
    được cung cấp tại cuối trang chủ» — Lai Châu names no address, so the footer's is given."""
    client.force_login(newsroom.user("editor_a"))
    seen = {}
    for name in ("national", "bac-kan", "kon-tum", "lai-chau"):
        with profile(settings, name):
            seen[name] = client.get("/quan-tri/phieu/moi/").content.decode()
    assert "Gửi phiếu trực tuyến trên trang quản trị của Cổng" in seen["national"]
    assert "banbientap@backan.gov.vn" not in seen["national"]
    assert "Các hình thức gửi thông tin theo quy chế (BK-6.1)" in seen["bac-kan"]
    assert "Phiếu cung cấp thông tin trên giấy" in seen["bac-kan"]
    assert 'href="mailto:banbientap@backan.gov.vn"' in seen["bac-kan"]
    assert "vpubnd@kontum.gov.vn" in seen["kon-tum"] and "phongksttthc@gmail.com" in seen["kon-tum"]
    assert "banbientap@backan.gov.vn" not in seen["kon-tum"]
    assert "Văn bản điện tử có ký số" in seen["lai-chau"]
    assert 'href="mailto:congtt@thunghiem.gov.vn"' in seen["lai-chau"]  # the portal's footer address


def test_phieu_items_and_numbering_follow_the_profile(newsroom, intake, client, settings, tmp_path):
    """BK-App.1–6: 1. Tên đơn vị, 2. Tên người gửi, 3. Thông tin, 4. Văn bản, tài liệu kèm theo, 5. Ảnh,
    6. Đề nghị đăng mục. A phiếu with three items has no sender or attachment fields and numbers 1–3."""
    client.force_login(newsroom.user("editor_a"))
    full = client.get("/quan-tri/phieu/moi/").content.decode()
    for label in (
        "1. Tên đơn vị",
        "2. Tên người gửi",
        "3. Thông tin – Tiêu đề",
        "5. Ảnh",
        "6. Đề nghị đăng mục",
    ):
        assert label in full, label
    text = (
        'parent = "national"\n\n[submission]\n'
        'form = { value = ["unit", "information", "section"], source = "default", note = "Thử nghiệm." }\n'
    )
    with profile(settings, text, tmp_path):
        short = client.get("/quan-tri/phieu/moi/").content.decode()
        response = client.post(
            "/quan-tri/phieu/moi/",
            {
                "title": "Tập huấn quyết toán ngân sách xã",
                "lead": "Sở Tài chính tập huấn cho kế toán xã.",
                "content": "Có 150 đại biểu tham dự.",
                "proposed_section": intake.pk,
            },
        )
    assert "2. Thông tin – Tiêu đề" in short and "3. Đề nghị đăng mục" in short
    assert "Tên người gửi" not in short and "Ảnh" not in short and 'name="photos"' not in short
    assert response.status_code == 302
    submission = InformationSubmission.objects.get()
    assert submission.sender_name == "bientap_sotc"  # the signed-in account, as no item asks for it


def test_a_phieu_without_the_items_that_make_an_article_stops_start_up(tmp_path):
    path = Path(tmp_path, "thieu-muc.toml")
    path.write_text(
        'parent = "national"\n\n[submission]\n'
        'form = { value = ["unit", "sender"], source = "default", note = "Thử nghiệm." }\n',
        encoding="utf-8",
    )
    with pytest.raises(ProfileError) as error:
        load_profile(str(path))
    assert "khoá «submission.form»: phiếu phải có các mục information, section để tạo tin, bài" in str(
        error.value
    )
