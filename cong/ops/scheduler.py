"""A small periodic scheduler (bộ lập lịch): ``cong scheduler`` enqueues the jobs of the core registry
(``cong.core.jobs.periodic``) as django-tasks tasks when they are due; the task worker (``cong db_worker``)
runs them. A failing job is recorded, reported by e-mail to the administrators and retried at its next due
time. See docs/features/scheduler.md.
"""

from __future__ import annotations

import logging
import traceback
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from cong.core.jobs import periodic_jobs

from .models import JobRun

logger = logging.getLogger(__name__)
TICK_JOB = "_scheduler"  # the scheduler's own heartbeat row (job names never start with "_")


def tick(now: datetime | None = None) -> list[str]:
    """Enqueue every job that is due; return their names. Safe with two schedulers running: a job is
    claimed by a conditional update, so only one of them enqueues it."""
    now = now or timezone.now()
    enqueued = []
    for job in periodic_jobs().values():
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
    job = periodic_jobs().get(name)
    if job is None:
        raise LookupError(_("Không có việc định kỳ «%(name)s»") % {"name": name})
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
            _("[Cổng] Việc định kỳ «%(name)s» bị lỗi") % {"name": name},
            _(
                "Việc định kỳ «%(name)s» bị lỗi lúc %(localtime)s:\n\n%(error)s\n\nSố lần lỗi liên tiếp: %(consecutive_failures)s. Chi tiết:\n%(last_error)s"
            )
            % {
                "name": name,
                "localtime": f"{timezone.localtime():%d/%m/%Y %H:%M}",
                "error": error,
                "consecutive_failures": run.consecutive_failures,
                "last_error": run.last_error,
            },
        )
        raise
    finished = timezone.now()
    JobRun.objects.filter(name=name).update(
        last_finished_at=finished, last_succeeded_at=finished, status=JobRun.Status.SUCCEEDED,
        last_error="", consecutive_failures=0,
    )  # fmt: skip
    return str(result) if result is not None else ""
