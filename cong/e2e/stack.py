"""The demo portal for the end-to-end suite, started by `make demo` itself — so the suite runs exactly what
a new user runs: a fresh SQLite database (under its own CONG_VAR_DIR), `cong migrate`, `cong demo`, then
the web server, the task worker and the scheduler as separate processes, mail written to var/mail/.

Everything `make demo` prints goes to var/log/demo.log; `tracebacks()` reads it back, `alive()` says which
of the three long-running processes still run."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
VENV = Path(sys.prefix)  # the virtual environment running the suite is the one the demo runs in
TRACEBACK = "Traceback (most recent call last)"
# What each long-running process of `make demo` has in its command line.
SERVICES = {
    "web server": ("gunicorn", "runserver"),
    "task worker": ("db_worker",),
    "scheduler": ("scheduler",),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class DemoStack:
    var_dir: Path
    port: int
    host: str = "127.0.0.1"
    process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def log(self) -> Path:
        return self.var_dir / "log" / "demo.log"

    def env(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            # The demo is SQLite under its own var/, whatever the test run uses; no make flags leak in.
            if key not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "MAKEFLAGS"}
            and not key.startswith(("PYTEST_", "MAKELEVEL", "MFLAGS"))
        }
        env.update({"CONG_VAR_DIR": str(self.var_dir), "PYTHONUNBUFFERED": "1"})
        return env

    def start(self, timeout: float = 900) -> None:
        """`make demo HOST=… PORT=…`, then wait until the web server answers."""
        from cong.core.testing.database import seed_migrated

        self.log.parent.mkdir(parents=True, exist_ok=True)
        # The migrated copy of this test run, when there is one: `make demo`'s `cong migrate` then finds the
        # schema up to date (test_commands.py migrates an empty database the way an operator does).
        seed_migrated(self.var_dir)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                # -o: the environment is installed already; never reinstall it in the middle of a test run.
                [
                    "make",
                    "--no-print-directory",
                    "-o",
                    f"{VENV}/bin/cong",
                    "demo",
                    f"VENV={VENV}",
                    f"HOST={self.host}",
                    f"PORT={self.port}",
                ],  # fmt: skip
                cwd=PROJECT_DIR,
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # one process group: stop() ends make and everything it started
            )
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.base_url + "/", timeout=10):  # noqa: S310 - our server
                    return
            except OSError as error:
                if self.process.poll() is not None:
                    raise RuntimeError(f"`make demo` exited early; see {self.log}") from error
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"the demo did not answer at {self.base_url}; see {self.log}"
                    ) from error
                time.sleep(0.5)

    def alive(self) -> dict[str, bool]:
        """For each long-running service of the demo: is one of its processes running?"""
        if self.process is None:
            return dict.fromkeys(SERVICES, False)
        # -ww: whole command lines. Without it ps cuts them at $COLUMNS (80 in CI), which hid "db_worker"
        # and "scheduler" behind the long virtual-environment paths and reported both services dead.
        listing = subprocess.run(
            ["ps", "-ww", "-eo", "pgid=,args="],
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": ""},
        ).stdout
        ours = [
            args
            for pgid, _, args in (line.strip().partition(" ") for line in listing.splitlines())
            # make and the shell that starts the three services name them too: only programs count.
            if pgid == str(self.process.pid) and Path(args.split()[0]).name not in {"make", "sh", "bash"}
        ]
        return {
            service: any(word in args for args in ours for word in words)
            for service, words in SERVICES.items()
        }

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)
        # Children that outlived make (it does not wait for them on SIGTERM).
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def log_tail(self, lines: int = 40) -> str:
        """The end of the demo's log, for a failure message."""
        if not self.log.exists():
            return "(no log)"
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def tracebacks(self) -> list[str]:
        """Every Python traceback the demo's processes wrote, each cut to its first lines."""
        if not self.log.exists():
            return []
        text = self.log.read_text(errors="replace")
        found, start = [], text.find(TRACEBACK)
        while start != -1:
            end = text.find(TRACEBACK, start + 1)
            found.append(text[start : start + 3000 if end == -1 else min(end, start + 3000)])
            start = end
        return found
