from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizensConfig(AppConfig):
    """Citizens' channel: questions and answers (Hỏi – Đáp) and petitions (phản ánh, kiến nghị)."""

    name = "cong.citizens"
    label = "citizens"
    verbose_name = _("Hỏi – Đáp, phản ánh kiến nghị")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import jobs, tasks

        jobs.register_purge_of_askers()
        tasks.connect_search_index()
