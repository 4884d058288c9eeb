from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Vận hành: backup and restore, the periodic scheduler, health check."""

    name = "cong.ops"
    label = "ops"
    verbose_name = "Vận hành"
    default_auto_field = "django.db.models.BigAutoField"
