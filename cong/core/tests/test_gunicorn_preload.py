"""gunicorn as the portal is served (cong/gunicorn_conf.py, issue 17): the application is loaded once in the
master and the workers are forks of it. A killed worker's replacement answers without importing Django and
Wagtail again, and no database connection is opened in the master, where every worker would inherit it."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cong.core.testing.database import seed_migrated

from .test_commands import cong, environment

ROOT = Path(__file__).resolve().parents[3]
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def health(port: int) -> dict:
    """/suc-khoe/ reads the database (503 here: no backup, no scheduler; its database check is what counts)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"GET /suc-khoe/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        raw = b""
        while chunk := s.recv(65536):
            raw += chunk
    return json.loads(raw.partition(b"\r\n\r\n")[2])


def workers(master: int) -> list[int]:
    return [int(pid) for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split()]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def open_files(pid: int) -> set[str]:
    folder = Path(f"/proc/{pid}/fd")
    names = set()
    for fd in folder.iterdir():
        try:
            names.add(os.readlink(fd))
        except OSError:
            pass  # closed meanwhile
    return names


@pytest.mark.smoke
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the processes from /proc (Linux)")
def test_a_killed_worker_is_replaced_by_a_fork_and_no_connection_is_shared(tmp_path):
    var = tmp_path / "var"
    seed_migrated(var)
    env = environment(var)
    env["ALLOWED_HOSTS"] = "localhost"
    cong(env, "migrate", "--noinput", "-v", "0")
    database = str(var / "cong.sqlite3")
    # What the master runs before forking: the application module, with its check that the database is
    # migrated. It leaves no connection open and starts no thread (a fork copies only the calling thread).
    loaded = subprocess.run(
        [sys.executable, "-c", "import threading, cong.wsgi; from django.db import connections; "
         "print(threading.active_count(), [c.alias for c in connections.all() if c.connection is not None])"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert loaded.stdout.split("\n")[-2] == "1 []", loaded.stderr[-3000:]
    port = free_port()
    server = subprocess.Popen(
        [GUNICORN, "-c", "python:cong.gunicorn_conf", "cong.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                assert health(port)["checks"]["database"]["ok"]
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "gunicorn did not answer"
                time.sleep(0.2)
        # The master checked the database was migrated (cong.wsgi) and kept no connection to it: only the
        # workers, each with its own, have the file open.
        assert database not in open_files(server.pid)
        for _ in range(8):  # whichever worker answers
            assert health(port)["checks"]["database"]["ok"]
        first = workers(server.pid)
        assert len(first) == 2

        os.kill(first[0], signal.SIGKILL)
        deadline = time.monotonic() + 60
        while not (set(workers(server.pid)) - set(first)) or len(workers(server.pid)) < 2:
            assert time.monotonic() < deadline, "no worker replaced the killed one"
            time.sleep(0.05)
        (replacement,) = set(workers(server.pid)) - set(first)
        spent = -1.0
        while cpu_seconds(replacement) != spent:  # until it has started (and sits waiting for requests)
            assert time.monotonic() < deadline, "the new worker kept busy"
            spent = cpu_seconds(replacement)
            time.sleep(0.5)
        # A fork of the loaded application: a fraction of a second of CPU, where a worker importing Django,
        # Wagtail and the portal spends over a second before it serves (1.25 s measured here), and more on its
        # first requests.
        assert spent < 0.5, spent
        for _ in range(8):
            assert health(port)["checks"]["database"]["ok"]
        assert database not in open_files(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
