"""Site search at provincial scale (issue 17): the search page over a generated corpus, a realistic query mix.

    # SQLite, 100,000 articles (builds the corpus in a temporary folder first)
    CONG_TESTING=1 .venv/bin/python benchmarks/search_scale.py --articles 100000
    # PostgreSQL, 1,000,000 articles, in a database of your own (the corpus is added when it has fewer)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/mine CONG_TESTING=1 \\
        .venv/bin/python benchmarks/search_scale.py --articles 1000000

Each query of the mix is requested through Django's test client (``/tim-kiem/?q=…``: parsing, the search,
loading the hits, excerpts, the template) once to warm up, then ``--repeat`` times; the table gives the
median and p95 of each, the same for the search statement alone (the one SQL statement of the pages'
and registers' parts, ``UNION ALL``, as Django times it — PostgreSQL only: SQLite runs a statement while
its rows are fetched, after Django's timer has stopped, so there the column is far too low), the number
of SQL queries and the hits counted, and the last line the p95 of all requests together. Targets:
PostgreSQL 1,000,000 articles p95 ≤ 50 ms; SQLite 100,000 p95 ≤ 200 ms.
"""

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import Corpus, ensure_portal, setup_django  # noqa: E402

QUERIES = [  # (label, query string or params)
    ("2 âm tiết phổ biến, không dấu", {"q": "thu tuc"}),
    ("cụm phổ biến, có dấu", {"q": "thủ tục hành chính"}),
    ("cụm dài, không dấu", {"q": "cai cach thu tuc hanh chinh"}),
    ("cụm có dấu", {"q": "chuyển đổi số"}),
    ("cụm không dấu", {"q": "giai phong mat bang"}),
    ("một âm tiết rất phổ biến", {"q": "tinh"}),
    ("đang gõ (tiền tố)", {"q": "chinh sa"}),
    ("từ phổ biến, cụm hiếm", {"q": "hanh chinh thu"}),
    ("địa danh hiếm", {"q": "quynh luu"}),
    ("địa danh hiếm, có dấu", {"q": "xã Nậm Ét"}),
    ("tên người", {"q": "Nguyễn Văn Hùng"}),
    ("số ký hiệu văn bản", {"q": "{number}"}),
    ("số ký hiệu không dấu", {"q": "{number_folded}"}),
    ("số/năm", {"q": "{number_year}"}),
    ("không có kết quả", {"q": "zyxw qpon"}),
    ("gõ sai", {"q": "thu tuc hanh chin cap tinj"}),
    ("trang 5", {"q": "dat dai", "page": "5"}),
    ("trang 999999", {"q": "dat dai", "page": "999999"}),
    ("1.000 ký tự", {"q": "thủ tục " * 125}),
    ("chỉ dấu câu", {"q": "?!.,;:-–()"}),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=0, help="default: articles / 50")
    parser.add_argument("--questions", type=int, default=0, help="default: articles / 50")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N queries of the mix")
    args = parser.parse_args()
    os.environ["DEBUG"] = "0"
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from cong.legal.models import LegalDocument
    from cong.portal.models import ArticlePage

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    ensure_portal()
    have = ArticlePage.objects.count()
    built = ""
    if have < args.articles:
        started = time.perf_counter()
        timings = Corpus(seed=7, progress=True).build(
            articles=args.articles - have,
            documents=args.documents or max(100, args.articles // 50),
            questions=args.questions or max(100, args.articles // 50),
        )
        built = f"; corpus built in {time.perf_counter() - started:.0f} s ({', '.join(f'{k} {v:.0f} s' for k, v in timings.items())})"
    documents = LegalDocument.objects.filter(live=True)
    number = (
        documents.filter(kind="quyet-dinh").order_by("-id").values_list("number", flat=True).first()
        or "1/QĐ-UBND"
    )
    resolution = (
        documents.filter(kind="nghi-quyet").order_by("-id").values_list("number", flat=True).first()
        or "1/2011"
    )
    fills = {
        "number": number,
        "number_folded": number.replace("/", " ").replace("Đ", "D").replace("-", " ").lower(),
        "number_year": "/".join(resolution.split("/")[:2]),
    }
    articles = ArticlePage.objects.count()
    print(f"Site search — {articles} articles, {documents.count()} legal documents, {connection.vendor}, "
          f"{args.repeat} requests each after one warm-up")  # fmt: skip
    print(f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f} at start{built}")  # fmt: skip
    print()
    print("| query | q | median ms | p95 ms | search SQL median ms | search SQL p95 ms | queries | hits |")
    print("|---|---|---|---|---|---|---|---|")
    client = Client()
    every = []
    for label, params in QUERIES[args.skip :]:
        params = {k: v.format(**fills) for k, v in params.items()}
        client.get("/tim-kiem/", params)
        timings, statement = [], []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as captured:
                t0 = time.perf_counter()
                response = client.get("/tim-kiem/", params)
                timings.append((time.perf_counter() - t0) * 1000)
            # The search statement alone (the one with the pages' and registers' parts), as timed by Django.
            statement.append(
                sum(float(q["time"]) * 1000 for q in captured.captured_queries if "UNION ALL" in q["sql"])
            )
        assert response.status_code in (200, 404), (params, response.status_code)
        every += timings
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        statement.sort()
        statement_p95 = statement[max(0, int(len(statement) * 0.95) - 1)]
        hits = response.context.get("result_count", "–") if response.context else "–"
        shown = params["q"] if len(params["q"]) <= 40 else params["q"][:20] + f"… ({len(params['q'])} ký tự)"
        page = f" (page={params['page']})" if "page" in params else ""
        print(
            f"| {label} | `{shown}`{page} | {statistics.median(timings):.1f} | {p95:.1f} | "
            f"{statistics.median(statement):.1f} | {statement_p95:.1f} | {len(captured)} | {hits} |"
        )
    every.sort()
    print()
    print(f"All {len(every)} requests: median {statistics.median(every):.1f} ms, "
          f"p95 {every[int(len(every) * 0.95) - 1]:.1f} ms, max {every[-1]:.1f} ms; "
          f"load average {os.getloadavg()[0]:.1f} at the end")  # fmt: skip


if __name__ == "__main__":
    main()
