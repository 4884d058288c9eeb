"""Speed anchors of issue 17 in one run on one machine (`make bench`).

Measures requests/s with `wrk -t2 -c32 -d<SECONDS>s` and the median latency of one connection:

1. nginx (Debian's package, started here with its own configuration, pid, logs and temporary folders on a
   loopback port — never the system service) serving a saved copy of a Cổng article page as a static file;
2. a Django hello-world (`benchmarks/anchors/hello.py`) under gunicorn, 2 sync workers;
3. stock Wagtail (`benchmarks/anchors/stock_wagtail/`: a tutorial-style blog, SQLite, DEBUG=0) loaded
   with the same sections and articles as Cổng's demo province: its home, a blog index and a post;
4. Cổng under gunicorn, 2 sync workers, DEBUG=0, on a throw-away SQLite copy of the demo province
   (`cong demo`): home, article, section, search, Q&A list — page cache off, then on, then the cached
   pages through nginx's proxy cache with the configuration of `docs/deploy.md`.

It counts database queries per page (Django's test client, once warmed up), prints a Markdown table with
the ratios the issue sets as targets, and appends it with a description of the machine to
benchmarks/RESULTS.md. Usage:

    make bench                                  # SECONDS=5 by default, about 4 minutes in all
    .venv/bin/python benchmarks/speed.py [--seconds 5] [--no-write]

Ports 8820–8829 on 127.0.0.1 (BENCH_PORT moves the block). Requires /usr/bin/wrk and /usr/sbin/nginx
(`apt-get install wrk nginx-light`).
"""

import argparse
import http.client
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from nginx_conf import benchmark_config  # the shipped cache rules (docs/deploy-nginx.conf)

ROOT = Path(__file__).resolve().parent.parent
ANCHORS = ROOT / "benchmarks" / "anchors"
BIN = Path(sys.executable).parent
WRK = os.environ.get("WRK", shutil.which("wrk") or "/usr/bin/wrk")
NGINX = os.environ.get("NGINX", shutil.which("nginx") or "/usr/sbin/nginx")
BASE_PORT = int(os.environ.get("BENCH_PORT", "8820"))
PORTS = {
    "nginx": BASE_PORT,
    "hello": BASE_PORT + 1,
    "stock": BASE_PORT + 2,
    "cong": BASE_PORT + 3,
    "proxy": BASE_PORT + 4,
}

# Cổng's pages. The article is the demo's longest (a ~35 KB page), the section is its parent.
ARTICLE = (
    "/tin-tuc-su-kien/tin-trong-tinh/kinh-te-xa-hoi-10-thang-nam-2026-tong-thu-ngan-sach-dat-91-du-toan/"
)
SECTION = "/tin-tuc-su-kien/tin-trong-tinh/"
CONG_PAGES = {
    "home": "/",
    "article": ARTICLE,
    "section": SECTION,
    "search": "/tim-kiem/?q=thu+tuc",
    "qa": "/hoi-dap/",
}
# The stock site has the same tree and slugs: the same addresses.
STOCK_PAGES = {"home": "/", "post": ARTICLE, "index": SECTION}
LABELS = {
    "home": "trang chủ",
    "article": "bài viết",
    "section": "chuyên mục",
    "search": "tìm kiếm «thu tuc»",
    "qa": "Hỏi – Đáp",
    "post": "bài (blog post)",
    "index": "chuyên mục (blog index)",
}


# --- the machine ------------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    import django
    import gunicorn
    import wagtail

    nginx = subprocess.run([NGINX, "-v"], capture_output=True, text=True).stderr.strip()
    wrk = subprocess.run([WRK, "-v"], capture_output=True, text=True)
    wrk_version = (wrk.stdout or wrk.stderr).splitlines()[0].split(" [")[0]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "load": load,
        "python": platform.python_version(),
        "versions": f"Django {django.get_version()}, Wagtail {wagtail.__version__}, "
        f"gunicorn {gunicorn.__version__}, {nginx.replace('nginx version: ', '')}, {wrk_version}",
    }


# --- processes --------------------------------------------------------------------------------------------


def run(args, env, log: Path, cwd=ROOT):
    with log.open("a") as out:
        subprocess.run(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, check=True)


def wait_for(port: int, path: str = "/", host: str = "127.0.0.1") -> None:
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"http://{host}:{port}{path}", timeout=30) as response:
                response.read()
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def gunicorn(app: str, port: int, env: dict, log: Path, chdir: Path = ROOT) -> subprocess.Popen:
    out = log.open("a")
    # Cổng with its own gunicorn settings (cong/gunicorn_conf.py) where the tree has them, as it is served.
    config = ["-c", "python:cong.gunicorn_conf"] if (chdir / "cong" / "gunicorn_conf.py").exists() else []
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), *config, app, "--chdir", str(chdir), "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--worker-class", "sync", "--log-level", "warning"],
        env=env, cwd=chdir, stdout=out, stderr=subprocess.STDOUT,
    )  # fmt: skip
    return process


# --- wrk --------------------------------------------------------------------------------------------------


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url: str, connections: int, threads: int, seconds: float) -> dict:
    out = subprocess.run(
        [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rate, "p50": p50, "non2xx": int(bad.group(1)) if bad else 0,
            "errors": errors.group(1) if errors else ""}  # fmt: skip


def sequential(port: int, path: str, seconds: float) -> dict:
    """One connection at a time, back to back, for ``seconds`` (at least 20 requests): the median latency.
    (wrk's latency histogram with one connection loses the slow requests of a server that closes each
    connection, so this is a plain loop; its own cost is about 0.1 ms.)"""
    latencies = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(latencies) < 20:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        t0 = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        latencies.append((time.perf_counter() - t0) * 1000)
        connection.close()
        assert response.status == 200, (port, path, response.status)
    return {"p50": statistics.median(latencies), "non2xx": 0, "requests": len(latencies)}


def measure(port: int, path: str, seconds: float) -> dict:
    url = f"http://127.0.0.1:{port}{path}"
    with urllib.request.urlopen(url, timeout=60) as response:  # warm up both workers
        cache = response.headers.get("X-Cong-Cache") or response.headers.get("X-Proxy-Cache") or ""
        size = len(response.read())
        assert response.status == 200, (url, response.status)
    for _ in range(4):
        urllib.request.urlopen(url, timeout=60).read()
    many = wrk(url, 32, 2, seconds)
    one = sequential(port, path, max(2.0, seconds / 2))
    with urllib.request.urlopen(url, timeout=60) as response:
        cache = response.headers.get("X-Cong-Cache") or response.headers.get("X-Proxy-Cache") or cache
    return {"rps": many["rps"], "p50_32": many["p50"], "p50": one["p50"], "non2xx": many["non2xx"] + one["non2xx"],
            "errors": many["errors"], "bytes": size, "cache": cache}  # fmt: skip


# --- building the two sites -------------------------------------------------------------------------------


def cong_env(work: Path, cache: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "CONG_TESTING"}}
    env.update({
        "CONG_VAR_DIR": str(work / "cong"),
        "DEBUG": "0",
        "CONG_HTTPS": "0",
        "CONG_SERVE_MEDIA": "1",
        "CONG_BASE_URL": f"http://127.0.0.1:{PORTS['cong']}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "CONG_PAGE_CACHE": "1" if cache else "0",
        "DJANGO_SETTINGS_MODULE": "cong.settings",
        "PYTHONPATH": str(ROOT),
    })  # fmt: skip
    return env


def stock_env(work: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update({
        "STOCK_WAGTAIL_DIR": str(work / "stock"),
        "DJANGO_SETTINGS_MODULE": "stock_wagtail.settings",
        "PYTHONPATH": str(ANCHORS),
    })  # fmt: skip
    return env


def build_cong(work: Path, log: Path) -> None:
    env = cong_env(work, cache=False)
    cong = str(BIN / "cong")
    run([cong, "migrate", "--noinput", "-v", "0"], env, log)
    run([cong, "collectstatic", "--noinput", "-v", "0"], env, log)
    run([cong, "demo"], env, log)
    run([cong, "db_worker", "--batch", "--no-startup-delay", "-v", "0"], env, log)
    run([sys.executable, __file__, "export", str(work)], env, log)


def build_stock(work: Path, log: Path) -> None:
    env = stock_env(work)
    (work / "stock").mkdir(exist_ok=True)
    run([str(BIN / "django-admin"), "migrate", "--noinput", "-v", "0"], env, log, cwd=ANCHORS)
    run([sys.executable, __file__, "stock-load", str(work)], env, log, cwd=ANCHORS)


def export_content(work: Path) -> None:
    """Under Cổng's settings: the demo's sections and live articles as JSON for the stock site."""
    import django

    django.setup()
    from wagtail.models import Site

    from cong.portal.models import ArticlePage, SectionPage

    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    sections = [
        {"path": s.path, "depth": s.depth, "slug": s.slug, "title": s.title, "intro": s.intro,
         "show_in_menus": s.show_in_menus}
        for s in SectionPage.objects.live().descendant_of(home).order_by("path")
    ]  # fmt: skip
    articles = []
    for a in ArticlePage.objects.live().descendant_of(home).select_related("main_image").order_by("path"):
        body = []
        for block in a.body:
            if block.block_type == "paragraph":
                body.append(block.value.source)
            else:
                body.append(str(block.render()))
        articles.append({
            "parent": a.path[: -ArticlePage.steplen], "slug": a.slug, "title": a.title, "lead": a.lead,
            "body": "\n".join(body), "authors": a.authors, "date": a.published_at.isoformat(),
            "tags": [t.name for t in a.tags.all()],
            "image": a.main_image.file.path if a.main_image else None,
            "image_title": a.main_image.title if a.main_image else None,
        })  # fmt: skip
    data = {"home": {"title": home.title, "intro": home.intro}, "sections": sections, "articles": articles}
    (work / "content.json").write_text(json.dumps(data, ensure_ascii=False))


def load_stock(work: Path) -> None:
    """Under the stock site's settings: the same tree of pages, published as an editor would."""
    import django

    django.setup()
    from django.core.files import File
    from stock_wagtail.models import BlogIndexPage, BlogPage, HomePage
    from wagtail.images.models import Image
    from wagtail.models import Page, Site

    data = json.loads((work / "content.json").read_text())

    def publish(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page
    home = publish(
        root, HomePage(title=data["home"]["title"], slug="home", intro=f"<p>{data['home']['intro']}</p>")
    )
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=home.title
    )
    by_path = {}
    for s in data["sections"]:
        parent = by_path.get(s["path"][: -Page.steplen], home)
        by_path[s["path"]] = publish(
            parent,
            BlogIndexPage(title=s["title"], slug=s["slug"], intro=f"<p>{s['intro']}</p>",
                          show_in_menus=s["show_in_menus"]),
        )  # fmt: skip
    images = {}
    for a in data["articles"]:
        image = None
        if a["image"]:
            if a["image"] not in images:
                with open(a["image"], "rb") as f:
                    images[a["image"]] = Image.objects.create(
                        title=a["image_title"], file=File(f, name=Path(a["image"]).name)
                    )
            image = images[a["image"]]
        post = BlogPage(
            title=a["title"], slug=a["slug"], intro=a["lead"], body=a["body"], authors=a["authors"],
            date=datetime.fromisoformat(a["date"]), main_image=image,
        )  # fmt: skip
        post.tags.add(*a["tags"])
        publish(by_path[a["parent"]], post)


def count_queries(work: Path, which: str) -> None:
    """Queries per page through Django's test client (after one warm-up request), as JSON on stdout."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    pages = CONG_PAGES if which == "cong" else STOCK_PAGES
    client = Client(HTTP_HOST="127.0.0.1" if which == "cong" else "localhost")
    counts = {}
    for name, path in pages.items():
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, (which, path, response.status_code)
        counts[name] = len(captured)
    print(json.dumps(counts))


def queries(work: Path, which: str) -> dict:
    env = cong_env(work, cache=False) if which == "cong" else stock_env(work)
    out = subprocess.run(
        [sys.executable, __file__, "queries", str(work), which], env=env, capture_output=True, text=True,
        check=True, cwd=ROOT if which == "cong" else ANCHORS,
    ).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


# --- nginx ------------------------------------------------------------------------------------------------

# 1. The anchor: a saved copy of a Cổng article page as a static file; 2. the shipped proxy cache in front of
# Cổng's gunicorn (plain HTTP on loopback), from benchmark_config.
STATIC_SERVER = """
    server {{
        listen 127.0.0.1:{static_port};
        root {dir}/www;
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
"""


def start_nginx(work: Path, pages: dict[str, bytes]) -> subprocess.Popen:
    """nginx serving ``pages`` (address → saved body) as static files, and the proxy cache."""
    folder = work / "nginx"
    for path, body in pages.items():
        (folder / "www" / path.strip("/")).mkdir(parents=True, exist_ok=True)
        (folder / "www" / path.strip("/") / "index.html").write_bytes(body)
    conf = folder / "nginx.conf"
    conf.write_text(benchmark_config(
        folder, upstream=PORTS["cong"], proxy_port=PORTS["proxy"],
        http="sendfile on; tcp_nopush on; include /etc/nginx/mime.types;",
        servers=STATIC_SERVER.format(static_port=PORTS["nginx"], dir=folder),
    ))  # fmt: skip
    subprocess.run([NGINX, "-p", str(folder), "-c", str(conf), "-t", "-q"], check=True)
    process = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"])
    wait_for(PORTS["nginx"], ARTICLE)
    return process


# --- the run ----------------------------------------------------------------------------------------------


def bench(seconds: float, write: bool) -> None:
    missing = [name for name, path in (("wrk", WRK), ("nginx", NGINX)) if not Path(path).exists()]
    if missing:
        sys.exit(f"benchmarks/speed.py needs {' and '.join(missing)}: apt-get install wrk nginx-light")
    started = time.monotonic()
    info = machine()
    work = Path(tempfile.mkdtemp(prefix="cong-speed-"))
    log = work / "build.log"
    print(f"Building Cổng's demo and the stock-Wagtail copy in {work} (log: {log}) …", flush=True)
    build_cong(work, log)
    build_stock(work, log)
    built = time.monotonic() - started
    counts = {"cong": queries(work, "cong"), "stock": queries(work, "stock")}
    results: dict[tuple[str, str], dict] = {}

    def step(key, port, path):
        results[key] = measure(port, path, seconds)
        r = results[key]
        print(f"  {key[0]:<13} {key[1]:<8} {r['rps']:9.1f} req/s  p50 {r['p50']:7.2f} ms", flush=True)

    nginx = None
    servers = []
    try:
        # Cổng uncached first: its home and article pages are the static anchor's files.
        server = gunicorn("cong.wsgi", PORTS["cong"], cong_env(work, cache=False), log)
        servers.append(server)
        wait_for(PORTS["cong"])
        saved = {}
        for path in ("/", ARTICLE):
            with urllib.request.urlopen(f"http://127.0.0.1:{PORTS['cong']}{path}") as response:
                saved[path] = response.read()
        nginx = start_nginx(work, saved)
        step(("nginx static", "article"), PORTS["nginx"], ARTICLE)
        step(("nginx static", "home"), PORTS["nginx"], "/")
        hello = gunicorn("hello:application", PORTS["hello"], os.environ.copy(), log, chdir=ANCHORS)
        servers.append(hello)
        wait_for(PORTS["hello"])
        step(("hello-world", "/"), PORTS["hello"], "/")
        stop(hello)
        stock = gunicorn("stock_wagtail.wsgi", PORTS["stock"], stock_env(work), log, chdir=ANCHORS)
        servers.append(stock)
        wait_for(PORTS["stock"])
        for name, path in STOCK_PAGES.items():
            step(("stock Wagtail", name), PORTS["stock"], path)
        stop(stock)
        for name, path in CONG_PAGES.items():
            step(("Cổng uncached", name), PORTS["cong"], path)
        stop(server)
        server = gunicorn("cong.wsgi", PORTS["cong"], cong_env(work, cache=True), log)
        servers.append(server)
        wait_for(PORTS["cong"])
        for name, path in CONG_PAGES.items():
            step(("Cổng cached", name), PORTS["cong"], path)
        for name in ("home", "article", "section"):
            step(("Cổng + nginx", name), PORTS["proxy"], CONG_PAGES[name])
    finally:
        for process in servers:
            if process.poll() is None:
                stop(process)
        if nginx is not None:
            stop(nginx)
    info["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    report = render(results, counts, info, seconds, built, time.monotonic() - started)
    print()
    print(report)
    if write:
        with (ROOT / "benchmarks" / "RESULTS.md").open("a") as f:
            f.write("\n" + report)
        print("\nAppended to benchmarks/RESULTS.md")
    shutil.rmtree(work, ignore_errors=True)


def render(results, counts, info, seconds, built, total) -> str:
    r = results
    lines = [
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — speed anchors (issue 17), `make bench`",
        "",
        f"Machine: {info['cpu']}; load average {info['load']} at the start, {info['load_end']} at the end "
        "(1, 5, 15 min). The machine is shared with other engineers' sessions: the numbers are noisy.",
        f"Python {info['python']}; {info['versions']}.",
        f"`wrk -t2 -c32 -d{seconds:g}s` for requests/s, one connection back to back for {max(2.0, seconds / 2):g} s for p50; "
        f"gunicorn 2 sync workers, DEBUG=0, SQLite; the demo province ({built:.0f} s to build both sites, "
        f"{total:.0f} s in all). Queries: Django's test client after a warm-up, page cache off.",
        "",
        "| server | page | URL | req/s | p50 ms (1 conn) | p50 ms (32 conn) | KB | queries | cache |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    paths = {"nginx static": CONG_PAGES, "hello-world": {"/": "/"}, "stock Wagtail": STOCK_PAGES,
             "Cổng uncached": CONG_PAGES, "Cổng cached": CONG_PAGES, "Cổng + nginx": CONG_PAGES}  # fmt: skip
    for (server, name), m in results.items():
        q = ""
        if server == "stock Wagtail":
            q = counts["stock"].get(name, "")
        elif server == "Cổng uncached":
            q = counts["cong"].get(name, "")
        flag = f" ({m['non2xx']} non-2xx)" if m["non2xx"] else ""
        url = paths[server][name]
        short = url if len(url) < 32 else url[:28] + "…/"
        lines.append(
            f"| {server} | {LABELS.get(name, name)} | `{short}` | {m['rps']:.1f}{flag} | {m['p50']:.2f} | "
            f"{m['p50_32']:.1f} | {m['bytes'] / 1024:.0f} | {q} | {m['cache'] or '–'} |"
        )

    def ratio(a, b):
        return r[a]["rps"] / r[b]["rps"]

    u, c, s = "Cổng uncached", "Cổng cached", "stock Wagtail"
    targets = [
        ("cached article (gunicorn alone) ÷ nginx static copy", ratio((c, "article"), ("nginx static", "article")),
         0.8),
        ("cached home (gunicorn alone) ÷ nginx static copy", ratio((c, "home"), ("nginx static", "home")), 0.8),
        ("cached article (nginx proxy cache, docs/deploy.md) ÷ nginx static copy",
         ratio(("Cổng + nginx", "article"), ("nginx static", "article")), 0.8),
        ("cached home (nginx proxy cache, docs/deploy.md) ÷ nginx static copy",
         ratio(("Cổng + nginx", "home"), ("nginx static", "home")), 0.8),
        ("uncached article ÷ stock post", ratio((u, "article"), (s, "post")), 10),
        ("uncached section ÷ stock post", ratio((u, "section"), (s, "post")), 10),
        ("uncached section ÷ stock index", ratio((u, "section"), (s, "index")), 10),
        ("uncached home ÷ stock home", ratio((u, "home"), (s, "home")), 10),
        ("hello-world ÷ uncached article (Django's ceiling)", ratio(("hello-world", "/"), (u, "article")), None),
    ]  # fmt: skip
    lines += ["", "| ratio | measured | target | met |", "|---|---|---|---|"]
    for label, value, target in targets:
        met = "–" if target is None else ("yes" if value >= target else "no")
        lines.append(f"| {label} | {value:.2f}× | {'–' if target is None else f'≥ {target:g}×'} | {met} |")
    p50s = {n: r[u, n]["p50"] for n in ("home", "article", "section")}
    lines.append(
        "| uncached 1-connection p50 (home, article, section) | "
        + ", ".join(f"{v:.1f}" for v in p50s.values())
        + f" ms | ≤ 10 ms | {'yes' if max(p50s.values()) <= 10 else 'no'} |"
    )
    worst = max((v, k) for k, v in counts["cong"].items() if k != "search")
    lines.append(
        f"| queries on a public page (search aside: another engineer's) | at most {worst[0]} ({worst[1]}); "
        f"search {counts['cong']['search']} | ≤ 15 | {'yes' if worst[0] <= 15 else 'no'} |"
    )
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] in {"export", "stock-load", "queries"}:
        work = Path(sys.argv[2])
        if sys.argv[1] == "export":
            export_content(work)
        elif sys.argv[1] == "stock-load":
            load_stock(work)
        else:
            count_queries(work, sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SECONDS_PER_RUN", "5")))
    parser.add_argument("--no-write", action="store_true", help="print only; do not append to RESULTS.md")
    options = parser.parse_args()
    bench(options.seconds, write=not options.no_write)


if __name__ == "__main__":
    main()
