"""The periodic scheduler, the scheduled backup's interval and retention, failure reports, health check."""

import datetime as dt
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.utils import timezone

from cong.core import jobs
from cong.core.jobs import periodic, periodic_jobs
from cong.core.profiles import clear_profile_cache
from cong.core.testing.profiles import override
from cong.ops import scheduler
from cong.ops.backup import backup_interval, create_backup, prune_archives
from cong.ops.models import JobRun

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry():
    saved = dict(jobs._registry)
    jobs._registry.clear()
    jobs._discovered = True  # only what the test registers
    yield jobs._registry
    jobs._registry.clear()
    jobs._registry.update(saved)
    jobs._discovered = False


def test_a_job_runs_when_due_and_not_again_before_its_interval(registry):
    runs = []

    @periodic(every=dt.timedelta(hours=1), name="dem")
    def count():
        runs.append(1)

    @periodic(every=dt.timedelta(minutes=15), name="theo-phut")
    def every_quarter():
        runs.append(2)

    start = timezone.now()
    assert sorted(scheduler.tick(start)) == ["dem", "theo-phut"]
    assert runs == [1, 2]  # the test task backend runs a task at once
    assert scheduler.tick(start + dt.timedelta(minutes=10)) == []
    assert scheduler.tick(start + dt.timedelta(minutes=16)) == ["theo-phut"]
    assert sorted(scheduler.tick(start + dt.timedelta(minutes=61))) == ["dem", "theo-phut"]
    run = JobRun.objects.get(name="dem")
    assert run.status == JobRun.Status.SUCCEEDED and run.last_succeeded_at is not None


def test_a_failing_job_is_recorded_and_reported_to_administrators(registry, django_user_model, settings):
    settings.ADMINS = [("Trực kỹ thuật", "kythuat@hoason.gov.vn")]
    django_user_model.objects.create_superuser("quantri", "quantri@hoason.gov.vn", "Mat-khau-2026!")

    @periodic(every=dt.timedelta(days=1), name="hong")
    def broken():
        raise OSError("Đĩa sao lưu đầy")

    scheduler.tick()
    run = JobRun.objects.get(name="hong")
    assert run.status == JobRun.Status.FAILED and run.consecutive_failures == 1
    assert "Đĩa sao lưu đầy" in run.last_error
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "hong" in message.subject and "Đĩa sao lưu đầy" in message.body
    assert set(message.to) == {"kythuat@hoason.gov.vn", "quantri@hoason.gov.vn"}


@pytest.mark.parametrize(
    ("profile", "days"), [("national", 1), ("soc-trang", 7), ("bac-kan", 7), ("lai-chau", 1)]
)
def test_backup_interval_comes_from_the_profile_and_is_at_most_a_week(settings, profile, days):
    """security.backup_interval: daily by default, weekly in Sóc Trăng (ST-18.2) and Bắc Kạn (BK-8.3.a)."""
    settings.CONG_PROFILE = profile
    clear_profile_cache()
    assert backup_interval() == dt.timedelta(days=days)
    assert backup_interval() <= dt.timedelta(days=7)  # BK-8.3.a, ST-18.2


@pytest.mark.parametrize(
    ("lines", "days"),
    [
        ('backup_interval = { value = 3, unit = "weeks", source = "ST-18.2" }', 7),
        (
            'backup_interval = { value = 3, unit = "weeks", source = "ST-18.2" }\n'
            'backup_interval_max = { value = 2, unit = "weeks", source = "ST-18.2" }',
            14,
        ),
        (
            'backup_interval = { value = 0, unit = "days", source = "ST-18.2" }\n'
            'backup_interval_max = { value = 10, unit = "days", source = "ST-18.2" }',
            10,
        ),
        (
            'backup_interval = { value = 3, unit = "weeks", source = "ST-18.2" }\n'
            'backup_interval_max = { value = 0, unit = "days", source = "ST-18.2" }',
            21,
        ),
    ],
)
def test_the_longest_backup_interval_is_the_profiles(settings, tmp_path, lines, days):
    """security.backup_interval_max caps security.backup_interval: a week by default (BK-8.3.a, ST-18.2),
    what a province sets otherwise; an interval of 0 backs up at the longest allowed, a maximum of 0 is no
    cap. The health check allows one day more than the interval."""
    override(settings, tmp_path, "security", lines)
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    assert backup_interval(now) == dt.timedelta(days=days)


def test_a_profile_without_any_backup_interval_is_refused(settings, tmp_path):
    override(
        settings,
        tmp_path,
        "security",
        'backup_interval = { value = 0, unit = "days", source = "ST-18.2" }\n'
        'backup_interval_max = { value = 0, unit = "days", source = "ST-18.2" }',
    )
    with pytest.raises(ImproperlyConfigured, match="security.backup_interval_max"):
        backup_interval()


@pytest.mark.django_db(transaction=True)
def test_the_backup_job_is_registered_and_keeps_the_last_n_archives(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CONG_BACKUP_DIR = tmp_path / "kho"
    settings.CONG_BACKUP_KEEP = 2
    jobs._discovered = False
    assert "backup" in periodic_jobs() and "purge-personal-data" in periodic_jobs()
    for _ in range(3):
        create_backup()
    removed = prune_archives()
    assert len(removed) == 1 and len(list(Path(settings.CONG_BACKUP_DIR).glob("*.tar.gz"))) == 2
    scheduler.run_periodic_job.enqueue("backup")
    assert len(list(Path(settings.CONG_BACKUP_DIR).glob("*.tar.gz"))) == 2
    assert JobRun.objects.get(name="backup").status == JobRun.Status.SUCCEEDED


@pytest.mark.django_db(transaction=True)
def test_health_check_reports_database_backup_and_scheduler(client, settings, tmp_path, registry):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CONG_BACKUP_DIR = tmp_path / "kho"
    response = client.get("/suc-khoe/")
    assert response.status_code == 503
    body = response.json()
    assert (
        body["status"] == "fail" and body["checks"]["database"]["ok"] and not body["checks"]["backup"]["ok"]
    )
    create_backup()
    call_command("scheduler", "--once", verbosity=0)
    response = client.get("/suc-khoe/")
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "ok"
    assert str(tmp_path) not in response.content.decode()  # no paths for an attacker
