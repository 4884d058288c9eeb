"""The portal's host names and HTTPS as the profile sets them.

Provisions: ST-3.1 (www.soctrang.gov.vn, also soctrang.gov.vn), KT-2.1 (vpubnd.kontum.gov.vn, also
kontumvp.kontum.gov.vn), HG-2.1 and TT32-20 (HTTPS required).
"""

import pytest

from cong.core.checks import check_https_required
from cong.core.tests.test_profiles import write_province

pytestmark = pytest.mark.django_db


def test_an_alias_host_redirects_permanently_to_the_primary_domain_keeping_the_path(client, settings):
    settings.CONG_PROFILE = "soc-trang"
    response = client.get("/van-ban/?q=thu%E1%BA%BF&page=2", HTTP_HOST="soctrang.gov.vn")
    assert response.status_code == 301
    assert response["Location"] == "https://www.soctrang.gov.vn/van-ban/?q=thu%E1%BA%BF&page=2"
    assert client.get("/", HTTP_HOST="SocTrang.gov.vn:8443").status_code == 301  # any case, any port
    settings.CONG_PROFILE = "kon-tum"
    response = client.get("/hoi-dap/", HTTP_HOST="kontumvp.kontum.gov.vn")
    assert response["Location"] == "https://vpubnd.kontum.gov.vn/hoi-dap/"


def test_a_host_that_is_no_alias_of_this_profile_is_refused(client, settings):
    settings.CONG_PROFILE = "bac-kan"  # no aliases: soctrang.gov.vn is just an unknown host
    assert client.get("/van-ban/", HTTP_HOST="soctrang.gov.vn").status_code == 400


def test_the_redirect_keeps_plain_http_when_the_profile_does_not_require_https(client, settings, tmp_path):
    path = write_province(
        tmp_path,
        'parent = "national"\n[site]\nhttps_required = { value = false, source = "default", note = "Thử." }\n'
        '[site.domain]\nprimary = { value = "thunghiem.gov.vn", source = "ST-3.1" }\n'
        'aliases = { value = ["www.thunghiem.gov.vn"], source = "ST-3.1" }\n',
    )
    settings.CONG_PROFILE = str(path)
    response = client.get("/so-do-trang/", HTTP_HOST="www.thunghiem.gov.vn")
    assert (response.status_code, response["Location"]) == (301, "http://thunghiem.gov.vn/so-do-trang/")


def test_deploy_check_refuses_plain_http_when_the_profile_requires_https(settings, tmp_path):
    """site.https_required (HG-2.1); switched off in a temporary profile, the check is silent."""
    settings.CONG_PROFILE = "hau-giang"  # HG-2.1
    settings.SECURE_SSL_REDIRECT = False
    errors = check_https_required()
    assert [error.id for error in errors] == ["cong.E003"] and "HG-2.1" in errors[0].msg
    settings.SECURE_SSL_REDIRECT = True
    assert check_https_required() == []
    settings.SECURE_SSL_REDIRECT = False
    path = write_province(
        tmp_path,
        'parent = "national"\n[site]\nhttps_required = { value = false, source = "default", note = "Thử." }\n',
    )
    settings.CONG_PROFILE = str(path)
    assert check_https_required() == []
