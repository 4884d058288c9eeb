"""Compliance of the online public services: LC-4.1 (every agency in the catalogue) and ST-14.1.b–c
(member portals of departments and districts at or above ``public_services.min_level``)."""

import pytest
from wagtail.models import Page, Site

from cong.agencies.models import Agency
from cong.core.testing.profiles import override
from cong.services import compliance
from cong.services.models import Procedure, ProcedureField

pytestmark = pytest.mark.django_db


def _agencies():
    root = Page.get_first_root_node()
    site = Site.objects.create(hostname="sotp.example", port=80, root_page=root)
    with_portal = Agency.objects.create(code="sotp", name="Sở Tư pháp", kind="department", site=site)
    without = Agency.objects.create(code="sotc", name="Sở Tài chính", kind="department")
    Agency.objects.create(code="hoinongdan", name="Hội Nông dân tỉnh", kind="mass_organisation")
    field = ProcedureField.objects.create(name="Chứng thực")
    Procedure.objects.create(
        code="1", name="Chứng thực bản sao", field=field, agency=with_portal, online_level=1
    )
    Procedure.objects.create(code="2", name="Thủ tục cũ", field=field, agency=without, retired=True)
    return with_portal, without


def test_agencies_without_procedures_are_flagged_lc_4_1():
    with_portal, without = _agencies()
    found = compliance.findings()  # national: no minimum level
    assert [(f.agency, f.clause) for f in found] == [(without, "LC-4.1")]  # a retired one does not count


def test_the_minimum_level_comes_from_the_profile(settings, tmp_path, client, django_user_model):
    """public_services.min_level: Sóc Trăng's 2 (ST-14.1.b–c) flags a department portal whose best service is
    level 1; raising the procedure to level 2 clears it."""
    with_portal, without = _agencies()
    override(settings, tmp_path, "public_services", 'min_level = { value = 2, source = "ST-14.1.b–c" }')
    found = {(f.agency.code, f.clause) for f in compliance.findings()}
    assert found == {("sotc", "LC-4.1"), ("sotp", "ST-14.1.b–c")}
    client.force_login(django_user_model.objects.create_superuser("qt", "qt@example.gov.vn", "x"))
    page = client.get("/quan-tri/thu-tuc-hanh-chinh/kiem-tra/").content.decode()
    assert "ST-14.1.b–c" in page and "Sở Tư pháp" in page and "mức độ 2" in page
    Procedure.objects.filter(code="1").update(online_level=2)
    assert {f.agency.code for f in compliance.findings()} == {"sotc"}


def test_agency_staff_may_not_open_the_compliance_page(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("canbo", password="x"))
    assert client.get("/quan-tri/thu-tuc-hanh-chinh/kiem-tra/").status_code in (302, 403)
