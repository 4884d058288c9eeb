from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Editorial board: roles, approval workflow, information-provision form (phiếu cung cấp thông tin)."""

    name = "cong.editorial"
    label = "editorial"
    verbose_name = "Biên tập"

    def ready(self):
        from .notifications import connect

        connect()
