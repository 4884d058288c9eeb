"""The one registry of periodic jobs (cong.core.jobs): what every app's jobs.py declares."""

import datetime as dt

import pytest

from cong.core import jobs
from cong.core.jobs import periodic, periodic_jobs


def test_every_app_declares_its_jobs_in_the_core_registry():
    names = set(periodic_jobs())
    assert {
        "backup",
        "purge-personal-data",
        "purge-audit-log",
        "publish-scheduled",
        "close-due-consultations",
        "citizens.reminders",
        "citizens.resend_notices",
    } <= names
    assert periodic_jobs()["citizens.reminders"].interval() == dt.timedelta(minutes=15)


def test_one_registration_style_and_the_schedulers_names_are_reserved():
    saved = dict(jobs._registry)
    try:

        @periodic(every=dt.timedelta(hours=2))
        def count():
            return 1

        assert (
            periodic_jobs()[
                f"{__name__}.test_one_registration_style_and_the_schedulers_names_are_reserved.<locals>.count"
            ].func
            is count
        )
        with pytest.raises(ValueError, match="dành cho bộ lập lịch"):
            periodic(every=dt.timedelta(hours=1), name="_scheduler")(count)
        with pytest.raises(TypeError):
            periodic(dt.timedelta(hours=1))  # every= must be named: one style only
    finally:
        jobs._registry.clear()
        jobs._registry.update(saved)


def test_the_job_list_says_each_interval_in_vietnamese():
    """`cong scheduler --list` is read by a province's operator: «mỗi 15 phút», not Python's «0:15:00»."""
    describe = lambda every: jobs.PeriodicJob("x", print, every).describe()  # noqa: E731
    assert describe(dt.timedelta(minutes=15)) == "mỗi 15 phút"
    assert describe(dt.timedelta(days=1)) == "mỗi 1 ngày"
    assert describe(dt.timedelta(days=1, hours=12, seconds=5)) == "mỗi 1 ngày 12 giờ 5 giây"
