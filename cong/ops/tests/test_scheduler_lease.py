"""One scheduler per installation: the lease (cong.ops.lease) and ``cong scheduler`` as two processes."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from cong.core.testing.database import seed_migrated
from cong.ops import lease
from cong.ops.models import SchedulerLease

CONG = str(Path(sys.executable).with_name("cong"))


@pytest.mark.django_db
def test_one_holder_at_a_time_and_a_standby_takes_over_an_expired_lease():
    start = timezone.now()
    assert lease.acquire("node-a", seconds=90, now=start)
    assert not lease.acquire("node-b", seconds=90, now=start + dt.timedelta(seconds=1))
    # node-a renews at its heartbeat: node-b still waits, past the first expiry too
    assert lease.acquire("node-a", seconds=90, now=start + dt.timedelta(seconds=30))
    assert not lease.acquire("node-b", seconds=90, now=start + dt.timedelta(seconds=100))
    # node-a dies (no renewal): 90 s after its last heartbeat node-b takes over, and node-a, back from a
    # long pause, finds the lease gone instead of scheduling beside node-b
    assert lease.acquire("node-b", seconds=90, now=start + dt.timedelta(seconds=121))
    assert not lease.acquire("node-a", seconds=90, now=start + dt.timedelta(seconds=122))
    assert lease.current().holder == "node-b"


@pytest.mark.django_db
def test_a_scheduler_stopping_cleanly_gives_the_lease_up_at_once():
    now = timezone.now()
    assert lease.acquire("node-a", now=now)
    lease.release("node-b")  # not its lease: nothing happens
    assert not lease.acquire("node-b", now=now)
    lease.release("node-a")
    assert lease.acquire("node-b", now=now)


@pytest.mark.django_db
def test_once_from_cron_skips_its_pass_while_a_running_scheduler_holds_the_lease(capsys):
    lease.acquire("may-chu-1:4242:ab", seconds=90)
    call_command("scheduler", "--once")
    out = capsys.readouterr().out
    assert "Một bộ lập lịch khác đang giữ quyền chạy (may-chu-1:4242:ab" in out
    assert "Đã đưa vào hàng đợi" not in out
    SchedulerLease.objects.all().delete()
    call_command("scheduler", "--once")
    assert "Đã đưa vào hàng đợi: backup" in capsys.readouterr().out
    assert lease.current().holder == ""  # --once gives the lease back


def _wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.smoke
def test_two_scheduler_processes_only_one_schedules_and_the_standby_takes_over(tmp_path):
    """Two ``cong scheduler`` on one database (as on two app nodes): only one enqueues the due jobs; killed
    with SIGKILL (no clean release), the other takes over once the lease expires and schedules."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL"}}
    env.update(
        {
            "CONG_VAR_DIR": str(tmp_path),
            "DEBUG": "1",
            "PYTHONUNBUFFERED": "1",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        }
    )
    seed_migrated(tmp_path)
    subprocess.run([CONG, "migrate", "--noinput", "-v", "0"], env=env, check=True, timeout=600)
    database = tmp_path / "cong.sqlite3"

    def enqueued_tasks() -> int:
        with sqlite3.connect(database) as db:
            return db.execute("select count(*) from django_tasks_database_dbtaskresult").fetchone()[0]

    logs = [tmp_path / "scheduler-1.log", tmp_path / "scheduler-2.log"]
    processes = []
    try:
        for log in logs:
            with open(log, "w") as out:
                processes.append(
                    subprocess.Popen(
                        [CONG, "scheduler", "--interval", "1", "--lease-seconds", "3"],
                        env=env,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    )  # fmt: skip
                )
            time.sleep(1.5)  # the first takes the lease before the second starts
        _wait_for(lambda: "bộ này chờ dự phòng" in logs[1].read_text(), 60, "the second to stand by")
        first, second = (log.read_text() for log in logs)
        assert "Bộ lập lịch này giữ quyền chạy" in first and "Đã đưa vào hàng đợi: backup" in first
        assert "Đã đưa vào hàng đợi" not in second and "Bộ lập lịch này giữ quyền chạy" not in second
        scheduled = enqueued_tasks()
        assert scheduled > 0
        time.sleep(4)  # more than a lease: the leader renews it, the standby keeps waiting
        assert "Đã đưa vào hàng đợi" not in logs[1].read_text()
        assert enqueued_tasks() == scheduled  # nothing enqueued twice

        processes[0].send_signal(signal.SIGKILL)  # no clean release: the lease must expire
        processes[0].wait(timeout=10)
        with sqlite3.connect(database) as db:  # the job becomes due again
            db.execute("update ops_jobrun set last_enqueued_at = null where name = 'publish-scheduled'")
        _wait_for(
            lambda: "Đã đưa vào hàng đợi: publish-scheduled" in logs[1].read_text(),
            30,
            "the standby to take over",
        )
        assert "Bộ lập lịch này giữ quyền chạy" in logs[1].read_text()
        assert enqueued_tasks() == scheduled + 1
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
