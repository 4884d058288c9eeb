"""Search relevance and speed (issue 17), on a throw-away SQLite portal.

    CONG_TESTING=1 .venv/bin/python benchmarks/search/run.py               # precision@3 of the 40 queries
    CONG_TESTING=1 .venv/bin/python benchmarks/search/run.py --articles 10000   # + timings at that size

Relevance: builds the fixed corpus of ``corpus.toml`` and runs the queries of ``queries.toml`` through the
site search (``cong/portal/tests/relevance.py``), printing each query's first three hits and the mean
precision@3 (wanted items among the first three over min(3, wanted)). Timings: adds ARTICLES generated
articles and requests the search page REPEAT times a query (median, p95, queries).

``CONG_TREE=/path/to/another/checkout`` runs another version of the code (to compare before and after);
the relevance module is read from this folder either way. With ``DATABASE_URL`` unset it is SQLite.
"""

import argparse
import importlib.util
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
parser = argparse.ArgumentParser()
parser.add_argument("--articles", type=int, default=0)
parser.add_argument("--repeat", type=int, default=20)
args = parser.parse_args()

workdir = tempfile.mkdtemp(prefix="cong-search-")
os.environ.update({"CONG_VAR_DIR": workdir, "CONG_TESTING": "1", "DEBUG": "0"})
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
tree = Path(os.environ.get("CONG_TREE", HERE.parent.parent))
sys.path.insert(0, str(tree))

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

from cong.portal.tests.factories import PortalBuilder  # noqa: E402

spec = importlib.util.spec_from_file_location(
    "relevance", HERE.parent.parent / "cong" / "portal" / "tests" / "relevance.py"
)
relevance = importlib.util.module_from_spec(spec)
sys.modules["relevance"] = relevance
spec.loader.exec_module(relevance)

print(f"Code: {tree}; Python {platform.python_version()}, {platform.machine()}, SQLite")
portal = PortalBuilder.create()
keys = relevance.build(portal)
outcomes = relevance.evaluate(portal.site, keys)
print()
print("| query | wanted in top 3 | first three | P@3 |")
print("|---|---|---|---|")
for o in outcomes:
    mark = "" if o.passed else " ✗"
    print(f"| `{o.query}` | {', '.join(o.wanted)} | {', '.join(o.top3)}{mark} | {o.precision:.2f} |")
mean = sum(o.precision for o in outcomes) / len(outcomes)
print()
print(f"Queries: {len(outcomes)}; passing: {sum(o.passed for o in outcomes)}; mean precision@3: {mean:.3f}")

if args.articles:
    started = time.perf_counter()
    section = portal.section("Tin tổng hợp")
    subjects = ("thủ tục hành chính", "đất đai", "thu ngân sách", "thứ hạng chỉ số", "dân số", "đầu tư công")
    for i in range(args.articles):
        portal.article(
            section,
            title=f"Tin số {i} về {subjects[i % len(subjects)]}",
            lead=f"Xếp thứ {i % 63} về {subjects[(i + 1) % len(subjects)]}; tục lệ, thu hút đầu tư.",
            days_ago=i % 365,
            revision=False,
        )
    print(f"\n{args.articles} more articles in {time.perf_counter() - started:.1f} s")
    client = Client()
    print()
    print("| query | median ms | p95 ms | queries | hits |")
    print("|---|---|---|---|---|")
    for q in ("thu tuc", "thu tuc hanh chinh", "thủ tục hành chính", "1347/QĐ-UBND", "xep thu 19", "tin"):
        client.get("/tim-kiem/", {"q": q})
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as captured:
                t0 = time.perf_counter()
                response = client.get("/tim-kiem/", {"q": q})
                timings.append((time.perf_counter() - t0) * 1000)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        count = response.context["result_count"]
        print(f"| `{q}` | {statistics.median(timings):.1f} | {p95:.1f} | {len(captured)} | {count} |")
