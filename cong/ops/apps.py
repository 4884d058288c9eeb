from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Vận hành: backup and restore, the periodic scheduler, health check."""

    name = "cong.ops"
    label = "ops"
    verbose_name = _("Vận hành")
    default_auto_field = "django.db.models.BigAutoField"
