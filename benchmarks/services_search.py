"""Benchmark of the procedure catalogue (issue 15): search and pages at 10,000 procedures on SQLite.

Builds a throw-away SQLite portal with PROCEDURES procedures in 16 fields (bulk-created with their folded
search text, as an import writes it), then requests each page REPEAT times through Django's test client
and prints a Markdown table of median and 95th-percentile time and database queries. The issue asks for
the catalogue search under 100 ms at 10,000 procedures. Usage (a minute or less):

    CONG_TESTING=1 .venv/bin/python benchmarks/services_search.py [PROCEDURES]
"""

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROCEDURES = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
REPEAT = 20

workdir = tempfile.mkdtemp(prefix="cong-bench-")
os.environ.update({"CONG_VAR_DIR": workdir, "CONG_TESTING": "1", "DEBUG": "0"})
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

setup_test_environment()
settings.ALLOWED_HOSTS = ["*"]
call_command("migrate", verbosity=0)

from cong.agencies.models import Agency  # noqa: E402
from cong.core.records import folded_words  # noqa: E402
from cong.portal.tests.factories import PortalBuilder  # noqa: E402
from cong.services.models import Procedure, ProcedureField  # noqa: E402

WORDS = (
    "đăng ký",
    "cấp giấy phép",
    "gia hạn",
    "điều chỉnh",
    "thu hồi",
    "công nhận",
    "xác nhận",
    "chứng thực",
)
OBJECTS = (
    "quyền sử dụng đất",
    "khai thác nước mặt",
    "kinh doanh",
    "xây dựng",
    "hộ tịch",
    "môi trường",
    "đầu tư",
)

started = time.perf_counter()
PortalBuilder.create()
agencies = [Agency.objects.create(code=f"cq{i}", name=f"Cơ quan số {i}") for i in range(20)]
fields = [ProcedureField.objects.create(name=f"Lĩnh vực {i}") for i in range(16)]
items = []
for n in range(PROCEDURES):
    code = f"1.{n:06d}"
    name = f"{WORDS[n % len(WORDS)].capitalize()} {OBJECTS[n % len(OBJECTS)]} số {n}"
    agency = agencies[n % len(agencies)]
    items.append(
        Procedure(
            code=code, name=name, field=fields[n % len(fields)], agency=agency, agency_name=agency.name,
            government_level=("province", "district", "commune")[n % 3], online_level=n % 5, live=True,
            search_folded=folded_words(code, name, agency.name),
        )
    )  # fmt: skip
Procedure.objects.bulk_create(items, batch_size=2000)
build_seconds = time.perf_counter() - started

client = Client()
pages = {
    "danh mục": "/thu-tuc-hanh-chinh/",
    "tìm không dấu (nhiều kết quả)": "/thu-tuc-hanh-chinh/?q=dang+ky",
    "tìm không dấu (ít kết quả)": "/thu-tuc-hanh-chinh/?q=khai+thac+nuoc+mat+so+9996",
    "tìm theo mã": "/thu-tuc-hanh-chinh/?q=1.004227",
    "tìm + lọc": "/thu-tuc-hanh-chinh/?q=giay+phep&field=linh-vuc-3&level=province&service=toan-trinh",
    "trang 200": "/thu-tuc-hanh-chinh/?page=200",
    "một thủ tục": "/thu-tuc-hanh-chinh/1.004227/",
    "API tìm": "/api/v1/procedures/?q=dang+ky",
}
rows = []
for label, url in pages.items():
    client.get(url)
    timings, queries = [], 0
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as captured:
            t0 = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    rows.append(f"| {label} | `{url}` | {statistics.median(timings):.1f} | {p95:.1f} | {queries} |")

print(f"Thủ tục hành chính — {PROCEDURES} procedures in {len(fields)} fields, SQLite, {REPEAT} requests each")
print(f"Python {platform.python_version()}, {platform.machine()}; catalogue built in {build_seconds:.1f} s")
print()
print("| page | URL | median ms | p95 ms | queries |")
print("|---|---|---|---|---|")
print("\n".join(rows))
