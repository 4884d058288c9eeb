"""Benchmark: citizens' submissions (Hỏi – Đáp questions and petitions) per second through the public
forms, with zero loss while a web process is killed mid-run (issue 17, "Speed").

Builds a throw-away portal under a temporary folder (SQLite, or PostgreSQL with --database-url), starts it
as a province runs it — gunicorn with 2 sync workers, DEBUG=0, the production settings (no CONG_TESTING:
the task queue is the database, the citizens' rate limits and proof-of-work are on) — and sends
submissions at a fixed arrival rate from an asyncio client. Each submission is what a browser does after
the citizen pressed «Gửi»: POST the form as ``multipart/form-data`` as a browser does (question or
petition, 1 in 4 a petition) and follow the redirect to the receipt page; the receipt's tracking code (mã
tra cứu) is the acknowledgement. Halfway through the submissions, one gunicorn worker is killed with SIGKILL (``--kill master`` kills the master and its workers and starts
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
client runs on the same cores as the server, so it is kept cheap: every POST is prepared before the run,
each request goes out through a bare asyncio protocol, and only the status, the redirect, the cookies and
the receipt's code are read; its CPU during the run is printed beside the server's. The server's CPU is
counted from when both workers have started and answered (their start is not a submission's cost; the
start of the worker that replaces the killed one is counted). ``benchmarks/submission_cpu.py`` measures the same submission in process, the POST
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
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (default: any free one)")
    return parser.parse_args()


ARGS: argparse.Namespace  # set when run as a script

# The server's environment, as a province runs it behind nginx (shared with benchmarks/submission_cpu.py).
SERVER_ENV = {
    "DEBUG": "0",
    "CONG_HTTPS": "0",  # plain HTTP on loopback, as `make demo`
    "ALLOWED_HOSTS": "localhost,127.0.0.1",
    "CONG_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    "DJANGO_SETTINGS_MODULE": "cong.settings",
}


def server_environment(database_url: str, prefix: str = "cong-bench-submit-") -> str:
    """Set this process's environment (inherited by gunicorn) to the production settings on a new
    temporary folder, SQLite there or ``database_url``; return the folder."""
    workdir = tempfile.mkdtemp(prefix=prefix)
    os.environ.update(SERVER_ENV, CONG_VAR_DIR=workdir)
    for name in ("REDIS_URL", "CONG_TESTING"):  # the build and the server both use the production settings
        os.environ.pop(name, None)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return workdir


def build(database_url: str) -> None:
    """Migrate, collect static files (the manifest storage of DEBUG=0) and make the provincial portal
    (a PostgreSQL database is emptied first: everything in its ``public`` schema is dropped)."""
    import django

    django.setup()
    from django.core.management import call_command

    if database_url:
        # Emptied to its schema, not flushed: a flush also deletes the rows the migrations made (Wagtail's
        # root page), which a second run on the same database needs.
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from cong.portal.tests.factories import PortalBuilder

    PortalBuilder.create()
    from django.db import connections

    connections.close_all()


def citizen(number: int) -> tuple[str, str, dict[str, str]]:
    """Submission ``number``: the form's path, the citizen's address and the fields they fill in (without
    the CSRF token). One in four is a petition."""
    petition = number % 4 == 3
    path = "/phan-anh-kien-nghi/gui/" if petition else "/hoi-dap/dat-cau-hoi/"
    address = f"198.{18 + number // 65536 % 2}.{number // 256 % 256}.{number % 256}"
    fields = {
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
    return path, address, fields


# --- server -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# gunicorn's settings as the portal is served (the application preloaded in the master); absent from
# trees before they existed, which a before/after comparison runs.
PRODUCTION_CONFIG = (
    ["-c", "python:cong.gunicorn_conf"] if (ROOT / "cong" / "gunicorn_conf.py").exists() else []
)


def start_gunicorn(port: int) -> subprocess.Popen:
    env = dict(os.environ)
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), *PRODUCTION_CONFIG, "cong.wsgi", "--bind", f"127.0.0.1:{port}",
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
# As cheap as asyncio allows, since it runs on the server's cores: each request is prepared before the run
# (the POST whole; the receipt's request once the POST's cookie is known), sent on its own connection by a
# bare protocol (no stream reader and writer), and only the status, the redirect, the cookies and the
# receipt's code are read from the answer.

LOCATION_RE = re.compile(rb"\r\nlocation:[ \t]*([^\r]*)", re.IGNORECASE)
SET_COOKIE_RE = re.compile(rb"\r\nset-cookie:[ \t]*([^=;\r]+)=([^;\r]*)", re.IGNORECASE)


class Exchange(asyncio.Protocol):
    """Send one request, collect the answer until the server closes the connection."""

    def __init__(self, request: bytes, done: asyncio.Future):
        self.request, self.done, self.chunks = request, done, []

    def connection_made(self, transport) -> None:
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)

    def connection_lost(self, exc) -> None:
        if self.done.done():
            return
        if exc is not None:
            self.done.set_exception(exc)
        else:
            self.done.set_result(b"".join(self.chunks))


class Response:
    def __init__(self, raw: bytes):
        head, _, self.body = raw.partition(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1."):
            raise ConnectionError("empty answer")
        self.status = int(head[9:12])
        self.head = head

    def location(self) -> str:
        found = LOCATION_RE.search(self.head)
        return found.group(1).decode("latin-1").strip() if found else ""

    def cookies(self) -> dict[str, str]:
        return {k.decode("latin-1").strip(): v.decode("latin-1") for k, v in SET_COOKIE_RE.findall(self.head)}


async def send(port: int, request: bytes) -> Response:
    """One HTTP/1.1 request on its own connection (gunicorn's sync workers close it after the answer)."""
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.create_connection(lambda: Exchange(request, done), "127.0.0.1", port)
    try:
        raw = await done
    finally:
        transport.close()
    return Response(raw)


def request(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: localhost", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def multipart(fields: dict[str, str], number: int) -> tuple[str, bytes]:
    """The form as a browser posts it (ask.html is ``multipart/form-data``), with the empty file field of
    the attachments a browser sends when none is chosen."""
    boundary = f"----CongBenchBoundary{number:012d}"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; filename=""\r\n'
        "Content-Type: application/octet-stream\r\n\r\n\r\n"
    )
    parts.append(f"--{boundary}--\r\n")
    return boundary, "".join(parts).encode()


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def client_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # the killer's thread too (a fork and exec)
    return usage.ru_utime + usage.ru_stime


DROPPED = (OSError, ConnectionError)  # ConnectionResetError, refused while gunicorn starts again, no answer


class Run:
    def __init__(self, port: int):
        self.port = port
        self.acknowledged: list[str] = []
        self.latencies: list[float] = []
        self.failures: dict[str, int] = {}
        self.attempted = 0
        self.reloads = 0  # receipts loaded again after the first load's connection was dropped
        self.client_cpu = 0.0  # this process's CPU seconds from the first submission to the last answer

    def fail(self, why: str) -> None:
        self.failures[why] = self.failures.get(why, 0) + 1

    async def csrf(self, path: str) -> tuple[dict[str, str], str]:
        page = await send(self.port, request("GET", path, {}))
        token = TOKEN_RE.search(page.body)
        if page.status != 200 or token is None:
            raise SystemExit(f"the form {path} answered {page.status}")
        return page.cookies(), token.group(1).decode()

    @staticmethod
    def prepare(number: int, tokens: dict[str, tuple[dict, str]]) -> tuple[bytes, str, dict[str, str]]:
        """Submission ``number``'s POST, the citizen's address and their cookies before it."""
        path, address, fields = citizen(number)
        cookies, token = tokens[path]
        boundary, body = multipart({"csrfmiddlewaretoken": token, **fields}, number)
        headers = {
            "X-Real-IP": address,
            "Cookie": cookie_header(cookies),
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Referer": f"http://localhost{path}",
        }
        return request("POST", path, headers, body), address, dict(cookies)

    async def submit(self, prepared: tuple[bytes, str, dict[str, str]]) -> None:
        post, address, cookies = prepared
        started = time.perf_counter()
        self.attempted += 1
        try:
            posted = await send(self.port, post)
        except DROPPED:
            self.fail("POST: connection dropped")
            return
        if posted.status != 302 or not posted.location().endswith("/hoi-dap/bien-nhan/"):
            self.fail(f"POST: {posted.status}")
            return
        cookies.update(posted.cookies())
        receipt_request = request(
            "GET", "/hoi-dap/bien-nhan/", {"X-Real-IP": address, "Cookie": cookie_header(cookies)}
        )
        # The receipt: a browser follows the redirect; a person whose page failed to load reloads it once.
        for attempt in range(2):
            try:
                receipt = await send(self.port, receipt_request)
            except DROPPED:
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
    prepared = [run.prepare(i, tokens) for i in range(total)]  # before the clock starts
    limit = asyncio.Semaphore(ARGS.concurrency)
    tasks = []
    killed = False

    async def one(i):
        try:
            await run.submit(prepared[i])
        finally:
            prepared[i] = None
            limit.release()

    run.client_cpu = -client_cpu()
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
    elapsed = time.perf_counter() - t0
    run.client_cpu += client_cpu()
    return run, elapsed


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
    build(ARGS.database_url)
    built = time.perf_counter() - started
    port = ARGS.port or free_port()
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
        run, elapsed = asyncio.run(load(port, kill))
        server_seconds = server["cpu_before"] + server_cpu(server["process"].pid)
        client_seconds = run.client_cpu
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
    ARGS = parse_args()
    server_environment(ARGS.database_url)
    main()
