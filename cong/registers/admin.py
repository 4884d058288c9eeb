"""The admin of every register: a snippet view set whose lists, edit screens and agency field are narrowed
to the user's agency (``cong.registers.access``); ``with_posting`` adds the posting clocks to a list.

    class ProjectViewSet(RegisterViewSet):
        model = Project
        list_display = with_posting(Project, ["name", "agency", "status", "live"])

The register app's ``apps.py`` ``ready()`` also declares what the access levels may do on its models, so
that the provincial and member-portal groups get add/change (cập nhật), publish (kiểm duyệt), delete (quản
trị): ``cong.registers.access.allow_levels(Project, ProcurementNotice, ...)``.
"""

from __future__ import annotations

from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from .access import AgencyRecordPermissionPolicy, scoped
from .posting import posting_states


class RegisterViewSet(SnippetViewSet):
    """Base of the registers' admin screens (Vietnamese labels in the subclasses)."""

    copy_view_enabled = False

    def register_permissions(self):
        # Before Wagtail's own: a registered policy wins over its model-wide fallback.
        register_permission_policy(self.model, AgencyRecordPermissionPolicy(self.model))
        super().register_permissions()

    def get_queryset(self, request):
        queryset = self.model._default_manager.all()
        if "agency" in {f.name for f in self.model._meta.get_fields()}:
            queryset = queryset.select_related("agency")
        return scoped(queryset, request.user)


class PostingColumn(Column):
    """«Thời hạn đăng»: each posting clock of the row's record, on time, late, due or overdue."""

    def __init__(self):
        super().__init__("posting", label="Thời hạn đăng")

    def get_value(self, instance):
        return "; ".join(state.label for state in posting_states(instance)) or "—"


def with_posting(model, columns: list) -> list:
    """``columns`` with «Thời hạn đăng» after them when the model's records have posting clocks."""
    return [*columns, PostingColumn()] if model.POSTING_CLOCKS else list(columns)
