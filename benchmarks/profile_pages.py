"""Where the time of an uncached public page goes: cProfile over N requests through Django's test client
with DEBUG=0 and the page cache off, on an existing Cổng database (e.g. one `cong demo` built).

    CONG_VAR_DIR=/path/with/cong.sqlite3 .venv/bin/python benchmarks/profile_pages.py / /a/section/ [-n 50]

Prints the mean time per request and cProfile's top functions by cumulative and by own time.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
os.environ["DEBUG"] = "0"
os.environ["CONG_PAGE_CACHE"] = "0"
os.environ.setdefault("CONG_HTTPS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--sort", default="cumulative")
    options = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    client = Client(HTTP_HOST="127.0.0.1")
    for path in options.paths:
        for _ in range(3):
            assert client.get(path).status_code == 200, path
        t0 = time.perf_counter()
        for _ in range(options.n):
            client.get(path)
        plain = (time.perf_counter() - t0) / options.n * 1000
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(options.n):
            client.get(path)
        profile.disable()
        print(f"=== {path}: {plain:.1f} ms a request (without the profiler)")
        stats = pstats.Stats(profile)
        stats.sort_stats(options.sort).print_stats(options.top)
        stats.sort_stats("tottime").print_stats(options.top)


if __name__ == "__main__":
    main()
