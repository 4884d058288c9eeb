"""gazette.mode and gazette.external_url (ND43-10.g): the portal's own Công báo, a link to one elsewhere,
or none."""

import pytest

from cong.core.tests.test_profiles import write_province

pytestmark = pytest.mark.django_db


def gazette_profile(tmp_path, mode: str, url: str = "") -> str:
    return str(
        write_province(
            tmp_path,
            f'parent = "national"\n[gazette]\nmode = {{ value = "{mode}", source = "ND43-10.g" }}\n'
            f'external_url = {{ value = "{url}", source = "ND43-10.g" }}\n',
            name=f"cong-bao-{mode.replace('_', '-')}",  # one file per mode: profiles are cached by path
        )
    )


def test_the_gazette_list_follows_the_profile(client, portal, settings, tmp_path):
    settings.CONG_PROFILE = "bac-kan"  # BK-3.3.n: internal
    assert client.get("/cong-bao/").status_code == 200
    settings.CONG_PROFILE = gazette_profile(tmp_path, "external_link", "https://congbao.thunghiem.gov.vn/")
    response = client.get("/cong-bao/")
    assert (response.status_code, response["Location"]) == (302, "https://congbao.thunghiem.gov.vn/")
    settings.CONG_PROFILE = gazette_profile(tmp_path, "none")
    assert client.get("/cong-bao/").status_code == 404
