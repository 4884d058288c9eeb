from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class LegalConfig(AppConfig):
    """Legal documents (văn bản), the official gazette (Công báo), consultations on drafts (lấy ý kiến)."""

    name = "cong.legal"
    label = "legal"
    verbose_name = gettext_lazy("Văn bản, Công báo, lấy ý kiến dự thảo")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals  # noqa: F401 - connects the handlers of publication and saving
