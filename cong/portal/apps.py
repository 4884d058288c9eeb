from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class PortalConfig(AppConfig):
    """Public portal: home, sections, articles, topics, intro pages, search, feeds, site settings."""

    name = "cong.portal"
    label = "portal"
    verbose_name = gettext_lazy("Cổng thông tin")

    def ready(self) -> None:
        from django.utils.module_loading import autodiscover_modules

        # Each domain app's registers.py describes its public registers (see cong/portal/registers.py).
        autodiscover_modules("registers")
        # Wagtail's Locale model has no translatable name, so the group permission screen heads its row
        # "Locale" in English whatever the admin's language (worth reporting upstream).
        from django.utils.translation import gettext_lazy
        from wagtail.models import Locale

        from . import translations  # noqa: F401  (a translated home keeps its permissions and workflow)

        Locale._meta.verbose_name = gettext_lazy("ngôn ngữ")
        Locale._meta.verbose_name_plural = gettext_lazy("ngôn ngữ nội dung")
