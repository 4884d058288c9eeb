"""Who may do what in the legal app: moderate a comment, publish a document, record a posting.

``available_actions(user, record)`` lists the actions ``user`` may take on ``record`` now; the admin
builds its buttons from it and ``cong.legal.actions`` checks the same predicates before every change, so
a button is shown exactly when the action would be accepted.

``user=None`` is the system (a scheduled job, a command, the demo loader): it may take every action; the
views always pass the signed-in user.
"""

from __future__ import annotations

from .models import Comment, LegalDocument, PostingObligation

MODERATE_PERMISSION = "legal.change_comment"
PUBLISH_PERMISSION = "legal.publish_legaldocument"
PUBLISH_CONSULTATION_PERMISSION = "legal.publish_consultation"
BOARD_PERMISSION = "legal.change_legaldocument"

# Names of the actions, as posted by the admin forms.
APPROVE = "approve"
REJECT = "reject"
PUBLISH = "publish"
POST = "post"


def _system(user) -> bool:
    return user is None


def _may(user, permission: str) -> bool:
    return _system(user) or bool(getattr(user, "is_authenticated", False) and user.has_perm(permission))


def may_moderate(user) -> bool:
    """Kiểm duyệt ý kiến: whoever may change comments (the board's moderators)."""
    return _may(user, MODERATE_PERMISSION)


def may_publish_document(user) -> bool:
    """Xuất bản văn bản: Wagtail's publish permission on legal documents."""
    return _may(user, PUBLISH_PERMISSION)


def may_publish_consultation(user) -> bool:
    """Đăng dự thảo lấy ý kiến: Wagtail's publish permission on consultations."""
    return _may(user, PUBLISH_CONSULTATION_PERMISSION)


def may_post_for(user, agency, *, user_agency=...) -> bool:
    """Ghi nhận việc đăng: the agency's own staff, or the board for any agency.

    ``user_agency``: the user's agency when the caller already knows it (a list asks once, not per row).
    """
    if _system(user):
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    if user.has_perm(BOARD_PERMISSION):
        return True
    if user_agency is ...:
        from cong.agencies.models import agency_of

        user_agency = agency_of(user)
    return user_agency is not None and user_agency == agency


def comment_actions(user, comment: Comment) -> list[str]:
    """A pending comment is approved or not published; a decision can be reversed by the other one."""
    if not may_moderate(user):
        return []
    return [name for name, status in ((APPROVE, Comment.Status.APPROVED), (REJECT, Comment.Status.REJECTED))
            if comment.status != status]  # fmt: skip


def document_actions(user, document: LegalDocument) -> list[str]:
    """Publishing is always offered to who may publish: ``publish_document`` lists what is still missing."""
    return [PUBLISH] if may_publish_document(user) else []


def obligation_actions(user, obligation: PostingObligation, *, user_agency=...) -> list[str]:
    """The posting is recorded once, by its agency (with a member portal), for a published document."""
    postable = (
        obligation.posted_at is None
        and obligation.agency_id is not None
        and obligation.agency.site_id is not None
        and obligation.document.live
    )
    return [POST] if postable and may_post_for(user, obligation.agency, user_agency=user_agency) else []


def available_actions(user, record) -> list[str]:
    """The names of the actions ``user`` may take on ``record`` (a comment, a document, an obligation)."""
    if isinstance(record, Comment):
        return comment_actions(user, record)
    if isinstance(record, LegalDocument):
        return document_actions(user, record)
    if isinstance(record, PostingObligation):
        return obligation_actions(user, record)
    raise TypeError(f"No legal workflow for {type(record).__name__}")
