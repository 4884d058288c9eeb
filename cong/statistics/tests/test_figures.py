"""Figures files (BK-3.3.r, LC-9.1.n): a CSV or XLSX is read by its content; anything else is refused with
a Vietnamese message naming the row and column, and no release is half-created."""

import io

import pytest
from openpyxl import load_workbook

from cong.statistics.actions import StatisticsError
from cong.statistics.figures import FiguresError, parse_number, read_figures
from cong.statistics.models import StatisticsRelease

from .factories import FIGURES_CSV, make_release, xlsx_bytes


def test_a_csv_is_read_with_its_header_labels_and_numbers():
    figures = read_figures("dan-so.csv", FIGURES_CSV)
    assert figures.columns == ["Huyện", "Nam", "Nữ"]
    assert figures.rows[0] == ["Hòa Sơn", 61240.0, 60850.0]


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1234", 1234), ("1234.5", 1234.5), ("1234,5", 1234.5), ("1.234.567,8", 1234567.8),
     ("1,234,567.8", 1234567.8), ("12 345", 12345), ("", None), ("-", None), ("-3,5", -3.5)],
)  # fmt: skip
def test_numbers_in_vietnamese_and_plain_notation(raw, value):
    assert parse_number(raw) == value


def test_semicolon_csv_with_bom_and_vietnamese_decimals():
    data = '\ufeffNăm;GRDP\n2024;"4.210,5"\n2025;4965,8\n'.encode()
    figures = read_figures("grdp.csv", data)
    assert figures.rows == [["2024", 4210.5], ["2025", 4965.8]]


def test_an_xlsx_is_read_and_both_downloads_round_trip():
    data = xlsx_bytes([["Huyện", "Năng suất"], ["Hòa Sơn", 58.2], ["Tân Lập", 56]])
    figures = read_figures("lua.xlsx", data)
    assert figures.rows == [["Hòa Sơn", 58.2], ["Tân Lập", 56.0]]
    assert read_figures("x.csv", figures.to_csv()).rows == figures.rows
    sheet = load_workbook(io.BytesIO(figures.to_xlsx("Năng suất: lúa/ngô")), read_only=True).worksheets[0]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["Huyện", "Năng suất"],
        ["Hòa Sơn", 58.2],
        ["Tân Lập", 56],
    ]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("so-lieu.csv", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 4, "nội dung là tệp PDF"),
        ("so-lieu.xlsx", b"PK\x03\x04" + b"\x00" * 200, "không phải bảng tính Excel"),
        ("so-lieu.xlsx", b"Huyen,Nam\nA,1\n", "nội dung là văn bản thuần"),
        ("so-lieu.csv", "Huyện,Nam,Nữ\nHòa Sơn,1,2\nTân Lập,3\n".encode(), "dòng 3: có 2 ô nhưng dòng tiêu đề có 3 cột"),
        ("so-lieu.csv", "Huyện,Nam,Nữ\nHòa Sơn,1,2\nTân Lập,3,nhiều\n".encode(), "dòng 3, cột 3 («Nữ»): «nhiều» không phải là số"),
        ("so-lieu.csv", "Huyện,Nam\n".encode(), "ít nhất một dòng số liệu"),
        ("so-lieu.csv", b"", "trống"),
        ("so-lieu.pdf", b"%PDF-1.4", "chỉ nhận số liệu dạng .csv hoặc .xlsx"),
        ("so-lieu.xlsx", xlsx_bytes([["Huyện", "Nam"], ["Hòa Sơn", "abc"]]), "dòng 2, cột 2 («Nam»): «abc»"),
    ],
)  # fmt: skip
def test_bad_files_are_refused_naming_the_row_and_column(name, data, expected):
    with pytest.raises(FiguresError) as refused:
        read_figures(name, data)
    assert expected in str(refused.value) and "BK-3.3.r" in str(refused.value)


def test_a_broken_xlsx_is_refused(tmp_path):
    good = xlsx_bytes([["Huyện", "Nam"], ["Hòa Sơn", 1]])
    broken = good[: len(good) // 2]  # cut in the middle: the zip's directory is gone
    with pytest.raises(FiguresError, match="hỏng|không phải bảng tính"):
        read_figures("cut.xlsx", broken)


@pytest.mark.django_db
def test_a_refused_file_creates_nothing():
    with pytest.raises(StatisticsError, match="dòng 2, cột 2"):
        make_release(data="Huyện,Nam\nHòa Sơn,không rõ\n".encode())
    with pytest.raises(StatisticsError, match="PDF"):
        make_release(data=b"%PDF-1.4\n" + bytes(range(256)), name="renamed.csv")
    assert not StatisticsRelease.objects.exists()
