from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared kernel: regulation profiles, working-day calendar, Vietnamese text, base templates."""

    name = "cong.core"
    label = "core"
    verbose_name = _("Lõi hệ thống")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model

        from . import checks, signals  # noqa: F401 - registers the system check and signal handlers
        from .names import user_full_name
        from .official_calendar import official_calendar
        from .pagecache import connect_signals
        from .profiles import get_profile

        # A Vietnamese full name is họ + đệm + tên (see cong.core.names): one rule for every screen.
        get_user_model().get_full_name = user_full_name
        connect_signals()  # publication, unpublication, moves and deletions purge the page cache

        # An invalid active profile stops start-up of every command and of the WSGI server, with a
        # message naming the file, the key and the problem (ProfileError is ImproperlyConfigured).
        get_profile()
        official_calendar()  # likewise a broken official-calendar file (CalendarDataError)
