"""A small periodic scheduler (bộ lập lịch): ``cong scheduler`` enqueues registered jobs as django-tasks
tasks when they are due; the task worker (``cong db_worker``) runs them. See docs/features/scheduler.md.

    from datetime import timedelta
    from cong.ops.scheduler import periodic

    @periodic(every=timedelta(minutes=1), name="publish_scheduled")
    def publish_scheduled():
        ...

Put registrations in ``cong/<app>/jobs.py`` (imported by the scheduler and by the worker). ``every`` is
a timedelta or a function returning one (read from the profile at each tick). A failing job is recorded,
reported by e-mail to the administrators and retried at its next due time.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django_tasks import task
from django_tasks.base import Task

from .models import JobRun

logger = logging.getLogger(__name__)
TICK_JOB = "_scheduler"  # the scheduler's own heartbeat row


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    func: Callable[[], object]
    every: timedelta | Callable[[], timedelta]

    def interval(self) -> timedelta:
        value = self.every() if callable(self.every) else self.every
        if not isinstance(value, timedelta) or value <= timedelta(0):
            raise ValueError(
                f"Việc định kỳ «{self.name}»: chu kỳ phải là khoảng thời gian dương, không phải {value!r}"
            )
        return value


_jobs: dict[str, PeriodicJob] = {}
_discovered = False


def periodic(
    name: str | None = None,
    func: Callable | None = None,
    *,
    every: timedelta | Callable[[], timedelta] | None = None,
    **interval: float,
):
    """Register a job to run every ``every``. Two forms, same effect::

        @periodic(every=timedelta(days=7), name="backup")       # decorator; returns the function unchanged
        def scheduled_backup(): ...

        periodic("citizens.reminders", remind, minutes=15)       # call; keyword arguments of timedelta

    ``func`` may be a plain function or a django-tasks Task; it is called without arguments.
    """
    if every is None:
        if not interval:
            raise TypeError("periodic() needs every=timedelta(...) or timedelta keywords such as minutes=15")
        every = timedelta(**interval)
    elif interval:
        raise TypeError("periodic(): give either every= or timedelta keywords, not both")

    def decorate(target_func):
        target = target_func.func if isinstance(target_func, Task) else target_func
        job_name = name or f"{target.__module__}.{target.__qualname__}"
        if job_name == TICK_JOB:
            raise ValueError(f"«{TICK_JOB}» is reserved")
        _jobs[job_name] = PeriodicJob(job_name, target, every)
        return target_func

    if func is not None:
        return decorate(func)
    return decorate


def autodiscover() -> None:
    """Import every installed app's ``jobs`` module (once per process)."""
    global _discovered
    if not _discovered:
        autodiscover_modules("jobs")
        _discovered = True


def jobs() -> dict[str, PeriodicJob]:
    autodiscover()
    return dict(_jobs)


def tick(now: datetime | None = None) -> list[str]:
    """Enqueue every job that is due; return their names. Safe with two schedulers running: a job is
    claimed by a conditional update, so only one of them enqueues it."""
    now = now or timezone.now()
    enqueued = []
    for job in jobs().values():
        try:
            interval = job.interval()
        except Exception:  # noqa: BLE001 - a broken interval must not stop the other jobs
            logger.exception("Periodic job %s has no valid interval", job.name)
            continue
        try:
            JobRun.objects.get_or_create(name=job.name)
        except IntegrityError:
            pass
        claimed = JobRun.objects.filter(
            Q(last_enqueued_at__isnull=True) | Q(last_enqueued_at__lte=now - interval), name=job.name
        ).update(last_enqueued_at=now, status=JobRun.Status.PENDING)
        if claimed:
            run_periodic_job.enqueue(job.name)
            enqueued.append(job.name)
    JobRun.objects.update_or_create(
        name=TICK_JOB, defaults={"last_finished_at": now, "status": JobRun.Status.SUCCEEDED}
    )
    return enqueued


@task()
def run_periodic_job(name: str) -> str:
    """The task the scheduler enqueues: run one registered job, record the outcome, report a failure."""
    job = jobs().get(name)
    if job is None:
        raise LookupError(f"Không có việc định kỳ «{name}»")
    JobRun.objects.update_or_create(
        name=name, defaults={"last_started_at": timezone.now(), "status": JobRun.Status.RUNNING}
    )
    try:
        result = job.func()
    except Exception as error:
        with transaction.atomic():
            run = JobRun.objects.select_for_update().get(name=name)
            run.status = JobRun.Status.FAILED
            run.last_finished_at = timezone.now()
            run.last_error = traceback.format_exc()[-4000:]
            run.consecutive_failures += 1
            run.save()
        from .notify import notify_administrators

        notify_administrators(
            f"[Cổng] Việc định kỳ «{name}» bị lỗi",
            f"Việc định kỳ «{name}» bị lỗi lúc {timezone.localtime():%d/%m/%Y %H:%M}:\n\n{error}\n\n"
            f"Số lần lỗi liên tiếp: {run.consecutive_failures}. Chi tiết:\n{run.last_error}",
        )
        raise
    finished = timezone.now()
    JobRun.objects.filter(name=name).update(
        last_finished_at=finished, last_succeeded_at=finished, status=JobRun.Status.SUCCEEDED,
        last_error="", consecutive_failures=0,
    )  # fmt: skip
    return str(result) if result is not None else ""
