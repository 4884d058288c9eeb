"""Benchmark: citizens' submissions (Hỏi – Đáp questions and petitions) per second through the public
forms, with zero loss while a web process is killed mid-run (issue 17, "Speed").

Builds a throw-away portal under a temporary folder (SQLite, or PostgreSQL with --database-url), starts it
as a province runs it — gunicorn with 2 sync workers, DEBUG=0, the production settings (no CONG_TESTING:
the task queue is the database, the citizens' rate limits and proof-of-work are on) — and sends
submissions at a fixed arrival rate from an asyncio client. Each submission is what a browser does after
the citizen pressed «Gửi»: POST the form (question or petition, 1 in 4 a petition) and follow the redirect
to the receipt page; the receipt's tracking code (mã tra cứu) is the acknowledgement. Halfway through the submissions,
one gunicorn worker is killed with SIGKILL (``--kill master`` kills the master and its workers and starts
gunicorn again; ``--kill none`` kills nothing). Afterwards every acknowledged code is looked up in the
database: ``lost`` counts codes the site acknowledged that are not there, and must be 0.

Every simulated citizen has their own address, sent as ``X-Real-IP`` with ``CONG_CLIENT_IP_HEADER`` set —
the documented setting of a portal behind nginx (docs/deploy.md), so the per-address limits (proof-of-work
after ``CONG_CITIZENS_SOFT_LIMIT`` forms an hour) apply to each citizen as in production; the addresses
are from 198.18.0.0/15, the range reserved for benchmarks, and are only header values. The form is read
a few times before the run for its CSRF cookie and token (Django's CSRF check is stateless: one token
pair is as good as any other browser's); it is not part of the timed submissions.

    .venv/bin/python benchmarks/submissions.py [--rate 200] [--seconds 20] \
        [--kill worker|master|none] [--database-url postgres://postgres@127.0.0.1:5432/NAME]

CONG_TESTING is removed from the environment: the build and the server use the production settings. The
client runs on the same cores as the server. The server's CPU is counted from when both workers have
started and answered (their start is not a submission's cost; the start of the worker that replaces the
killed one is counted). ``benchmarks/submission_cpu.py`` measures the same submission in process, the POST
and the receipt apart, with a profile of either.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE_RE = re.compile(rb'class="qa-code">([A-Z0-9-]+)<')
TOKEN_RE = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=200, help="submissions started per second")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--kill", choices=("worker", "master", "none"), default="worker")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=64, help="submissions in flight at most")
    parser.add_argument(
        "--database-url", default="", help="PostgreSQL database (emptied first); default SQLite"
    )
    return parser.parse_args()


ARGS = parse_args()
workdir = tempfile.mkdtemp(prefix="cong-bench-submit-")
SERVER_ENV = {
    "CONG_VAR_DIR": workdir,
    "DEBUG": "0",
    "CONG_HTTPS": "0",  # plain HTTP on loopback, as `make demo`
    "ALLOWED_HOSTS": "localhost,127.0.0.1",
    "CONG_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    "DJANGO_SETTINGS_MODULE": "cong.settings",
}
os.environ.update(SERVER_ENV)
for name in ("REDIS_URL", "CONG_TESTING"):  # the build and the server both use the production settings
    os.environ.pop(name, None)
if ARGS.database_url:
    os.environ["DATABASE_URL"] = ARGS.database_url
else:
    os.environ.pop("DATABASE_URL", None)
sys.path.insert(0, str(ROOT))


def build() -> None:
    """Migrate, collect static files (the manifest storage of DEBUG=0) and make the provincial portal."""
    import django

    django.setup()
    from django.core.management import call_command

    if ARGS.database_url:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from cong.portal.tests.factories import PortalBuilder

    PortalBuilder.create()
    from django.db import connections

    connections.close_all()


# --- server -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(port: int) -> subprocess.Popen:
    env = dict(os.environ)
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "cong.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(ARGS.workers), "--log-level", "warning", "--timeout", "60"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 90
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise SystemExit("gunicorn did not start") from None
            time.sleep(0.2)


def cpu_seconds(pid: int, children: bool = False) -> float:
    """CPU time (user + system) of a process, with its reaped children's when ``children``."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12]) + ((int(fields[13]) + int(fields[14])) if children else 0)
    return ticks / os.sysconf("SC_CLK_TCK")


def server_cpu(master: int) -> float:
    """The gunicorn tree's CPU: the master with the workers it reaped (a killed one too), and the live ones."""
    return cpu_seconds(master, children=True) + sum(cpu_seconds(pid) for pid in worker_pids(master))


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def answered(port: int) -> None:
    """Wait until a worker answers a page (gunicorn accepts connections before its workers have booted)."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                s.sendall(b"GET /hoi-dap/tra-cuu/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                if s.recv(12).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            pass
        time.sleep(0.05)


def booted(port: int, master: int) -> None:
    """Wait until every worker has started Django and answered: their start (a few seconds of CPU each) is
    not part of the submissions' cost — a worker started again after the kill is."""
    answered(port)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        pids = worker_pids(master)
        before = [cpu_seconds(pid) for pid in pids]
        time.sleep(0.5)
        if len(pids) == ARGS.workers and [cpu_seconds(pid) for pid in pids] == before:
            break  # all there, and none busy starting
    for _ in range(4 * ARGS.workers):  # the templates of the forms compiled, whichever worker answers
        for path in (b"/hoi-dap/dat-cau-hoi/", b"/phan-anh-kien-nghi/gui/"):
            with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                s.sendall(b"GET " + path + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                while s.recv(65536):
                    pass


def worker_pids(master: int) -> list[int]:
    path = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in path.read_text().split()] if path.exists() else []


# --- client -----------------------------------------------------------------------------------------


class Response:
    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes):
        self.status, self.headers, self.body = status, headers, body

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k == name), "")

    def cookies(self) -> dict[str, str]:
        found = {}
        for k, v in self.headers:
            if k == "set-cookie":
                name, _, rest = v.partition("=")
                found[name.strip()] = rest.split(";")[0]
        return found


async def http(port: int, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> Response:
    """One HTTP/1.1 request on its own connection (gunicorn's sync workers close it after the answer)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        lines = [f"{method} {path} HTTP/1.1", "Host: localhost", "Connection: close"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if body:
            lines.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        await writer.drain()
        raw = await reader.read()
    finally:
        writer.close()
    head, _, content = raw.partition(b"\r\n\r\n")
    if not head:
        raise ConnectionError("empty answer")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    parsed = []
    for line in header_lines:
        k, _, v = line.partition(":")
        parsed.append((k.strip().lower(), v.strip()))
    return Response(int(status_line.split()[1]), parsed, content)


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


class Run:
    def __init__(self, port: int):
        self.port = port
        self.acknowledged: list[str] = []
        self.latencies: list[float] = []
        self.failures: dict[str, int] = {}
        self.attempted = 0
        self.reloads = 0  # receipts loaded again after the first load's connection was dropped

    def fail(self, why: str) -> None:
        self.failures[why] = self.failures.get(why, 0) + 1

    async def csrf(self, path: str) -> tuple[dict[str, str], str]:
        page = await http(self.port, "GET", path, {})
        token = TOKEN_RE.search(page.body)
        if page.status != 200 or token is None:
            raise SystemExit(f"the form {path} answered {page.status}")
        return page.cookies(), token.group(1).decode()

    async def submit(self, number: int, tokens: dict[str, tuple[dict, str]]) -> None:
        petition = number % 4 == 3
        path = "/phan-anh-kien-nghi/gui/" if petition else "/hoi-dap/dat-cau-hoi/"
        cookies, token = tokens[path]
        cookies = dict(cookies)
        address = f"198.{18 + number // 65536 % 2}.{number // 256 % 256}.{number % 256}"
        fields = {
            "csrfmiddlewaretoken": token,
            "asker_type": "individual",
            "full_name": f"Người gửi số {number}",
            "email": f"nguoi{number}@example.com",
            "district": "Huyện Tân Lập",
            "title": f"Câu hỏi thử tải số {number} về thủ tục cấp giấy phép xây dựng",
            "content": "Tôi muốn hỏi về hồ sơ, thời hạn giải quyết và lệ phí cấp giấy phép xây dựng nhà ở "
            f"riêng lẻ tại nông thôn. Mã thử {number}.",
            "consent": "on",
        }
        if petition:
            fields["regulation"] = "Quyết định số 12/2025/QĐ-UBND, Điều 5"
        body = urllib.parse.urlencode(fields).encode()
        headers = {
            "X-Real-IP": address,
            "Cookie": cookie_header(cookies),
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://localhost{path}",
        }
        started = time.perf_counter()
        self.attempted += 1
        try:
            posted = await http(self.port, "POST", path, headers, body)
        except (OSError, ConnectionError, asyncio.IncompleteReadError):
            self.fail("POST: connection dropped")
            return
        if posted.status != 302 or not posted.header("location").endswith("/hoi-dap/bien-nhan/"):
            self.fail(f"POST: {posted.status}")
            return
        cookies.update(posted.cookies())
        # The receipt: a browser follows the redirect; a person whose page failed to load reloads it once.
        for attempt in range(2):
            try:
                receipt = await http(
                    self.port,
                    "GET",
                    "/hoi-dap/bien-nhan/",
                    {"X-Real-IP": address, "Cookie": cookie_header(cookies)},
                )
            except (OSError, ConnectionError, asyncio.IncompleteReadError):
                if attempt == 0:
                    self.reloads += 1
                    continue
                self.fail("receipt: connection dropped")
                return
            break
        code = CODE_RE.search(receipt.body) if receipt.status == 200 else None
        if code is None:
            self.fail(f"receipt: {receipt.status}")
            return
        self.latencies.append(time.perf_counter() - started)
        self.acknowledged.append(code.group(1).decode())


async def load(port: int, on_half) -> tuple[Run, float]:
    run = Run(port)
    tokens = {path: await run.csrf(path) for path in ("/hoi-dap/dat-cau-hoi/", "/phan-anh-kien-nghi/gui/")}
    total = int(ARGS.rate * ARGS.seconds)
    limit = asyncio.Semaphore(ARGS.concurrency)
    tasks = []
    killed = False

    async def one(i):
        try:
            await run.submit(i, tokens)
        finally:
            limit.release()

    t0 = time.perf_counter()
    for i in range(total):
        due = t0 + i / ARGS.rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        await limit.acquire()
        if not killed and i >= total // 2:  # halfway through the submissions, whatever the pace
            killed = True
            moment = (
                f"when submission {i + 1} of {total} started, {time.perf_counter() - t0:.1f} s into the run"
            )
            # In a thread: restarting gunicorn takes seconds, during which the submissions go on.
            killer = asyncio.get_running_loop().run_in_executor(None, on_half, moment)
        tasks.append(asyncio.create_task(one(i)))
    await asyncio.gather(*tasks)
    if killed:
        await killer
    return run, time.perf_counter() - t0


# --- database check -----------------------------------------------------------------------------------


def stored_codes(codes: list[str]) -> set[str]:
    from django.db import connections

    from cong.citizens.models import Question

    connections.close_all()
    found: set[str] = set()
    for start in range(0, len(codes), 500):
        found |= set(
            Question.objects.filter(code__in=codes[start : start + 500]).values_list("code", flat=True)
        )
    return found


def main() -> None:
    started = time.perf_counter()
    build()
    built = time.perf_counter() - started
    port = free_port()
    server = {"process": start_gunicorn(port), "cpu_before": 0.0}
    events: list[str] = []

    def kill(moment: str) -> None:
        master = server["process"]
        if ARGS.kill == "worker":
            pids = worker_pids(master.pid)
            if pids:
                os.kill(pids[0], signal.SIGKILL)
                events.append(f"SIGKILL to worker {pids[0]} {moment} (gunicorn starts another)")
        elif ARGS.kill == "master":
            pids = worker_pids(master.pid)
            server["cpu_before"] += server_cpu(master.pid)
            for pid in [master.pid, *pids]:
                os.kill(pid, signal.SIGKILL)
            master.wait()
            t = time.perf_counter()
            while any(alive(pid) for pid in pids):  # the listening socket closes with its last holder
                time.sleep(0.01)
            server["process"] = start_gunicorn(port)
            answered(port)
            events.append(
                f"SIGKILL to master {master.pid} and workers {pids} {moment}; "
                f"gunicorn started again and answering after {time.perf_counter() - t:.1f} s"
            )

    try:
        from cong.citizens.models import Question

        before = Question.objects.count()
        booted(port, server["process"].pid)
        server["cpu_before"] -= server_cpu(server["process"].pid)
        client_before = resource.getrusage(resource.RUSAGE_SELF)
        run, elapsed = asyncio.run(load(port, kill))
        client_after = resource.getrusage(resource.RUSAGE_SELF)
        server_seconds = server["cpu_before"] + server_cpu(server["process"].pid)
        client_seconds = (client_after.ru_utime + client_after.ru_stime) - (
            client_before.ru_utime + client_before.ru_stime
        )
    finally:
        server["process"].send_signal(signal.SIGTERM)
        try:
            server["process"].wait(timeout=30)
        except subprocess.TimeoutExpired:
            server["process"].kill()
    found = stored_codes(run.acknowledged)
    lost = [code for code in run.acknowledged if code not in found]
    stored = Question.objects.count() - before
    from django.db import connection

    engine = connection.vendor
    ms = sorted(x * 1000 for x in run.latencies)
    p95 = ms[int(len(ms) * 0.95) - 1] if ms else float("nan")
    load_average = os.getloadavg()
    print(
        f"Citizens' submissions — {engine}, gunicorn {ARGS.workers} sync workers, DEBUG=0; "
        f"{ARGS.rate:.0f}/s offered for {ARGS.seconds:.0f} s, kill: {ARGS.kill}"
    )
    print(f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; built in {built:.1f} s;"
          f" load average after the run {load_average[0]:.1f} {load_average[1]:.1f} {load_average[2]:.1f}")  # fmt: skip
    for event in events:
        print(f"- {event}")
    print(f"- receipts loaded a second time after a dropped connection: {run.reloads}")
    print()
    print(
        "| offered | attempted | acknowledged | accepted/s | p50 ms | p95 ms | failed (no receipt) | stored | lost |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    failed = ", ".join(f"{k} ×{v}" for k, v in sorted(run.failures.items())) or "0"
    print(
        f"| {ARGS.rate * ARGS.seconds:.0f} | {run.attempted} | {len(run.acknowledged)} | "
        f"{len(run.acknowledged) / elapsed:.1f} | {statistics.median(ms) if ms else float('nan'):.1f} | {p95:.1f} | "
        f"{failed} | {stored} | **{len(lost)}** |"
    )
    per = 1000 / max(1, len(run.acknowledged))
    print()
    print(
        f"CPU during the run: server (gunicorn, all workers) {server_seconds:.1f} s = "
        f"{server_seconds * per:.1f} ms per acknowledged submission; client {client_seconds:.1f} s = "
        f"{client_seconds * per:.1f} ms; wall {elapsed:.1f} s on {os.cpu_count()} cores. At that cost, 2 cores "
        f"given to the server alone would accept about {2 / max(server_seconds * per / 1000, 1e-9):.0f}/s."
    )
    if lost:
        print("LOST:", lost[:20])
        raise SystemExit(1)


if __name__ == "__main__":
    main()
