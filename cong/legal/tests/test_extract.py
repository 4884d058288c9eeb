"""The importer reads the five seed regulations and documents it was not written for.

Provisions: BK-3.3.e, LC-9.1.e, ND43-10.e (number/symbol, issuer, dates, summary of each document).
"""

import io
import os

import pytest

from cong.core.text import TCVN3, VNI, unicode_to_legacy
from cong.legal.importer.extract import NotALegalDocument, extract, institution_case
from cong.legal.importer.reader import UnreadableDocument, read_bytes

from .samples import DECREE, LETTER, NOT_A_DOCUMENT, RESOLUTION, seed

SEEDS = {
    # prefix: number, kind, issuer, place, issued, effective, replaces
    "000": ("17/2018/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Bắc Kạn", "Bắc Kạn", "2018-07-31", "2018-08-10",
            ["307/2010/QĐ-UBND"]),
    "001": ("65/QĐ-CVP", "Quyết định", "Văn phòng Ủy ban nhân dân tỉnh Kon Tum", None, "2011-09-15", "2011-09-15", []),
    "002": ("31/2010/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Sóc Trăng", "Sóc Trăng", "2010-12-10",
            "2010-12-20", []),
    "003": ("43/2020/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Lai Châu", "Lai Châu", "2020-12-02", "2020-12-15",
            []),
    "004": ("1347/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hậu Giang", "Hậu Giang", "2020-07-23", "2020-07-23",
            []),
}  # fmt: skip

# The documents each seed cites in its grounds ("Căn cứ"), in order: number (None for laws cited by name)
# and date.
GROUNDS = {
    "000": [(None, "2015-06-19"), (None, "2005-11-29"), (None, "2006-06-29"), ("103/2016/QH13", "2016-04-05"),
            ("64/2007/NĐ-CP", "2007-04-10"), ("43/2011/NĐ-CP", "2011-06-13"), ("72/2013/NĐ-CP", "2013-07-15"),
            ("27/2018/NĐ-CP", "2018-03-01")],
    "001": [("17/2011/QĐ-UBND", "2011-07-20"), ("43/2011/NĐ-CP", "2011-06-13"), ("702/UBND-KTTH", "2011-05-06")],
    "002": [(None, "2003-11-26"), (None, "2005-11-29"), (None, "2006-06-29"), ("64/2007/NĐ-CP", "2007-04-10"),
            ("97/2008/NĐ-CP", "2008-08-28"), ("100/2010/NĐ-CP", "2010-09-28"), ("1605/QĐ-TTg", "2010-08-27"),
            ("43/2008/TTLT-BTC-BTTTT", "2008-05-26"), ("26/2009/TT-BTTTT", "2009-07-31")],
    "003": [(None, "2015-06-19"), (None, "2019-11-22"), (None, "2015-06-22"), (None, "2006-06-29"),
            ("64/2007/NĐ-CP", "2007-04-10"), ("43/2011/NĐ-CP", "2011-06-13"), ("72/2013/NĐ-CP", "2013-07-15"),
            ("27/2018/NĐ-CP", "2018-03-01"), ("32/2017/TT-BTTTT", "2017-11-15"), ("25/2010/TT-BTTTT", "2010-11-15"),
            ("09/2014/TT-BTTTT", "2014-08-19")],
    "004": [(None, "2015-06-19"), (None, "2019-11-22"), (None, "2005-11-29"), (None, "2006-06-29"),
            ("64/2007/NĐ-CP", "2007-04-10"), ("43/2011/NĐ-CP", "2011-06-13"), ("72/2013/NĐ-CP", "2013-07-15"),
            ("09/2017/NĐ-CP", "2017-02-09"), ("27/2018/NĐ-CP", "2018-03-01"), ("25/2010/TT-BTTTT", "2010-11-15"),
            ("09/2014/TT-BTTTT", "2014-08-19"), ("32/2017/TT-BTTTT", "2017-11-15"), ("2259/QĐ-UBND", "2007-12-20")],
}  # fmt: skip


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_header_fields(prefix):
    number, kind, issuer, place, issued, effective, replaces = SEEDS[prefix]
    result = extract(seed(prefix))
    assert result.number == number
    assert result.kind == kind
    assert result.issuer == issuer
    assert result.place == place
    assert result.issued_on == issued
    assert result.effective_on == effective
    assert result.replaces == replaces


@pytest.mark.parametrize("prefix", sorted(GROUNDS))
def test_seed_grounds(prefix):
    result = extract(seed(prefix))
    assert [(c.number, c.issued_on) for c in result.based_on] == GROUNDS[prefix]


def test_grounds_carry_kind_issuer_and_subject():
    citations = {c.number: c for c in extract(seed("002")).based_on if c.number}
    decree = citations["100/2010/NĐ-CP"]
    assert (decree.kind, decree.issuer, decree.title) == ("Nghị định", "Chính phủ", "về Công báo")
    joint = citations["43/2008/TTLT-BTC-BTTTT"]
    assert joint.kind == "Thông tư liên tịch"
    assert joint.issuer == "Bộ Tài chính và Bộ Thông tin và Truyền thông"
    assert joint.title.startswith("Hướng dẫn việc quản lý")
    assert citations["1605/QĐ-TTg"].issuer == "Thủ tướng Chính phủ"
    laws = [c for c in extract(seed("003")).based_on if c.kind == "Luật"]
    assert laws[1].title == (
        "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
    )


def test_seed_summaries_and_rules():
    bac_kan = extract(seed("000"))
    assert bac_kan.title == "Ban hành Quy chế tổ chức, hoạt động của Công Thông tin điện tử tỉnh Bắc Kạn"
    assert bac_kan.effective_rule == "Quyết định này có hiệu lực thi hành từ ngày 10 tháng 8 năm 2018"
    soc_trang = extract(seed("002"))
    # "sau 10 ngày kể từ ngày ký": the issue date plus ten days, and the clause kept as written.
    assert soc_trang.effective_rule == "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký"
    # The web page around the text says it "đã được thay thế bởi Quyết định 07/2019": that is not what
    # the decision itself replaces.
    assert soc_trang.replaces == [] and soc_trang.repeals == []
    assert extract(seed("001")).title.startswith("Về việc ban hành quy chế hoạt động")


@pytest.mark.parametrize(
    ("prefix", "name", "capacity"),
    [
        ("000", None, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"),
        ("001", "Đặng Thanh Long", "CHÁNH VĂN PHÒNG"),
        ("002", "Lê Văn Cần", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
        ("003", "Tổng Thanh Hải", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
        ("004", "Đông Văn Thanh", None),
    ],
)
def test_seed_signers(prefix, name, capacity):
    signer = extract(seed(prefix)).signer
    assert signer.name == name
    assert signer.capacity == capacity


def test_unseen_decree_two_column_layout():
    result = extract(DECREE)
    assert (result.number, result.kind, result.issuer) == ("42/2022/NĐ-CP", "Nghị định", "Chính phủ")
    assert (result.place, result.issued_on, result.effective_on) == ("Hà Nội", "2022-06-24", "2022-08-15")
    assert result.issuer_level == "central"
    assert result.repeals == ["43/2011/NĐ-CP"]  # "… hết hiệu lực kể từ ngày Nghị định này có hiệu lực"
    assert result.signer.name == "Vũ Đức Đam"
    assert result.signer.capacity == "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG"
    assert result.signer.position == "Phó Thủ tướng"
    assert [c.title for c in result.based_on][:2] == [
        "Luật Tổ chức Chính phủ",
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
    ]


def test_unseen_letter_has_its_summary_and_no_effective_date():
    result = extract(LETTER)
    assert (result.number, result.kind) == ("2345/UBND-VX4", "Công văn")
    assert result.title == "Về việc triển khai thực hiện Nghị định số 42/2022/NĐ-CP"
    assert result.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert result.effective_on is None and result.effective_rule is None  # never guessed
    assert result.signer.capacity == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"


def test_unseen_resolution_with_days_in_words_and_two_replaced():
    result = extract(RESOLUTION)
    assert (result.kind, result.issuer) == ("Nghị quyết", "Hội đồng nhân dân tỉnh Quảng Ninh")
    assert result.effective_on == "2021-08-09"  # "sau mười ngày kể từ ngày thông qua"
    assert result.replaces == ["12/2016/NQ-HĐND", "3/2018/NQ-HĐND"]
    assert result.based_on[1].issuer == "Bộ Tài chính"
    assert result.signer.name == "Nguyễn Xuân Ký"


def test_not_a_document_is_refused():
    with pytest.raises(NotALegalDocument):
        extract(NOT_A_DOCUMENT)
    with pytest.raises(NotALegalDocument):
        extract("   ")


@pytest.mark.parametrize("encoding", [TCVN3, VNI])
def test_legacy_encoded_text_file_is_converted(encoding):
    legacy = unicode_to_legacy(seed("003"), encoding)
    document = read_bytes(legacy.encode("latin-1", errors="replace"), "qd43.txt")
    assert document.encoding == encoding
    result = extract(document.text, document.encoding)
    assert result.number == "43/2020/QĐ-UBND"
    assert result.issued_on == "2020-12-02"
    assert result.signer.name == "Tổng Thanh Hải"


def test_docx_with_header_table():
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 17/2018/QĐ-UBND"
    table.cell(1, 1).text = "Bắc Kạn, ngày 31 tháng 7 năm 2018"
    body = seed("000").split("QUYẾT ĐỊNH\n", 1)[1]
    document.add_paragraph("QUYẾT ĐỊNH")
    for line in body.splitlines():
        document.add_paragraph(line.replace("**", ""))
    out = io.BytesIO()
    document.save(out)
    result = extract(read_bytes(out.getvalue(), "qd.docx").text)
    assert (result.number, result.issued_on, result.issuer) == (
        "17/2018/QĐ-UBND", "2018-07-31", "Ủy ban nhân dân tỉnh Bắc Kạn"
    )  # fmt: skip
    assert result.replaces == ["307/2010/QĐ-UBND"]
    assert len(result.based_on) == 8


def test_odt():
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for line in seed("004").splitlines():
        document.text.addElement(P(text=line))
    out = io.BytesIO()
    document.write(out)
    result = extract(read_bytes(out.getvalue(), "qd.odt").text)
    assert (result.number, result.issued_on, result.effective_on) == (
        "1347/QĐ-UBND",
        "2020-07-23",
        "2020-07-23",
    )


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.mark.skipif(
    not os.path.exists(DEJAVU), reason="needs a font with Vietnamese letters to write the PDF"
)
def test_pdf():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("DejaVu", 9)
    y = 810
    for line in seed("003").splitlines()[:70]:
        page.drawString(30, y, line.replace("*", "")[:130])
        y -= 11
        if y < 30:
            page.showPage()
            page.setFont("DejaVu", 9)
            y = 810
    page.save()
    result = extract(read_bytes(out.getvalue(), "qd.pdf").text)
    assert (result.number, result.issued_on, result.effective_on) == (
        "43/2020/QĐ-UBND",
        "2020-12-02",
        "2020-12-15",
    )


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"PK\x03\x04 broken", "x.docx"),
        (b"%PDF-1.4 nothing", "x.pdf"),
        (b"\x00\x01", "x.exe"),
        (b"", "x.txt"),
    ],
)
def test_unreadable_files(data, name):
    with pytest.raises(UnreadableDocument):
        read_bytes(data, name)


def test_institution_case():
    assert institution_case("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == "Bộ Văn hóa, Thể thao và Du lịch"
    assert (
        institution_case("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LAI CHÂU")
        == "Sở Tài nguyên và Môi trường tỉnh Lai Châu"
    )
    assert institution_case("UBND THÀNH PHỐ HỒ CHÍ MINH") == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert institution_case("THỦ TƯỚNG CHÍNH PHỦ") == "Thủ tướng Chính phủ"
