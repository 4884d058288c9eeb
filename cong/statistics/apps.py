from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatisticsConfig(AppConfig):
    """Figures the province publishes: statistics releases (thông tin thống kê), science and technology tasks
    (nhiệm vụ khoa học và công nghệ), progress of electronic document exchange (văn bản điện tử)."""

    name = "cong.statistics"
    label = "statistics"
    verbose_name = _("Thống kê, khoa học công nghệ, văn bản điện tử")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cong.registers.access import allow_levels

        from .models import EdocExchange, ScienceProgramme, StatisticsRelease

        allow_levels(ScienceProgramme, StatisticsRelease, EdocExchange)
