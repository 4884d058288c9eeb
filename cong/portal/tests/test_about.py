"""Giới thiệu Cổng và điều khoản sử dụng, and the site's name, built from the regulation profile.

Provisions: BK-2.1, BK-13, BK-9, BK-10.4, BK-12.2¶1, BK-12.2¶3 (Bắc Kạn); KT-1.1, KT-5, KT-3, KT-8.1 (Kon
Tum: an office's «Trang thông tin điện tử»); ST-25.3 (Sóc Trăng: where to complain about the portal).
"""

import re

import pytest
from django.core.exceptions import ValidationError

from cong.portal.models import PortalSettings

pytestmark = pytest.mark.django_db


def about(client, settings, profile: str) -> str:
    settings.CONG_PROFILE = profile
    response = client.get("/gioi-thieu-cong/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_footer_of_every_page_links_the_about_page(client, portal):
    footer = re.search(r"<footer.*</footer>", client.get("/").content.decode(), re.S).group(0)
    assert 'href="/gioi-thieu-cong/"' in footer and "Giới thiệu, điều khoản sử dụng" in footer
    assert 'href="/bao-ve-du-lieu-ca-nhan/"' in footer
    assert 'href="/gioi-thieu-cong/"' in client.get("/so-do-trang/").content.decode()


def test_bac_kan_about_page_says_what_its_regulation_says(client, portal, settings):
    """Keys "owner", "operator", "focal_unit", meta.instrument, meta.in_force, ops.availability,
    terms.prohibited, "complaint_channels", attribution.reuse_citation; the next test switches them."""
    page = about(client, settings, "bac-kan")
    assert "<h1" in page and "Giới thiệu Cổng Thông tin điện tử và điều khoản sử dụng" in page
    assert (
        "Ủy ban nhân dân tỉnh Bắc Kạn" in page and "Văn phòng UBND tỉnh" in page
    )  # owner, operator (BK-2.1)
    assert "Trung tâm Công báo – Tin học" in page  # focal_unit (BK-13)
    assert "QĐ 17/2018/QĐ-UBND" in page and "10/08/2018" in page  # meta.instrument, meta.in_force
    assert "24 giờ tất cả các ngày" in page  # ops.availability (BK-10.4)
    assert "Điều 9 Quy chế" in page  # terms.prohibited (BK-9)
    assert "<li>Trưởng Ban Biên tập</li>" in page  # complaint_channels (BK-12.2¶3)
    assert "<q>Theo Cổng TTĐT tỉnh Bắc Kạn</q>" in page  # attribution.reuse_citation (BK-12.2¶1)


def test_another_regulation_gives_another_about_page(client, portal, settings):
    """Kon Tum's office website (KT-1.1): its own name, owner, prohibited acts, no citation sentence."""
    page = about(client, settings, "kon-tum")
    assert "Giới thiệu Trang thông tin điện tử và điều khoản sử dụng" in page
    assert "Cổng Thông tin điện tử và điều khoản" not in page
    assert "Văn phòng UBND tỉnh Kon Tum" in page and "Phòng Kiểm soát thủ tục hành chính" in page
    assert "An toàn, ổn định" in page and "Phát tán mã độc" in page and "Điều 9 Quy chế" not in page
    assert "<q>" not in page and "ghi rõ nguồn là Cổng Thông tin điện tử tỉnh Thử Nghiệm" in page
    soc_trang = about(client, settings, "soc-trang")
    assert (
        "<li>Báo Sóc Trăng</li>" in soc_trang
        and "<li>Giám đốc Sở Thông tin và Truyền thông</li>" in soc_trang
    )


def test_a_new_site_is_named_after_the_kind_its_regulation_gives(portal, settings):
    """site.kind: provincial_portal (BK-2.1) or office_website (KT-1.1)."""
    settings.CONG_PROFILE = "kon-tum"
    assert PortalSettings(site=portal.site).portal_name == "Trang thông tin điện tử"  # KT-1.1
    settings.CONG_PROFILE = "bac-kan"
    assert PortalSettings(site=portal.site).portal_name == "Cổng Thông tin điện tử"  # BK-2.1


def test_the_main_site_cannot_call_itself_the_other_kind(portal, settings):
    settings.CONG_PROFILE = "kon-tum"
    portal.settings.portal_name = "Cổng Thông tin điện tử Văn phòng UBND tỉnh Kon Tum"
    with pytest.raises(ValidationError) as error:
        portal.settings.full_clean()
    assert "đây là «Trang thông tin điện tử»" in str(error.value) and "KT-1.1" in str(error.value)
    portal.settings.portal_name = "Trang thông tin điện tử Văn phòng UBND tỉnh Kon Tum"
    portal.settings.full_clean()
    settings.CONG_PROFILE = "bac-kan"
    with pytest.raises(ValidationError, match="Cổng Thông tin điện tử"):
        portal.settings.full_clean()
