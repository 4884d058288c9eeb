"""CPU milliseconds per request of public pages through Django's test client (DEBUG=0, page cache off), on an
existing Cổng database — steadier than wall time on a shared machine, for before/after comparisons. The
wall time is shown too: on PostgreSQL the server's work is in it, not in this process's CPU.

    CONG_VAR_DIR=/path/with/cong.sqlite3 .venv/bin/python benchmarks/cpu_per_page.py [-n 40] URL…

Run it with PYTHONPATH pointing at another checkout to measure that code on the same database.
"""

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
os.environ.update({"DEBUG": "0", "CONG_PAGE_CACHE": "0", "CONG_HTTPS": "0"})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("urls", nargs="+")
    parser.add_argument("-n", type=int, default=40)
    options = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.ALLOWED_HOSTS = ["*"]
    client = Client(HTTP_HOST="127.0.0.1")
    print("| URL | CPU ms median | CPU ms min | wall ms median | queries |")
    print("|---|---|---|---|---|")
    for url in options.urls:
        for _ in range(3):
            assert client.get(url).status_code == 200, url
        cpu, wall = [], []
        for _ in range(options.n):
            t0, w0 = time.process_time(), time.perf_counter()
            client.get(url)
            cpu.append((time.process_time() - t0) * 1000)
            wall.append((time.perf_counter() - w0) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(
            f"| `{url[:60]}` | {statistics.median(cpu):.1f} | {min(cpu):.1f} | {statistics.median(wall):.1f} "
            f"| {len(queries)} |",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
