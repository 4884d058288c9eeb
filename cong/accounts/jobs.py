"""Periodic jobs of the account policy: personal data past its retention, old login records."""

from datetime import timedelta

from cong.core.jobs import periodic

from .audit import purge_audit_log
from .purge import run_purges


@periodic(every=timedelta(days=1), name="purge-personal-data")
def purge_personal_data():
    """Xoá dữ liệu cá nhân hết hạn lưu (TT25-13): every purge registered by questions, comments, petitions."""
    return run_purges()


@periodic(every=timedelta(days=1), name="purge-audit-log")
def purge_old_login_records():
    return purge_audit_log()
