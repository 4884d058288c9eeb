from django.apps import AppConfig


class PortalConfig(AppConfig):
    """Public portal: home, sections, articles, topics, intro pages, search, feeds, site settings."""

    name = "cong.portal"
    label = "portal"
    verbose_name = "Cổng thông tin"
