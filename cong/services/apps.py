from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """Administrative procedures (thủ tục hành chính) and online public services (dịch vụ công trực tuyến): the
    catalogue imported from the national procedures database, dossier progress lookup (tra cứu hồ sơ) and
    the statistics of dossiers resolved on time."""

    name = "cong.services"
    label = "services"
    verbose_name = _("Thủ tục hành chính, dịch vụ công")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cong.core import health
        from cong.registers.access import allow_levels

        from .models import Procedure
        from .sync_health import dossier_health

        allow_levels(Procedure)
        health.register("dossiers", dossier_health)
