from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Open government information on investment: projects (dự án), bidding and procurement notices (đấu thầu,
    mua sắm công), strategies, master plans and plans (quy hoạch, kế hoạch), budget disclosure (ngân sách)."""

    name = "cong.projects"
    label = "projects"
    verbose_name = _("Dự án, quy hoạch, kế hoạch, ngân sách")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cong.registers.access import allow_levels

        from .models import BudgetDocument, Plan, ProcurementNotice, Project

        allow_levels(Project, ProcurementNotice, Plan, BudgetDocument)
