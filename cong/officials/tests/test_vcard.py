"""The vCard of a directory entry (RFC 6350), read back by a small parser that follows the RFC: CRLF lines,
folding at 75 octets, BEGIN/VERSION/FN/END, escaped text values."""

import pytest

from cong.officials import vcard
from cong.officials.models import Official

from .factories import make_official

pytestmark = pytest.mark.django_db


def parse_vcard(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """(name, parameters, value) of each property, after checking the RFC's framing (§3.2, §3.3)."""
    text = data.decode("utf-8")  # §3.1: UTF-8
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", ""), "lines end in CRLF only"
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, f"line longer than 75 octets: {line!r}"
    logical: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            logical[-1] += line[1:]  # unfolding
        else:
            logical.append(line)
    properties = []
    for line in logical:
        head, _colon, value = line.partition(":")
        name, *params = head.split(";")
        parameters = dict(p.split("=", 1) for p in params)
        properties.append((name.upper(), parameters, value))
    names = [p[0] for p in properties]
    assert names[0] == "BEGIN" and properties[0][2] == "VCARD"
    assert names[1] == "VERSION" and properties[1][2] == "4.0"
    assert names[-1] == "END" and properties[-1][2] == "VCARD"
    assert names.count("FN") == 1
    return properties


def unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_the_download_is_a_utf8_vcard_that_parses(client, portal):
    official = make_official(
        name="Nguyễn Văn Bình",
        position="Trưởng phòng Tổng hợp, Hành chính; kiêm Người phát ngôn của Văn phòng Ủy ban nhân dân tỉnh",
        unit="Phòng Tổng hợp",
        fax="0201 3852 124",
    )
    response = client.get(f"/danh-ba/{official.pk}.vcf")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="nguyen-van-binh.vcf"'
    properties = parse_vcard(response.content)
    by_name = {}
    for name, params, value in properties:
        by_name.setdefault(name, []).append((params, value))
    assert unescape(by_name["FN"][0][1]) == "Nguyễn Văn Bình"
    assert by_name["N"][0][1] == "Nguyễn;Văn Bình;;;"
    assert unescape(by_name["TITLE"][0][1]) == official.position  # long, with a comma and a semicolon
    assert by_name["EMAIL"][0][1] == "nvbinh@hoason.gov.vn"
    tels = {params["TYPE"]: value for params, value in by_name["TEL"]}
    assert tels == {'"work,voice"': "tel:+842013852123", '"work,fax"': "tel:+842013852124"}
    assert by_name["URL"][0][1] == f"http://testserver/danh-ba/{official.pk}/"
    assert by_name["UID"][0][1].startswith("urn:uuid:")


def test_folding_never_splits_a_character():
    official = Official(pk=7, name="Đặng Thị Ngọc Ánh " * 8, position="", email="a@b.vn", phone="1")
    text = vcard.vcard(official, organisation="Ủy ban nhân dân tỉnh")
    properties = parse_vcard(text.encode("utf-8"))
    assert unescape(dict((n, v) for n, _p, v in properties)["FN"]) == official.name


def test_a_draft_or_unknown_entry_has_no_vcard(client, portal):
    draft = make_official(publish=False)
    assert client.get(f"/danh-ba/{draft.pk}.vcf").status_code == 404
    assert client.get("/danh-ba/999999.vcf").status_code == 404
