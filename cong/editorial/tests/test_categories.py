"""The board's dashboard lists the categories the regulation requires that the portal does not have
(profile ``categories``): switching the profile changes the list."""

from contextlib import contextmanager

import pytest

from cong.core.profiles import clear_profile_cache

pytestmark = pytest.mark.django_db


@contextmanager
def profile(settings, name):
    settings.CONG_PROFILE = name
    clear_profile_cache()
    try:
        yield
    finally:
        settings.CONG_PROFILE = "national"
        clear_profile_cache()


def missing_on_dashboard(html: str) -> list[str]:
    import re

    block = html.split('id="chuyen-muc-bat-buoc"', 1)[1].split("</section>", 1)[0]
    return re.findall(r"<li>([^<]+)</li>", block)


def test_dashboard_lists_required_categories_missing_from_the_portal(
    portal, client, django_user_model, settings
):
    """ND43-10 lists what a portal must carry; BK-3.3.a–s names Bắc Kạn's nineteen categories, among them
    «Công báo điện tử tỉnh Bắc Kạn» and «Website thành viên». A section titled «Tin tức – Sự kiện» counts
    for «Tin tức, sự kiện» (punctuation and case aside); one under a section counts too."""
    portal.section("Giới thiệu")
    news = portal.section("Tin tức – Sự kiện")
    portal.section("Thống kê", parent=news)
    client.force_login(
        django_user_model.objects.create_superuser("bbt", "bbt@thunghiem.gov.vn", "x-Mat-khau-2026")
    )

    national = client.get("/quan-tri/").content.decode()
    assert "Chuyên mục bắt buộc theo quy chế (ND43-10; ND43-11; ND43-12; ND43-18)" in national
    missing = missing_on_dashboard(national)
    assert "Thông tin chỉ đạo, điều hành" in missing and "Dịch vụ công trực tuyến" in missing
    assert "Giới thiệu" not in missing and "Tin tức, sự kiện" not in missing and "Thống kê" not in missing
    assert "Cổng còn thiếu 10 trong 13 chuyên mục bắt buộc" in national

    with profile(settings, "bac-kan"):
        bac_kan = client.get("/quan-tri/").content.decode()
    missing = missing_on_dashboard(bac_kan)
    assert "(BK-3.3.a–s)" in bac_kan and "Cổng còn thiếu 16 trong 19 chuyên mục bắt buộc" in bac_kan
    assert "Công báo điện tử tỉnh Bắc Kạn" in missing and "Website thành viên" in missing
    assert "Thông tin chỉ đạo, điều hành" not in missing  # Bắc Kạn says «Chỉ đạo, điều hành»
    assert "Chỉ đạo, điều hành" in missing


def test_a_portal_with_every_category_says_so(portal, client, django_user_model, settings):
    from cong.core.profiles import get_profile

    for title in get_profile("national")["categories"]:
        portal.section(title)
    client.force_login(
        django_user_model.objects.create_superuser("bbt", "bbt@thunghiem.gov.vn", "x-Mat-khau-2026")
    )
    assert "Cổng có đủ 13 chuyên mục bắt buộc." in client.get("/quan-tri/").content.decode()
    with profile(settings, "bac-kan"):
        assert "Cổng còn thiếu" in client.get("/quan-tri/").content.decode()
