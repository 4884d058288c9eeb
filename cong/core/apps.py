from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared kernel: regulation profiles, working-day calendar, Vietnamese text, base templates."""

    name = "cong.core"
    label = "core"
    verbose_name = "Lõi hệ thống"
