from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class RegistersConfig(AppConfig):
    """What every government register shares (danh mục công khai): the agency that owns a record, its
    folded search text, its posting clock, and which records a portal shows."""

    name = "cong.registers"
    verbose_name = gettext_lazy("Danh mục công khai")

    def ready(self):
        from . import signals  # noqa: F401
