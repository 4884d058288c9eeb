"""The health page's «dossiers» check (``cong.core.health``): fails while a dossier adapter's last run failed.

Says which adapter fails and when data last arrived, never the error text (that is in the admin's
«Đồng bộ hồ sơ» list and the log)."""

from __future__ import annotations

from .models import DossierSync


def dossier_health() -> dict:
    syncs = list(DossierSync.objects.all())
    failing = sorted(s.adapter for s in syncs if s.failing)
    last = max((s.last_success_at for s in syncs if s.last_success_at), default=None)
    return {
        "ok": not failing,
        "failing_adapters": failing,
        "last_success": last.isoformat(timespec="seconds") if last else None,
    }
