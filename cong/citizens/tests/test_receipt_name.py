"""The receipt a citizen gets names the site as its regulation does (site.kind): Kon Tum's office website
(KT-1.1) is a «Trang thông tin điện tử», a provincial portal (BK-2.1) a «Cổng Thông tin điện tử»."""

import pytest

from cong.citizens.models import AskerNotice, Question

from .factories import question

pytestmark = pytest.mark.django_db


def receipt(settings, profile: str) -> str:
    settings.CONG_PROFILE = profile
    asked = question(kind=Question.Kind.PETITION, title=f"Phản ánh thử ({profile})")
    return AskerNotice.objects.get(question=asked, kind=AskerNotice.Kind.RECEIPT).body


def test_the_receipt_names_the_kind_of_site(portal, settings):
    assert receipt(settings, "kon-tum").startswith("Trang thông tin điện tử đã tiếp nhận phản ánh, kiến nghị")
    assert receipt(settings, "bac-kan").startswith("Cổng Thông tin điện tử đã tiếp nhận phản ánh, kiến nghị")
