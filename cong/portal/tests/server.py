"""Run the site the way `make demo` does — a fresh var/ with SQLite, migrate, `cong demo`, the task worker
once, `cong runserver` — for tests that need a real server (smoke and browser tests)."""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CONG = str(Path(sys.executable).with_name("cong"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 — our own local server
        return response.status, response.read().decode()


def demo_env(var_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL"}}
    env.update(
        {
            "CONG_VAR_DIR": str(var_dir),
            "DEBUG": "1",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )
    return env


def build_demo(var_dir: Path) -> None:
    """What `make demo` does before it serves: migrate, `cong demo`, one batch of the task worker (the search
    index). The test database's migrated copy (cong/core/testing/database.py), when there is one, stands in
    for a first `migrate` that would apply the same migrations again; `migrate` still runs on it."""
    from cong.core.testing.database import seed_migrated

    env = demo_env(var_dir)
    seed_migrated(var_dir)
    for command in (
        ["migrate", "--noinput", "-v", "0"],
        ["demo"],
        ["db_worker", "--batch", "--no-startup-delay"],
    ):
        subprocess.run([CONG, *command], env=env, check=True, capture_output=True, timeout=600)


def prepare_demo(var_dir: Path, prepared: Path) -> dict:
    """A fresh var/ for one server: a copy of ``prepared`` (the ``prepared_demo`` fixture, built once per
    test run), so each server starts from the demo untouched by the others."""
    shutil.copytree(prepared, var_dir, dirs_exist_ok=True)
    return demo_env(var_dir)


@contextlib.contextmanager
def running_server(env: dict):
    port = free_port()
    server = subprocess.Popen(
        [CONG, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                fetch(base + "/")
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the demo server did not answer")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
