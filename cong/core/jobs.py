"""Việc định kỳ: the one registry of periodic jobs. Each app declares its jobs in ``cong/<app>/jobs.py``::

    from datetime import timedelta
    from cong.core.jobs import periodic

    @periodic(every=timedelta(minutes=15), name="close-due-consultations")
    def close_consultations():
        return f"{close_due_consultations()} closed"

``every`` is a timedelta or a function returning one (read from the profile at each pass). The function
is called without arguments; what it returns is recorded as the run's result. The scheduler of ``ops``
(``cong scheduler``) enqueues each job when due and records its runs; see docs/features/scheduler.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    func: Callable[[], object]
    every: timedelta | Callable[[], timedelta]

    def interval(self) -> timedelta:
        value = self.every() if callable(self.every) else self.every
        if not isinstance(value, timedelta) or value <= timedelta(0):
            raise ValueError(
                _("Việc định kỳ «%(name)s»: chu kỳ phải là khoảng thời gian dương, không phải %(value)s")
                % {"name": self.name, "value": repr(value)}
            )
        return value

    def describe(self) -> str:
        """The interval in Vietnamese words for `cong scheduler --list`: «mỗi 15 phút», «mỗi 1 ngày 12 giờ»."""
        seconds = int(self.interval().total_seconds())
        parts = []
        for size, unit in ((86400, _("ngày")), (3600, _("giờ")), (60, _("phút")), (1, _("giây"))):
            count, seconds = divmod(seconds, size)
            if count:
                parts.append(f"{count} {unit}")
        return _("mỗi %(interval)s") % {"interval": " ".join(parts)}


_registry: dict[str, PeriodicJob] = {}
_discovered = False


def periodic(*, every: timedelta | Callable[[], timedelta], name: str | None = None):
    """Decorator: run the function every ``every``; ``name`` defaults to ``module.function``. Returns the
    function unchanged (a django-tasks Task is registered by its function)."""

    def register(func):
        target = getattr(func, "func", func)  # a django-tasks Task carries its function
        job_name = name or f"{target.__module__}.{target.__qualname__}"
        if job_name.startswith("_"):
            raise ValueError(
                _("«%(job_name)s»: tên bắt đầu bằng «_» dành cho bộ lập lịch") % {"job_name": job_name}
            )
        _registry[job_name] = PeriodicJob(job_name, target, every)
        return func

    return register


def periodic_jobs() -> dict[str, PeriodicJob]:
    """Every registered job, after importing each installed app's ``jobs`` module (once per process)."""
    global _discovered
    if not _discovered:
        autodiscover_modules("jobs")
        _discovered = True
    return dict(_registry)
