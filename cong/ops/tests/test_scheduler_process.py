"""``cong scheduler`` as the demo and a province run it: a separate process against a real database.

The command once died on its first due job (``'Command' object has no attribute 'verbosity'``), which no
in-process test with ``verbosity=0`` and nothing due could see. Here a page is scheduled, the scheduler
process enqueues the due jobs and the task worker process runs them: the page goes live.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cong.core.testing.database import seed_migrated

CONG = str(Path(sys.executable).with_name("cong"))

SCHEDULE_PAGE = """
import datetime as dt
from django.utils import timezone
from wagtail.models import Page, Revision
root = Page.get_first_root_node()
page = root.add_child(instance=Page(title="Thông báo hẹn giờ", slug="thong-bao-hen-gio", live=False))
page.go_live_at = timezone.now() + dt.timedelta(days=1)
revision = page.save_revision()
revision.publish()  # go_live_at in the future: approved for later, not live yet
# ...and a minute ago arrives: the time the approval named has passed.
past = timezone.now() - dt.timedelta(minutes=1)
revision = Revision.objects.get(pk=revision.pk)
revision.content["go_live_at"] = past.isoformat()
revision.approved_go_live_at = past
revision.save()
Page.objects.filter(pk=page.pk).update(go_live_at=past)
print(page.pk, Page.objects.get(pk=page.pk).live)
"""

REPORT = """
from wagtail.models import Page
from cong.ops.models import JobRun
print(Page.objects.get(slug="thong-bao-hen-gio").live)
for run in JobRun.objects.all():
    print(run.name, run.status)
"""


def cong(env, *args, timeout=300):
    result = subprocess.run([CONG, *args], env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.smoke
def test_scheduler_process_enqueues_due_jobs_and_the_worker_publishes_a_scheduled_page(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL"}}
    env.update(
        {
            "CONG_VAR_DIR": str(tmp_path),
            "DEBUG": "1",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )
    seed_migrated(tmp_path)
    cong(env, "migrate", "--noinput", "-v", "0")

    listed = cong(env, "scheduler", "--list")
    assert "publish-scheduled: mỗi 1 phút" in listed and "backup: mỗi 1 ngày" in listed

    assert cong(env, "shell", "-v", "0", "-c", SCHEDULE_PAGE).split()[-1] == "False"
    enqueued = cong(env, "scheduler", "--once")  # default verbosity: names every enqueued job
    assert "Đã đưa vào hàng đợi: publish-scheduled" in enqueued
    assert "Đã đưa vào hàng đợi: backup" in enqueued
    assert "Đã đưa vào hàng đợi" not in cong(env, "scheduler", "--once")  # nothing due again yet

    cong(env, "db_worker", "--batch", "--no-startup-delay", timeout=600)
    lines = cong(env, "shell", "-v", "0", "-c", REPORT).splitlines()
    assert lines[0] == "True", "the scheduled page did not go live"
    runs = dict(line.split() for line in lines[1:])
    assert runs["publish-scheduled"] == "succeeded" and runs["backup"] == "succeeded"
    archives = list((tmp_path / "backups").glob("cong-backup-*"))
    assert archives, "the scheduled backup wrote no archive"
