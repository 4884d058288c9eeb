from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared kernel: regulation profiles, working-day calendar, Vietnamese text, base templates."""

    name = "cong.core"
    label = "core"
    verbose_name = "Lõi hệ thống"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks, signals  # noqa: F401 - registers the system check and signal handlers
        from .profiles import get_profile

        # An invalid active profile stops start-up of every command and of the WSGI server, with a
        # message naming the file, the key and the problem (ProfileError is ImproperlyConfigured).
        get_profile()
