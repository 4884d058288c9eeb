"""E-mail for the agency-head step: Wagtail notifies group approvers itself; the head of the author's
agency is not a group, so this notifier finds the head (or the fallback board leaders) and uses Wagtail's
own "submitted for review" message."""

from django.contrib.auth import get_user_model
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.signals import task_submitted

from cong.agencies.models import AgencyStaff

from .models import AgencyHeadApprovalTask, MemberModeratorApprovalTask


class AgencyHeadSubmissionEmailNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance.task.specific, AgencyHeadApprovalTask)

    def get_recipient_users(self, task_state, **kwargs):
        users = get_user_model().objects
        requester = task_state.workflow_state.requested_by
        staff = AgencyStaff.objects.filter(user=requester).first() if requester else None
        if staff is None:
            recipients = users.filter(groups__in=task_state.task.specific.fallback_groups.all())
        else:
            recipients = users.filter(agency_staff__agency_id=staff.agency_id, agency_staff__is_head=True)
        triggering_user = kwargs.get("user")
        if triggering_user:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return recipients.distinct()


class MemberModeratorSubmissionEmailNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """Tells the moderators of the member portal an item belongs to that it waits for them."""

    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance.task.specific, MemberModeratorApprovalTask)

    def get_recipient_users(self, task_state, **kwargs):
        from cong.agencies.models import agency_for_page
        from cong.agencies.portals import member_groups

        agency = agency_for_page(task_state.workflow_state.content_object)
        if agency is None:
            return get_user_model().objects.none()
        recipients = get_user_model().objects.filter(groups=member_groups(agency)["moderate"])
        triggering_user = kwargs.get("user")
        if triggering_user:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return recipients


agency_head_notifier = AgencyHeadSubmissionEmailNotifier()
member_moderator_notifier = MemberModeratorSubmissionEmailNotifier()


def connect():
    task_submitted.connect(agency_head_notifier, dispatch_uid="cong_agency_head_submitted")
    task_submitted.connect(member_moderator_notifier, dispatch_uid="cong_member_moderator_submitted")
