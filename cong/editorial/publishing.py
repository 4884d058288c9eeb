"""What happens when a workflow's last step is approved (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Loaded by Wagtail while its models are being defined, so this module imports no models.
"""


def publish_approved(workflow_state, user=None):
    """Publish the approved revision, attributed to the last approver.

    No reviewer holds the publish permission (``cong.editorial.roles.grant``: it would allow publishing
    outside the workflow), so the permission check is the workflow's own: every step was approved by a
    user its task allowed, and never by the item's author (``ApprovalTaskMixin``).
    """
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
