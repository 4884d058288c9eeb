"""Test data of the services app: rows of a national-database export, files in each format, procedures."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from cong.services.models import Dossier, Procedure, ProcedureField

HEADERS = [
    "STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện", "Trình tự thực hiện",
    "Cách thức thực hiện", "Thành phần hồ sơ", "Số lượng hồ sơ", "Thời hạn giải quyết", "Đối tượng thực hiện",
    "Kết quả thực hiện", "Phí, lệ phí", "Mẫu đơn, mẫu tờ khai", "Yêu cầu, điều kiện thực hiện", "Căn cứ pháp lý",
    "Mức độ dịch vụ công", "Đường dẫn dịch vụ công",
]  # fmt: skip


def row(code: str, name: str = "", field: str = "Hộ tịch", level: str = "Cấp Xã", online: str = "Toàn trình",
        agency: str = "UBND xã Tân Lập", **extra) -> dict:  # fmt: skip
    data = {
        "STT": "1", "Mã thủ tục": code, "Tên thủ tục": name or f"Thủ tục đăng ký khai sinh {code}",
        "Lĩnh vực": field, "Cấp thực hiện": level, "Cơ quan thực hiện": agency,
        "Trình tự thực hiện": "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.", "Cách thức thực hiện": "Trực tiếp; trực tuyến",
        "Thành phần hồ sơ": "Tờ khai đăng ký khai sinh", "Số lượng hồ sơ": "01 bộ",
        "Thời hạn giải quyết": "Ngay trong ngày", "Đối tượng thực hiện": "Công dân Việt Nam",
        "Kết quả thực hiện": "Giấy khai sinh", "Phí, lệ phí": "Miễn lệ phí",
        "Mẫu đơn, mẫu tờ khai": "Tờ khai đăng ký khai sinh | https://dichvucong.gov.vn/mau.docx",
        "Yêu cầu, điều kiện thực hiện": "Không", "Căn cứ pháp lý": "Luật Hộ tịch số 60/2014/QH13",
        "Mức độ dịch vụ công": online, "Đường dẫn dịch vụ công": "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html",
    }  # fmt: skip
    data.update(extra)
    return data


def write_csv(path: Path, rows: list[dict], headers=HEADERS, encoding="utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=headers, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_json(path: Path, rows: list[dict]) -> Path:
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[dict], headers=HEADERS) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for r in rows:
        sheet.append([r.get(h, "") for h in headers])
    book.save(path)
    return path


def make_procedures(count: int, *, field: ProcedureField | None = None, agency=None, start: int = 0) -> list:
    """``count`` live procedures, created in bulk (search text filled as save() would)."""
    from cong.core.records import folded_words

    field = field or ProcedureField.objects.get_or_create(name="Đất đai")[0]
    items = []
    for n in range(start, start + count):
        name = f"Thủ tục cấp giấy chứng nhận quyền sử dụng đất số {n}"
        code = f"1.{n:06d}"
        items.append(
            Procedure(
                code=code, name=name, field=field, agency=agency, government_level="province", online_level=n % 5,
                agency_name="Sở Nông nghiệp và Môi trường", live=True, search_folded=folded_words(code, name),
            )
        )  # fmt: skip
    return Procedure.objects.bulk_create(items, batch_size=1000)


def make_dossier(code: str, *, procedure=None, agency=None, received_on=dt.date(2026, 11, 2),
                 due_on=dt.date(2026, 11, 20), resolved_on=None, status=Dossier.Status.PROCESSING) -> Dossier:  # fmt: skip
    return Dossier.objects.create(
        code=code, procedure=procedure, procedure_name=procedure.name if procedure else "Thủ tục",
        agency=agency, received_on=received_on, due_on=due_on, resolved_on=resolved_on, status=status,
    )  # fmt: skip
