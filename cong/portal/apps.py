from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Public portal: home, sections, articles, topics, intro pages, search, feeds, site settings."""

    name = "cong.portal"
    label = "portal"
    verbose_name = "Cổng thông tin"

    def ready(self) -> None:
        from django.utils.module_loading import autodiscover_modules

        # Each domain app's registers.py describes its public registers (see cong/portal/registers.py).
        autodiscover_modules("registers")
