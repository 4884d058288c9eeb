"""Benchmark of the public pages: time and queries per request with a large portal.

Builds a throw-away SQLite portal under a temporary folder with ARTICLES articles, then requests each
public page REPEAT times through Django's test client (no network, no server) and prints a Markdown table
of median and 95th-percentile time, database queries, and the process's peak memory. Usage:

    make bench                     # or: CONG_TESTING=1 .venv/bin/python benchmarks/run.py [ARTICLES]
"""

import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ARTICLES = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
REPEAT = 30

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

from cong.portal.tests.factories import PortalBuilder, make_image  # noqa: E402

started = time.perf_counter()
portal = PortalBuilder.create()
sections = [portal.section(f"Chuyên mục {i}") for i in range(6)]
image = make_image()
first = None
for i in range(ARTICLES):
    article = portal.article(
        sections[i % len(sections)],
        title=f"Tin số {i} về thủ tục hành chính và đất đai",
        days_ago=i % 365,
        revision=False,
        featured=i % 50 == 0,
        main_image=image,
        main_image_alt="Ảnh minh họa",
    )
    first = first or article
build_seconds = time.perf_counter() - started

client = Client()
pages = {
    "trang chủ /": "/",
    "chuyên mục": sections[0].url,
    "chuyên mục, trang 5": sections[0].url + "?page=5",
    "bài viết": first.url,
    "tìm kiếm không dấu": "/tim-kiem/?q=thu+tuc+hanh+chinh",
    "RSS": "/rss/",
    "API tin bài": "/api/v1/articles/?q=dat+dai",
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

peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"Cổng benchmark — {ARTICLES} articles in {len(sections)} sections, SQLite, {REPEAT} requests each")
print(f"Python {platform.python_version()}, {platform.machine()}; portal built in {build_seconds:.1f} s")
print()
print("| page | URL | median ms | p95 ms | queries |")
print("|---|---|---|---|---|")
print("\n".join(rows))
print()
print(f"Peak resident memory of the process: {peak_mb:.0f} MB")
