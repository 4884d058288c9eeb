"""Benchmark of the anonymous page cache: requests/s of public pages through gunicorn with the cache off
and on, in one run on the same machine.

Builds a throw-away SQLite portal (ARTICLES articles in 6 sections) under a temporary folder, then starts
gunicorn as `make demo` does (cong.wsgi, 2 sync workers, DEBUG=0) twice — CONG_PAGE_CACHE=0, then 1 — and
loads each page with CLIENTS client processes for SECONDS seconds (a Python loop over http.client, a new
connection per request as gunicorn's sync workers close them; `wrk` is not installed here). A static file
served by WhiteNoise from the same server is the in-process anchor. Usage:

    CONG_TESTING=1 .venv/bin/python benchmarks/page_cache.py [ARTICLES]

With CONG_BENCH_NGINX=/path/to/nginx (Debian's package, or its .deb unpacked: `apt-get download nginx nginx-common
libnginx-mod-http-cache-purge` and `dpkg -x`), nginx is started in front of the cached gunicorn with the
configuration of docs/deploy.md (plain HTTP on loopback) and adds its rows: a static file served by nginx
(the issue's anchor) and the pages through nginx's proxy cache; it also checks the purge.

The clients run on the same cores as the server: on a 2-core machine they take a good share of the CPU,
so the cached rates are a floor, not a ceiling (wrk, written in C, would take far less).
"""

import http.client
import multiprocessing
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nginx_conf import benchmark_config  # the shipped cache rules (docs/deploy-nginx.conf)

ARTICLES = int(sys.argv[1]) if len(sys.argv) > 1 else 300
CLIENTS = int(os.environ.get("CLIENTS", "4"))
SECONDS = float(os.environ.get("SECONDS", "5"))
ROOT = Path(__file__).resolve().parent.parent
workdir = tempfile.mkdtemp(prefix="cong-bench-cache-")
os.environ.update({"CONG_VAR_DIR": workdir, "CONG_TESTING": "1", "DEBUG": "0"})
os.environ.pop("DATABASE_URL", None)
os.environ.pop("REDIS_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cong.settings")
sys.path.insert(0, str(ROOT))


def build() -> dict[str, str]:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG=0: WhiteNoise serves STATIC_ROOT
    from cong.portal.tests.factories import PortalBuilder

    portal = PortalBuilder.create()
    sections = [portal.section(f"Chuyên mục {i}") for i in range(6)]
    first = None
    for i in range(ARTICLES):
        article = portal.article(
            sections[i % 6], title=f"Tin số {i} về thủ tục hành chính", days_ago=i % 365, revision=False
        )
        first = first or article
    return {"trang chủ": "/", "chuyên mục": sections[0].url, "bài viết": first.url}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port: int, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "localhost"})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("X-Cong-Cache", "")
    finally:
        connection.close()


def client(args) -> tuple[int, list[float]]:
    port, path, seconds = args
    count, latencies = 0, []
    deadline = time.perf_counter() + seconds
    while (now := time.perf_counter()) < deadline:
        status, _ = request(port, path)
        latencies.append(time.perf_counter() - now)
        assert status == 200, (path, status)
        count += 1
    return count, latencies


def serve(cache: bool):
    port = free_port()
    env = {**os.environ, "CONG_PAGE_CACHE": "1" if cache else "0", "ALLOWED_HOSTS": "localhost,127.0.0.1"}
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "python:cong.gunicorn_conf", "cong.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while True:
        try:
            request(port, "/")
            return process, port
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.2)


# Cổng's PURGE requests (loopback only), with the shipped purge key: the host and the address.
PURGE_SERVER = """
    server {{
        listen 127.0.0.1:{purge_port};
        location / {{
            allow 127.0.0.1;
            deny all;
            proxy_cache_purge cong_pages "$host$request_uri";
        }}
    }}
"""


def start_nginx(upstream: int):
    """nginx in front of gunicorn on ``upstream``: (process, port, purge port)."""
    binary = Path(os.environ["CONG_BENCH_NGINX"])
    folder = Path(tempfile.mkdtemp(prefix="cong-bench-nginx-"))
    module = binary.parent.parent / "lib/nginx/modules/ngx_http_cache_purge_module.so"
    if not module.exists():
        module = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
    port, purge_port = free_port(), free_port()
    conf = folder / "nginx.conf"
    conf.write_text(benchmark_config(
        folder, upstream=upstream, proxy_port=port, static=Path(workdir) / "static",
        http="types { text/css css; }", servers=PURGE_SERVER.format(purge_port=purge_port),
        load_module=f"load_module {module};" if module.exists() else "",
    ))  # fmt: skip
    subprocess.run([str(binary), "-p", str(folder), "-c", str(conf), "-t", "-q"], check=True)
    process = subprocess.Popen([str(binary), "-p", str(folder), "-c", str(conf), "-g", "daemon off;"])
    time.sleep(0.5)
    return process, port, purge_port


def raw(port: int, path: str, method: str = "GET", **headers) -> tuple[int, dict[str, str]]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, headers={"Host": "localhost", **headers})
        response = connection.getresponse()
        response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}
    finally:
        connection.close()


def check_nginx(port: int, purge_port: int, pages: dict[str, str]) -> list[str]:
    """What nginx keeps and what it does not, and the purge: one line each."""
    article = pages["bài viết"]
    lines = []
    states = [raw(port, article)[1].get("x-proxy-cache") for _ in range(2)]
    lines.append(f"article twice: {states}")
    status, headers = raw(port, article, Cookie="sessionid=abc")
    lines.append(
        f"article with a session cookie: {headers.get('x-proxy-cache')}, {headers.get('x-cong-cache')}"
    )
    form = [raw(port, "/hoi-dap/dat-cau-hoi/")[1] for _ in range(2)]
    lines.append(f"question form twice: {[h.get('x-proxy-cache') for h in form]}, "
                 f"set-cookie: {all('set-cookie' in h for h in form)}")  # fmt: skip
    lines.append(f"X-Accel-Expires reaches the client: {'x-accel-expires' in raw(port, article)[1]}")
    time.sleep(1.1)
    after = [raw(port, article)[1].get("x-proxy-cache") for _ in range(2)]
    lines.append(f"1.1 s later (micro-cache of CONG_PAGE_CACHE_PROXY_SECONDS=1): {after}")
    purge_status, _ = raw(purge_port, article, method="PURGE")
    lines.append(f"PURGE {article}: {purge_status}, then {raw(port, article)[1].get('x-proxy-cache')}")
    return lines


def measure(pool, port: int, path: str) -> tuple[float, float, str]:
    for _ in range(10):  # warm both workers (and their caches)
        _, state = request(port, path)
    one = []
    for _ in range(100):
        t0 = time.perf_counter()
        request(port, path)
        one.append(time.perf_counter() - t0)
    results = pool.map(client, [(port, path, SECONDS)] * CLIENTS)
    total = sum(count for count, _ in results)
    return total / SECONDS, statistics.median(one) * 1000, state


def main() -> None:
    started = time.perf_counter()
    pages = build()
    built = time.perf_counter() - started
    pages["tệp tĩnh (WhiteNoise, mốc)"] = "/static/portal/site.css"
    rates: dict[tuple[str, object], tuple[float, float, str]] = {}
    checks: list[str] = []
    with multiprocessing.get_context("spawn").Pool(CLIENTS) as pool:
        for cache in (False, True):
            process, port = serve(cache)
            try:
                for label, path in pages.items():
                    rates[label, cache] = measure(pool, port, path)
                if cache and os.environ.get("CONG_BENCH_NGINX"):
                    front, nginx_port, purge_port = start_nginx(port)
                    try:
                        checks = check_nginx(nginx_port, purge_port, pages)
                        for label, path in pages.items():
                            rates[label, "nginx"] = measure(pool, nginx_port, path)
                    finally:
                        front.terminate()
                        front.wait(timeout=20)
            finally:
                process.terminate()
                process.wait(timeout=20)
    print(f"Page cache — {ARTICLES} articles, SQLite, gunicorn 2 sync workers, DEBUG=0, "
          f"{CLIENTS} client processes × {SECONDS:.0f} s each (Python http.client)")  # fmt: skip
    print(
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; built in {built:.1f} s"
    )
    print()
    print(
        "| page | URL | off: req/s | off: p50 ms (1 conn) | on: req/s | on: p50 ms (1 conn) | × | on: X-Cong-Cache |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, path in pages.items():
        off, on = rates[label, False], rates[label, True]
        print(f"| {label} | `{path}` | {off[0]:.0f} | {off[1]:.1f} | {on[0]:.0f} | {on[1]:.1f} | "
              f"{on[0] / off[0]:.1f} | {on[2] or '–'} |")  # fmt: skip
    if checks:
        anchor = rates["tệp tĩnh (WhiteNoise, mốc)", "nginx"][0]
        print()
        print(
            "Through nginx (docs/deploy.md's configuration; the static row is nginx serving the file itself):"
        )
        print()
        print("| page | req/s | p50 ms (1 conn) | × nginx static |")
        print("|---|---|---|---|")
        for label in pages:
            rate, p50, _ = rates[label, "nginx"]
            name = "tệp tĩnh (nginx, mốc)" if label.startswith("tệp tĩnh") else label
            print(f"| {name} | {rate:.0f} | {p50:.1f} | {rate / anchor:.2f} |")
        print()
        print("\n".join(f"- {line}" for line in checks))


if __name__ == "__main__":
    main()
