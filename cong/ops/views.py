"""Health check (kiểm tra hoạt động) for uptime monitoring: /suc-khoe/ (HG-14.1, ST-17.3, BK-8.3.a)."""

from datetime import timedelta

from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from cong.core.health import run_checks

from .backup import archives, backup_interval
from .models import JobRun
from .scheduler import TICK_JOB


@never_cache
def health(request):
    """200 with {"status": "ok"} when the database answers, the last backup is younger than the backup
    interval (plus a day of grace), the scheduler ticked in the last 5 minutes and every check the apps
    registered in ``cong.core.health`` passes; 503 otherwise.
    Says nothing that helps an attacker: no paths, versions or errors."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = {"ok": True}
    except Exception:  # noqa: BLE001 - any database failure is "not ok"
        checks["database"] = {"ok": False}
        return JsonResponse({"status": "fail", "checks": checks}, status=503)
    now = timezone.now()
    newest = archives()[:1]
    allowed = backup_interval() + timedelta(days=1)
    if newest:
        taken = timezone.datetime.fromtimestamp(newest[0].stat().st_mtime, tz=timezone.get_current_timezone())
        checks["backup"] = {"ok": now - taken <= allowed, "last": taken.isoformat(timespec="seconds"),
                            "max_age_hours": int(allowed.total_seconds() // 3600)}  # fmt: skip
    else:
        checks["backup"] = {"ok": False, "last": None, "max_age_hours": int(allowed.total_seconds() // 3600)}
    beat = JobRun.objects.filter(name=TICK_JOB).values_list("last_finished_at", flat=True).first()
    failed = list(
        JobRun.objects.filter(status=JobRun.Status.FAILED)
        .exclude(name=TICK_JOB)
        .values_list("name", flat=True)
    )
    checks["scheduler"] = {"ok": bool(beat and now - beat <= timedelta(minutes=5)) and not failed,
                           "last_tick": beat.isoformat(timespec="seconds") if beat else None, "failed_jobs": failed}  # fmt: skip
    checks.update(run_checks())  # the apps' own checks (cong.core.health), e.g. the dossier adapters
    ok = all(check["ok"] for check in checks.values())
    return JsonResponse({"status": "ok" if ok else "fail", "checks": checks}, status=200 if ok else 503)
