"""Editorial records: the agency-head approval step and the information-provision form (phiếu)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from cong.agencies.models import AgencyStaff


class AgencyHeadApprovalTask(Task):
    """Bước duyệt của thủ trưởng đơn vị gửi tin: the head of the agency the author works for approves.

    Bắc Kạn's form carries the signature of the sending agency's head before the board's secretary and
    leader (BK appendix). When the author belongs to no agency (the board's own staff), the provincial
    board leaders approve this step instead, so nothing waits for a head who does not exist.
    """

    fallback_groups = models.ManyToManyField(
        "auth.Group",
        verbose_name=_("Nhóm duyệt thay khi người viết không thuộc cơ quan nào"),
        blank=True,
    )

    admin_form_fields = Task.admin_form_fields + ["fallback_groups"]

    class Meta:
        verbose_name = _("Thủ trưởng đơn vị duyệt")
        verbose_name_plural = _("Thủ trưởng đơn vị duyệt")

    @classmethod
    def get_description(cls):
        return _("Thủ trưởng cơ quan của người viết duyệt tin trước khi chuyển Ban Biên tập.")

    def _can_approve(self, requester, user) -> bool:
        if user.is_superuser:
            return True
        author_staff = AgencyStaff.objects.filter(user=requester).first() if requester else None
        if author_staff is None:
            return self.fallback_groups.filter(id__in=user.groups.all()).exists()
        return AgencyStaff.objects.filter(user=user, agency_id=author_staff.agency_id, is_head=True).exists()

    def _requester(self, obj):
        state = obj.current_workflow_state if hasattr(obj, "current_workflow_state") else None
        return state.requested_by if state else None

    def user_can_access_editor(self, obj, user):
        return self._can_approve(self._requester(obj), user)

    def locked_for_user(self, obj, user):
        return not self._can_approve(self._requester(obj), user)

    def get_actions(self, obj, user):
        if self._can_approve(self._requester(obj), user):
            return [
                ("reject", _("Trả lại để sửa"), True),
                ("approve", _("Duyệt"), False),
                ("approve", _("Duyệt kèm ý kiến"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        head_of = AgencyStaff.objects.filter(user=user, is_head=True).values("agency_id")
        mine = states.filter(workflow_state__requested_by__agency_staff__agency_id__in=head_of)
        if self.fallback_groups.filter(id__in=user.groups.all()).exists():
            mine = mine | states.filter(workflow_state__requested_by__agency_staff__isnull=True)
        return mine
