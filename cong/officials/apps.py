from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficialsConfig(AppConfig):
    """People of the administration: leaders (lãnh đạo), the officials' directory (danh bạ), spokespersons and
    their statements (phát ngôn), commendations and sanctions (khen thưởng, xử lý vi phạm)."""

    name = "cong.officials"
    label = "officials"
    verbose_name = _("Lãnh đạo, danh bạ, người phát ngôn")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cong.registers.access import allow_levels

        from .models import Commendation, Leader, Official, Spokesperson, Statement

        allow_levels(Leader, Official, Spokesperson, Statement, Commendation)
