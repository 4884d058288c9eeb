"""Every public list and detail page of the officials app (and its API lists and feed) runs the same number
of queries with 10 records as with 300."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cong.officials.models import Commendation, Leader, Official, Spokesperson, Statement
from cong.portal.tests.factories import make_image

from .factories import bulk

pytestmark = pytest.mark.django_db
SOTC = {"HTTP_HOST": "sotc.thunghiem.gov.vn"}


def count_queries(client, url: str, **extra) -> int:
    client.get(url, **extra)  # fills the per-process caches and makes the renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


def build(total: int, agencies, portrait) -> dict:
    for model in (Statement, Spokesperson, Official, Leader, Commendation):
        model.objects.all().delete()
    agency = lambda i: agencies[i % len(agencies)]  # noqa: E731
    bulk(
        Leader,
        total,
        name=lambda i: f"Nguyễn Văn Lãnh {i}",
        position="Phó Chủ tịch",
        order=lambda i: i,
        agency=lambda i: None,
        portrait=portrait,
        duties="Phụ trách khối kinh tế",
        term="2021–2026",
    )
    bulk(
        Official,
        total,
        name=lambda i: f"Nguyễn Văn Cán {i}",
        position="Chuyên viên",
        unit="Văn phòng",
        agency=agency,
        email=lambda i: f"cb{i}@hoason.gov.vn",
        phone="0201 3852 123",
        fax="0201 3852 124",
    )
    bulk(
        Spokesperson,
        total,
        name=lambda i: f"Trần Thị Phát {i}",
        position="Chánh Văn phòng",
        agency=agency,
        phone="0912 345 678",
        email=lambda i: f"pn{i}@hoason.gov.vn",
    )
    speaker = Spokesperson.objects.filter(agency=agencies[0]).earliest("pk")
    bulk(
        Statement,
        total,
        title=lambda i: f"Thông tin về mưa lũ số {i}",
        issued_on=dt.date(2026, 11, 2),
        signer="Trần Thị Phát",
        spokesperson=speaker,
        agency=agencies[0],
        body="Nội dung.",
        kind="statement",
    )
    bulk(Commendation, total, organisation=lambda i: f"Công ty Đông Phong {i}", decision_number=lambda i: f"{i}/QĐ",
         decided_on=dt.date(2026, 10, 1), deciding_body="UBND tỉnh", content="Khen thưởng.", kind="commendation",
         agency=agency)  # fmt: skip
    return {
        "leader": Leader.objects.earliest("pk"),
        "official": Official.objects.filter(agency=agencies[0]).earliest("pk"),
        "spokesperson": speaker,
        "statement": Statement.objects.earliest("pk"),
        "commendation": Commendation.objects.earliest("pk"),
    }


def test_public_pages_run_a_constant_number_of_queries(client, newsroom):
    agencies = [newsroom.agency_a, newsroom.agency_b]
    portrait = make_image("Chân dung")
    counts = {}
    for total in (10, 300):
        first = build(total, agencies, portrait)
        urls = [
            "/lanh-dao/",
            first["leader"].get_absolute_url(),
            "/danh-ba/",
            "/danh-ba/?q=nguyen+van&agency=sotc",
            first["official"].get_absolute_url(),
            first["official"].get_vcard_url(),
            "/phat-ngon/",
            "/phat-ngon/?q=mua+lu&kind=statement&year=2026",
            first["statement"].get_absolute_url(),
            "/phat-ngon/rss/",
            "/phat-ngon/nguoi-phat-ngon/",
            first["spokesperson"].get_absolute_url(),
            "/khen-thuong-xu-ly/",
            "/khen-thuong-xu-ly/?kind=commendation&year=2026&q=dong",
            first["commendation"].get_absolute_url(),
            "/api/v1/leaders/",
            "/api/v1/officials/?q=nguyen",
            "/api/v1/spokespersons/",
            "/api/v1/statements/",
            "/api/v1/commendations/",
            f"/api/v1/officials/{first['official'].pk}/",
        ]
        counts[total] = {re.sub(r"\d+", "N", url): count_queries(client, url) for url in urls}
        counts[total]["member portal /danh-ba/"] = count_queries(client, "/danh-ba/", **SOTC)
        counts[total]["member portal /phat-ngon/"] = count_queries(client, "/phat-ngon/", **SOTC)
    assert Official.objects.count() == 300
    assert counts[10] == counts[300], {k: (counts[10][k], counts[300][k]) for k in counts[10]}
