"""Periodic jobs of the services app."""

from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext as _

from cong.core.jobs import periodic

from .adapters import AdapterError, configured_adapters, sync


def _every() -> timedelta:
    return timedelta(minutes=getattr(settings, "CONG_DOSSIER_SYNC_MINUTES", 15))


@periodic(every=_every, name="sync-dossiers")
def sync_dossiers():
    """Đồng bộ hồ sơ: every configured adapter of the provincial dossier system (KT-10.5, HG-12). A failing
    adapter is recorded (health page) and the job fails after trying the others; stored dossiers stay."""
    done, failed = [], []
    for adapter in configured_adapters():
        try:
            done.append(
                _("%(source)s: %(count)s hồ sơ thay đổi") % {"source": adapter.name, "count": sync(adapter)}
            )
        except AdapterError as error:
            failed.append(f"{adapter.name}: {error}")
    if failed:
        raise AdapterError("; ".join(failed))
    return "; ".join(done) or _("chưa cấu hình nguồn hồ sơ (CONG_DOSSIER_ADAPTERS)")
