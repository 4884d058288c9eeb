"""Changes of state of the editorial domain. Views, admin, commands and the demo call these; each runs
in one transaction, checks who may act (the same predicates ``available_actions`` gives the admin's
buttons) and writes its entry in Wagtail's audit log. ``acting_user`` is keyword-only.

The phiếu (information submissions) have no state of their own: their article's Wagtail workflow is the
state, moved by Wagtail's own actions (``submissions.submission_status`` reads it).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cong.agencies.models import agency_for_page

from .models import Proposal


def can_review_proposals(user) -> bool:
    """The provincial board's moderators and leaders see the member portals' proposals."""
    from cong.agencies.portals import provincial_site

    site = provincial_site()
    if user.is_superuser:
        return True
    if site is None or not user.has_perm("agencies.moderate_content"):
        return False
    return site.root_page.permissions_for_user(user).can_edit()


def can_decide_proposals(user) -> bool:
    """Only the board's head or deputy decides (``editorial.decide_proposal``); the secretary prepares."""
    from .roles import DECIDE_PROPOSALS

    return bool(user and user.is_authenticated and user.is_active and user.has_perm(DECIDE_PROPOSALS))


APPROVE = "approve"
REJECT = "reject"


def available_actions(user, proposal: Proposal) -> list[str]:
    """A pending proposal is approved or declined by the board's head or deputy; nothing else is offered."""
    if proposal.status != Proposal.Status.PENDING or not can_decide_proposals(user):
        return []
    return [APPROVE, REJECT]


@transaction.atomic
def propose_to_province(page, *, acting_user) -> Proposal:
    """A member portal proposes one of its live items for the provincial portal."""
    agency = agency_for_page(page)
    if agency is None:
        raise ValidationError(_("Chỉ tin, bài của cổng thành viên mới đề xuất lên Cổng tỉnh được."))
    if not page.permissions_for_user(acting_user).can_edit():
        raise PermissionDenied(_("Bạn không có quyền với tin, bài này."))
    if not page.live:
        raise ValidationError(
            _("Tin, bài phải được duyệt và xuất bản trên cổng thành viên trước khi đề xuất.")
        )
    if Proposal.objects.filter(page=page).exclude(status=Proposal.Status.REJECTED).exists():
        raise ValidationError(_("Tin, bài này đã được đề xuất lên Cổng tỉnh."))
    proposal = Proposal.objects.create(page=page, agency=agency, proposed_by=acting_user)
    log(proposal, "cong.proposal.create", user=acting_user)
    return proposal


@transaction.atomic
def decide_proposal(proposal: Proposal, approve: bool, comment: str = "", *, acting_user) -> Proposal:
    """The provincial board approves (the item appears in "from agencies") or declines a proposal."""
    if not can_decide_proposals(acting_user):
        raise PermissionDenied(_("Chỉ Trưởng ban hoặc Phó Trưởng Ban Biên tập Cổng tỉnh quyết định đề xuất."))
    if (APPROVE if approve else REJECT) not in available_actions(acting_user, proposal):
        raise ValidationError(_("Đề xuất này đã được xử lý."))
    if not approve and not comment.strip():
        raise ValidationError(_("Hãy ghi lý do không duyệt để cơ quan đề xuất biết."))
    proposal.status = Proposal.Status.APPROVED if approve else Proposal.Status.REJECTED
    proposal.decided_by, proposal.decided_at, proposal.comment = acting_user, timezone.now(), comment.strip()
    proposal.save()
    log(
        proposal,
        "cong.proposal.approve" if approve else "cong.proposal.reject",
        user=acting_user,
        data={"comment": proposal.comment},
    )
    return proposal
