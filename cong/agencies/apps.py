from django.apps import AppConfig


class AgenciesConfig(AppConfig):
    """Agencies (cơ quan) and their member portals (Cổng/Trang TTĐT thành viên)."""

    name = "cong.agencies"
    label = "agencies"
    verbose_name = "Cơ quan, đơn vị"
