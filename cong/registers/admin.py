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

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from cong.core.clock import working_calendar
from cong.core.clocks import posting_status
from cong.core.models import Clock

from .access import AgencyRecordPermissionPolicy, may_manage, scoped
from .posting import posting_states


class AgencyScopedObject:
    """An admin view of one record that refuses a record of another agency (the lists are narrowed by
    ``get_queryset``; a record's own address must be refused too, for reading as for writing)."""

    def get_object(self, *args, **kwargs):
        record = super().get_object(*args, **kwargs)
        if not may_manage(self.request.user, record):
            raise PermissionDenied
        return record


# Every view of a snippet view set that loads one record by its address (the revert view is built from the
# edit view by Wagtail, so it inherits the check).
OBJECT_VIEWS = (
    "edit_view_class", "delete_view_class", "usage_view_class", "history_view_class", "inspect_view_class",
    "revisions_view_class", "revisions_compare_view_class", "revisions_unschedule_view_class",
    "unpublish_view_class", "preview_on_edit_view_class", "lock_view_class", "unlock_view_class",
    "workflow_history_view_class", "workflow_history_detail_view_class", "copy_view_class",
)  # fmt: skip


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


for _name in OBJECT_VIEWS:
    _base = getattr(RegisterViewSet, _name)
    setattr(RegisterViewSet, _name, type(f"AgencyScoped{_base.__name__}", (AgencyScopedObject, _base), {}))


class PostingColumn(Column):
    """«Thời hạn đăng»: each posting clock of the row's record, on time, late, due or overdue. The clocks of
    the whole page are read in one query (on the first cell), so the list stays constant in queries."""

    def __init__(self):
        super().__init__("posting", label=gettext_lazy("Thời hạn đăng"))

    def get_value(self, instance):
        return "; ".join(state.label for state in posting_states(instance)) or "—"

    def get_cell_context_data(self, instance, parent_context):
        # BaseColumn's context (instance, row, table…) without Column.get_value's query for the row.
        context = super(Column, self).get_cell_context_data(instance, parent_context)
        table = parent_context["table"]
        labels = getattr(table, "_posting_labels", None)
        if labels is None:
            labels = table._posting_labels = posting_labels(list(table.data))
        context["value"] = labels.get(instance.pk) or "—"
        return context


def posting_labels(records) -> dict:
    """{pk: "label; label"} of the records' posting clocks (all of one model), in one query."""
    if not records:
        return {}
    calendar, now = working_calendar(), timezone.now()
    clocks = Clock.objects.filter(
        subject_type=ContentType.objects.get_for_model(type(records[0])),
        subject_id__in=[r.pk for r in records],
    ).order_by("created_at", "pk")
    labels: dict = {}
    for clock in clocks:
        state = posting_status(clock, calendar, now)
        if state is not None:
            labels.setdefault(clock.subject_id, []).append(state.label)
    return {pk: "; ".join(values) for pk, values in labels.items()}


def with_posting(model, columns: list) -> list:
    """``columns`` with «Thời hạn đăng» after them when the model's records have posting clocks."""
    return [*columns, PostingColumn()] if model.POSTING_CLOCKS else list(columns)
