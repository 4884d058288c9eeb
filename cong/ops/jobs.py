"""Periodic jobs of operations: the scheduled backup (BK-8.3.a: at least weekly)."""

from cong.core.jobs import periodic

from .backup import backup_interval, create_backup, prune_archives


@periodic(every=backup_interval, name="backup")
def scheduled_backup() -> str:
    """Sao lưu định kỳ: one archive into CONG_BACKUP_DIR, then keep the newest CONG_BACKUP_KEEP."""
    result = create_backup()
    prune_archives()
    return str(result.path)
