from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class AgenciesConfig(AppConfig):
    """Agencies (cơ quan) and their member portals (Cổng/Trang TTĐT thành viên)."""

    name = "cong.agencies"
    label = "agencies"
    verbose_name = gettext_lazy("Cơ quan, đơn vị")

    def ready(self) -> None:
        from cong.accounts.scope import register_portal_finder

        from .accounts import administered_portal

        # A member portal's administrator manages that portal's accounts (cong.accounts.scope).
        register_portal_finder(administered_portal)
