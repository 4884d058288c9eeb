from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class EditorialConfig(AppConfig):
    """Editorial board: roles, approval workflow, information-provision form (phiếu cung cấp thông tin)."""

    name = "cong.editorial"
    label = "editorial"
    verbose_name = gettext_lazy("Biên tập")

    def ready(self):
        from cong.agencies.portals import member_portal_created

        from .notifications import connect
        from .setup import set_up_member_portal

        connect()
        member_portal_created.connect(set_up_member_portal, dispatch_uid="cong.editorial.member_portal")
