"""The publication workflow (quy trình duyệt tin) built from the profile's approval steps.

Nothing is published without approval (BK-5.5, ST-10.4, LC-5.4): every portal's home page carries a
Wagtail workflow whose tasks are the profile's steps after the author's. Wagtail keeps each transition in
its audit log (who, when, comment), locks content while in review, and e-mails the next reviewers and the
author.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Page, Task, Workflow, WorkflowPage, WorkflowTask

from cong.core.profiles import get_profile

from .models import AgencyHeadApprovalTask, BoardApprovalTask, MemberModeratorApprovalTask
from .roles import AGENCY_HEAD_STEP, DRAFTING_STEPS, roles_for

STEP_LABELS = {  # i18n: data
    "board_secretary": "Thư ký Ban Biên tập xem xét",
    "board_leader": "Lãnh đạo Ban Biên tập duyệt",
    "team_leader": "Tổ trưởng, Tổ phó duyệt",
    "editorial_board": "Ban Biên tập duyệt",
    "moderate": "Kiểm duyệt viên duyệt",
    AGENCY_HEAD_STEP: "Thủ trưởng đơn vị duyệt",
}


def approval_steps(profile=None) -> list[str]:
    """The profile's workflow steps that are approvals (the author's drafting step removed)."""
    steps = list((profile or get_profile())["workflows.article"])
    return [step for step in steps if step not in DRAFTING_STEPS]


def _task_for(step: str, groups_by_role: dict[str, Group], prefix: str) -> Task:
    name = f"{prefix}{STEP_LABELS.get(step, step)}"
    if step == AGENCY_HEAD_STEP:
        task = AgencyHeadApprovalTask.objects.filter(
            name=name
        ).first() or AgencyHeadApprovalTask.objects.create(name=name)
        task.fallback_groups.set(
            [groups_by_role[k] for k in ("board_leader", "board_deputy") if k in groups_by_role]
        )
        return task
    task = BoardApprovalTask.objects.filter(name=name).first()
    if task is None:
        # Wagtail's plain group approval, used before, let an author approve their own item: retire it.
        for old in GroupApprovalTask.objects.filter(name=name, active=True):
            if not isinstance(old.specific, BoardApprovalTask):
                old.deactivate()
        task = BoardApprovalTask.objects.create(name=name)
    task.groups.set([groups_by_role[role.key] for role in roles_for(step) if role.key in groups_by_role])
    return task


@transaction.atomic
def install_workflow(
    name: str, root_page: Page, steps: list[str], groups_by_role: dict[str, Group], task_prefix: str = ""
) -> Workflow:
    """Create or update the workflow ``name`` with one task per step and assign it to ``root_page``."""
    workflow = Workflow.objects.filter(name=name).first() or Workflow.objects.create(name=name, active=True)
    tasks = [_task_for(step, groups_by_role, task_prefix) for step in steps]
    current = list(workflow.workflow_tasks.order_by("sort_order").values_list("task_id", flat=True))
    if current != [t.pk for t in tasks]:
        workflow.workflow_tasks.all().delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    return workflow


MEMBER_WORKFLOW = "Quy trình duyệt tin – cổng thành viên"  # i18n: data


@transaction.atomic
def install_member_workflow(home: Page) -> Workflow:
    """Every member portal shares one workflow whose single task lets the portal's own moderators
    approve (ST-8.3: kiểm duyệt before publication)."""
    workflow = Workflow.objects.filter(name=MEMBER_WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=MEMBER_WORKFLOW, active=True)
        task = MemberModeratorApprovalTask.objects.create(
            name="Kiểm duyệt viên cổng thành viên duyệt"  # i18n: data
        )
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow
