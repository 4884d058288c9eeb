"""CPU milliseconds of one citizen's submission in process — the POST of the form and the receipt page it
redirects to, each measured apart — through Django's test client on the production settings (DEBUG=0, no
CONG_TESTING: rate limits, proof-of-work after the soft limit and CSRF checks on), on a throw-away portal
set up by benchmarks/submissions.py's own code (its server environment, build and citizens' forms).
Steadier than wall time on a shared machine, for before/after comparisons of the work a submission costs
the server (issue 17):

    .venv/bin/python benchmarks/submission_cpu.py [-n 300] [--profile post|receipt] [--database-url …]

``--profile`` prints cProfile's top functions (cumulative, or by own time with ``--sort tottime``) for the
POSTs or the receipts.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import statistics
import time

from submissions import build, citizen, server_environment


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=300, help="submissions measured (after 20 of warm-up)")
    parser.add_argument("--profile", choices=("post", "receipt"), default="")
    parser.add_argument(
        "--sort", choices=("cumulative", "tottime"), default="cumulative", help="of the profile"
    )
    parser.add_argument("--queries", action="store_true", help="print the SQL of the last submission")
    parser.add_argument("--database-url", default="", help="PostgreSQL database (emptied first)")
    return parser.parse_args()


def main() -> None:
    options = parse_args()
    server_environment(options.database_url, prefix="cong-bench-submit-cpu-")
    build(options.database_url)
    import django
    from django.db import close_old_connections, connection
    from django.test import Client

    browser = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    forms = {}
    for path in ("/hoi-dap/dat-cau-hoi/", "/phan-anh-kien-nghi/gui/"):
        page = browser.get(path)
        assert page.status_code == 200, (path, page.status_code)
        forms[path] = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    csrf_cookie = browser.cookies[django.conf.settings.CSRF_COOKIE_NAME].value

    def submit(number: int, timings: dict, profiler: cProfile.Profile | None) -> None:
        path, address, fields = citizen(number)
        fields["csrfmiddlewaretoken"] = forms[path]
        # One client (one handler, as in a worker process), a new browser's cookies for each citizen.
        browser.cookies.clear()
        browser.cookies[django.conf.settings.CSRF_COOKIE_NAME] = csrf_cookie
        headers = {"X-Real-IP": address, "Referer": f"http://localhost{path}"}
        for step in ("post", "receipt"):
            on = profiler is not None and options.profile == step
            t0 = time.process_time()
            if on:
                profiler.enable()
            queries = []

            def counted(execute, sql, params, many, context, queries=queries):
                queries.append(sql)  # cheaper than Django's debug cursor, which would add to the CPU measured
                return execute(sql, params, many, context)

            with connection.execute_wrapper(counted):
                if step == "post":
                    response = browser.post(path, fields, headers=headers)
                else:
                    response = browser.get("/hoi-dap/bien-nhan/", headers=headers)
            # What a server's handler does at the end of a request and the test client does not: close the
            # database connection unless CONN_MAX_AGE keeps it (the next request opens it again, timed).
            close_old_connections()
            if on:
                profiler.disable()
            timings[step].append((time.process_time() - t0) * 1000)
            timings[f"{step} queries"].append(len(queries))
            timings[f"{step} sql"] = queries
            if step == "post":
                assert response.status_code == 302, (number, response.status_code)
            else:
                assert response.status_code == 200 and b'class="qa-code"' in response.content, number
                timings["receipt bytes"].append(len(response.content))

    warm = {"post": [], "receipt": [], "post queries": [], "receipt queries": [], "receipt bytes": []}
    for number in range(20):
        submit(number, warm, None)
    timings = {key: [] for key in warm}
    profiler = cProfile.Profile() if options.profile else None
    for number in range(20, 20 + options.n):
        submit(number, timings, profiler)

    print(
        f"Submission CPU in process — {connection.vendor}, DEBUG=0, production settings; {options.n} submissions"
    )
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| step | CPU ms median | CPU ms p10 | queries | bytes |")
    print("|---|---|---|---|---|")
    for step in ("post", "receipt"):
        cpu = sorted(timings[step])
        size = f"{statistics.median(timings['receipt bytes']):.0f}" if step == "receipt" else ""
        print(
            f"| {step} | {statistics.median(cpu):.2f} | {cpu[len(cpu) // 10]:.2f} | "
            f"{statistics.median(timings[f'{step} queries']):.0f} | {size} |"
        )
    both = [a + b for a, b in zip(timings["post"], timings["receipt"], strict=True)]
    print(f"| both | {statistics.median(both):.2f} | {sorted(both)[len(both) // 10]:.2f} | | |")
    if options.queries:
        for step in ("post", "receipt"):
            print(f"\n{step}:")
            for sql in timings[f"{step} sql"]:
                print(" ", sql[:300])
    if profiler is not None:
        pstats.Stats(profiler).sort_stats(options.sort).print_stats(60)


if __name__ == "__main__":
    main()
