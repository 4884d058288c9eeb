"""Every change of state of the legal app, one named function each (called by admin, views, commands,
tasks and the demo alike). Each runs in one transaction, checks who may act (``cong.legal.access``, the
same predicates the admin builds its buttons from), writes its audit entry (Wagtail's audit log) and
starts or stops clocks.

``acting_user`` is keyword-only everywhere. ``None`` is the system — the scheduler closing consultations,
a command without ``--user``, the demo loader — or, for ``receive_comment``, the anonymous public; the
audit entry then records no user (an empty «người thực hiện» in the audit log).
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cong.core.clock import local, working_calendar
from cong.core.clocks import clocks_for, start_clock, stop_clock
from cong.core.models import Clock
from cong.core.text import clean_text, fold

from . import access
from .models import (
    Comment,
    Consultation,
    DocumentRelation,
    LegalDocument,
    PostingObligation,
    missing_for_publication,
)

POSTING_PURPOSES = {
    LegalDocument.PostingDuty.ISSUER: "deadlines.legal_doc_issuer",
    LegalDocument.PostingDuty.AFFECTED: "deadlines.legal_doc_affected",
}
DRAFT_POSTING_PURPOSE = "deadlines.draft_posting"
DATABASE_ENTRY_PURPOSE = "deadlines.legal_database_entry"
ENDING_KINDS = {
    DocumentRelation.Kind.REPLACES: LegalDocument.Status.EXPIRED,
    DocumentRelation.Kind.REPEALS: LegalDocument.Status.EXPIRED,
    DocumentRelation.Kind.PARTLY_REPLACES: LegalDocument.Status.PARTLY_IN_FORCE,
}
COMMENT_MAX_CHARS = 5000


class PublicationError(ValueError):
    """A record that cannot be published yet; the message lists what is missing."""


class NotAllowed(PermissionDenied):
    """The user may not take this action; the message says who may, in Vietnamese."""


class CommentRefused(ValueError):
    """A comment that is not accepted (closed draft, empty, too long); nothing was stored."""


# --- Legal documents ------------------------------------------------------------------------------


@transaction.atomic
def publish_document(document: LegalDocument, *, acting_user) -> LegalDocument:
    """Xuất bản văn bản: check the fields the profile requires (legal.required_fields: ND43-10.e, LC-9.1.e,
    BK-3.3.e), refuse a duplicate, publish the revision.

    Publishing sends Wagtail's ``published`` signal, which runs ``document_published`` (relations, the
    replaced documents' status, the posting clock) — the admin's Publish button takes the same path.
    All of it is one transaction: a failure anywhere leaves the document unpublished and nothing ended.
    """
    if access.PUBLISH not in access.document_actions(acting_user, document):
        raise NotAllowed(_("Bạn không có quyền xuất bản văn bản."))
    missing = missing_for_publication(
        document, has_files=document.files.exists(), metadata_only=document.metadata_only
    )
    if missing:
        raise PublicationError(
            _("Chưa xuất bản được: còn thiếu %(fields)s.")
            % {"fields": ", ".join(str(label) for label in missing)}
        )
    existing = document.find_duplicate()
    if existing is not None:
        raise PublicationError(
            _("Đã có văn bản số %(number)s của %(issuer)s (mã %(pk)s); không xuất bản bản trùng.")
            % {"number": existing.number, "issuer": existing.issuer, "pk": existing.pk}
        )
    revision = document.save_revision(user=acting_user, log_action=True)
    revision.publish(user=acting_user)
    document.refresh_from_db()
    return document


@transaction.atomic
def document_published(document: LegalDocument, *, acting_user) -> None:
    """After a document goes live: link its citations, end what it replaces, stop its posting clock."""
    link_relations(document)
    for relation in document.relations.select_related("target"):
        if relation.kind in ENDING_KINDS and relation.target is not None:
            end_document(
                relation.target, by=document, status=ENDING_KINDS[relation.kind], acting_user=acting_user
            )
    # A document published again keeps the status its live successors gave it.
    for relation in DocumentRelation.objects.filter(
        target=document, kind__in=list(ENDING_KINDS), source__live=True
    ).select_related("source"):
        end_document(
            document, by=relation.source, status=ENDING_KINDS[relation.kind], acting_user=acting_user
        )
    sync_document_clocks(document)


def link_relations(document: LegalDocument) -> int:
    """Link citations written as text to records: this document's own, and others' that cite it."""
    linked = 0
    for relation in document.relations.filter(target__isnull=True):
        target = find_cited(relation.cited_number, relation.cited_as, relation.cited_on, exclude=document.pk)
        if target is not None:
            relation.target = target
            relation.save(update_fields=["target"])
            linked += 1
    waiting = DocumentRelation.objects.filter(target__isnull=True).exclude(source=document)
    if document.number_key:
        matches = list(waiting.filter(cited_key=document.number_key))
    else:
        matches = [
            r
            for r in waiting.filter(cited_key="", cited_on=document.issued_on)
            if fold(document.summary) and fold(r.cited_as).startswith(fold(document.summary))
        ]
    for relation in matches:
        relation.target = document
        relation.save(update_fields=["target"])
        linked += 1
    return linked


def find_cited(number: str, cited_as: str = "", cited_on: dt.date | None = None, exclude=None):
    """The record a citation names: by number, or for a law cited by name, by name and date."""
    documents = LegalDocument.objects.exclude(pk=exclude)
    if number:
        candidates = list(documents.by_number(number))
        if cited_on:
            candidates = [d for d in candidates if d.issued_on in (None, cited_on)] or candidates
        return candidates[0] if len(candidates) == 1 else None
    if cited_as and cited_on:
        for candidate in documents.filter(number_key="", issued_on=cited_on):
            if fold(cited_as).startswith(fold(candidate.summary)):
                return candidate
    return None


@transaction.atomic
def end_document(document: LegalDocument, *, by: LegalDocument, status: str, acting_user) -> bool:
    """Mark ``document`` expired (or partly in force) because ``by`` replaced or repealed it."""
    ended_on = by.effective_on or by.issued_on
    if document.status == LegalDocument.Status.EXPIRED and status != LegalDocument.Status.EXPIRED:
        return False  # a partial replacement never revives a document another one ended
    if document.status == status and document.ended_by_id == by.pk and document.expires_on == ended_on:
        return False
    previous = document.get_status_display()
    expires_on = ended_on if status == LegalDocument.Status.EXPIRED else document.expires_on
    # The row first, the instance after: a failed audit entry must not leave a changed copy in memory.
    LegalDocument.objects.filter(pk=document.pk).update(status=status, ended_by=by, expires_on=expires_on)
    log(
        instance=document,
        action="legal.status_changed",
        user=acting_user,
        data={
            "from": previous,
            "to": str(LegalDocument.Status(status).label),
            "by": by.label,
            "by_id": by.pk,
        },
    )
    document.status, document.ended_by, document.expires_on = status, by, expires_on
    return True


@transaction.atomic
def sync_document_clocks(document: LegalDocument) -> None:
    """Bring every clock of a document in step with the record: posting per agency, database entry."""
    sync_posting_obligations(document)
    sync_database_entry_clock(document)


def _wanted_obligations(document: LegalDocument) -> dict[int | None, str]:
    """Who must post the document, and in which capacity: {agency id (None: Cổng itself): role}."""
    if not document.issued_on or document.metadata_only:
        return {}
    Role = PostingObligation.Role
    wanted: dict[int | None, str] = {}
    if document.posting_duty == LegalDocument.PostingDuty.ISSUER:
        wanted[document.issuing_agency_id] = Role.ISSUER
    elif document.posting_duty == LegalDocument.PostingDuty.AFFECTED:
        wanted[None] = Role.AFFECTED  # a document from elsewhere that the portal's owner must post
    else:
        return {}
    for agency_id in document.affected_agencies.values_list("pk", flat=True):
        wanted.setdefault(agency_id, Role.AFFECTED)
    profile = working_calendar().profile
    return {
        agency: role for agency, role in wanted.items() if profile.period(POSTING_PURPOSES[role]).has_limit
    }


def sync_posting_obligations(document: LegalDocument) -> list[PostingObligation]:
    """One posting obligation and clock per agency and document (BK-7.1.c, LC-12.1.c).

    Each clock runs from the issue date for the profile's working days — the issuer's
    (``deadlines.legal_doc_issuer``) or an affected agency's (``deadlines.legal_doc_affected``) — and
    stops when that agency posts the document (``post_document``), or, for Cổng itself and agencies with
    no member portal, when Cổng first publishes it. A changed issue date, duty or agency list replaces
    the clocks concerned; a posting already made is kept.
    """
    with transaction.atomic():
        wanted = _wanted_obligations(document)
        kept: list[PostingObligation] = []
        existing = PostingObligation.objects.filter(document=document).select_related("clock", "agency")
        for obligation in existing:
            role = wanted.get(obligation.agency_id)
            clock = obligation.clock
            if obligation.agency_id not in wanted:
                if clock is not None:
                    clock.delete()
                obligation.delete()
                continue
            current = (
                clock is not None
                and clock.purpose == POSTING_PURPOSES[role]
                and clock.event == document.issued_on
            )
            if not current:
                if clock is not None:
                    clock.delete()  # computed from a date or duty that is no longer the record's
                obligation.role = role
                obligation.clock = start_clock(POSTING_PURPOSES[role], document.issued_on, subject=document)
                obligation.save(update_fields=["role", "clock"])
            kept.append(obligation)
        present = {obligation.agency_id for obligation in kept}
        for agency_id, role in wanted.items():
            if agency_id not in present:
                clock = start_clock(POSTING_PURPOSES[role], document.issued_on, subject=document)
                kept.append(
                    PostingObligation.objects.create(
                        document=document, agency_id=agency_id, role=role, clock=clock
                    )
                )
        for obligation in kept:
            posted = obligation.posted_at
            if posted is None and document.first_published_at and obligation.met_by_publication:
                posted = document.first_published_at
            if posted is not None and obligation.clock.running:
                reason = f"{obligation.who} đã đăng văn bản"  # i18n: data
                stop_clock(obligation.clock, at=posted, reason=reason)
        # Clocks of the old single posting clock that no obligation holds any more.
        held = [o.clock_id for o in kept]
        clocks_for(document).filter(purpose__in=list(POSTING_PURPOSES.values())).exclude(pk__in=held).delete()
    return kept


class PostingRefused(ValueError):
    """A posting that cannot be recorded (not published, not this agency's duty); nothing changed."""


def post_document(
    document: LegalDocument, *, agency, acting_user, at: dt.datetime | None = None
) -> PostingObligation:
    """Đăng văn bản trên cổng thành viên: ``agency`` posts the published document on its member portal.

    Meets that agency's posting obligation (its clock stops) and no other; the document then shows in the
    register of the agency's member portal. Refused with a Vietnamese message, changing nothing, when
    the document is not published, the agency has no duty for it or no member portal, or the user does
    not act for the agency.
    """
    at = at or timezone.now()
    if not access.may_post_for(acting_user, agency):
        raise PostingRefused(
            _("Tài khoản này không thuộc %(agency)s; không ghi nhận việc đăng thay cơ quan khác.")
            % {"agency": agency}
        )
    if not document.live:
        raise PostingRefused(_("Văn bản chưa được xuất bản trên Cổng; chưa thể đăng trên cổng thành viên."))
    if agency.site_id is None:
        raise PostingRefused(
            _("%(agency)s chưa có cổng thành viên; văn bản được tính là đã đăng khi Cổng xuất bản.")
            % {"agency": agency}
        )
    with transaction.atomic():
        obligation = (
            # of=self: PostgreSQL cannot lock the nullable side of the outer join to the clock.
            PostingObligation.objects.select_for_update(of=("self",))
            .select_related("clock")
            .filter(document=document, agency=agency)
            .first()
        )
        if obligation is None:
            raise PostingRefused(
                _("%(agency)s không có nghĩa vụ đăng văn bản %(document)s.")
                % {"agency": agency, "document": document.label}
            )
        if obligation.posted_at is not None:
            return obligation
        obligation.posted_at = at
        obligation.posted_by = acting_user if getattr(acting_user, "is_authenticated", False) else None
        obligation.save(update_fields=["posted_at", "posted_by"])
        if obligation.clock is not None:
            stop_clock(obligation.clock, at=at, reason=f"{agency} đã đăng văn bản")  # i18n: data
        log(
            instance=document,
            action="legal.document_posted",
            user=acting_user,
            data={"agency": str(agency), "agency_id": agency.pk, "role": obligation.get_role_display()},
        )
    return obligation


def sync_database_entry_clock(document: LegalDocument) -> Clock | None:
    """Thời hạn đưa văn bản vào cơ sở dữ liệu văn bản (KT-11.1.a), when the profile sets one.

    "Cập nhật đầy đủ, chính xác các file văn bản đi … vào … cơ sở dữ liệu văn bản … chậm nhất là 01
    ngày": Cổng's register of documents is that database, so the clock runs from the issue date for each
    provincial document with a posting duty, and is met when the record holds the document's file —
    publication on the website is a different duty with its own clock.
    """
    period = working_calendar().profile.period(DATABASE_ENTRY_PURPOSE)
    wanted = bool(
        period.has_limit
        and document.issued_on
        and not document.metadata_only
        and document.posting_duty != LegalDocument.PostingDuty.NONE
        and document.issuer_level == LegalDocument.Level.PROVINCIAL
    )
    with transaction.atomic():
        clock = None
        entered_at = None
        for existing in clocks_for(document).filter(purpose=DATABASE_ENTRY_PURPOSE):
            if wanted and existing.event == document.issued_on and clock is None:
                clock = existing
            else:
                entered_at = entered_at or existing.stopped_at  # the file was entered then
                existing.delete()
        if not wanted:
            return None
        if clock is None:
            clock = start_clock(DATABASE_ENTRY_PURPOSE, document.issued_on, subject=document)
        if clock.running and document.files.exists():
            stop_clock(  # i18n: data
                clock, at=entered_at or timezone.now(), reason=_("Đã cập nhật tệp văn bản vào cơ sở dữ liệu")
            )
    return clock


def posting_clocks(documents, agency=None) -> dict[int, Clock]:
    """The posting clock of each document, in one query (list pages stay bounded).

    With ``agency``: that agency's own obligation (its member portal's register). Without: the portal's
    own — the issuer's, or Cổng's when it posts a document from elsewhere.
    """
    ids = [d.pk for d in documents]
    if not ids:
        return {}
    rows = PostingObligation.objects.filter(document_id__in=ids, clock__isnull=False).select_related("clock")
    if agency is not None:
        rows = rows.filter(agency=agency)
    else:
        rows = rows.filter(Q(role=PostingObligation.Role.ISSUER) | Q(agency__isnull=True))
    clocks: dict[int, Clock] = {}
    for row in rows.order_by("pk"):
        clocks.setdefault(row.document_id, row.clock)
    return clocks


# --- Consultations ----------------------------------------------------------------------------------


@transaction.atomic
def publish_consultation(consultation: Consultation, *, acting_user) -> Consultation:
    """Đăng dự thảo lấy ý kiến: publish the revision (the ``published`` signal starts its clocks).

    Refused, publishing nothing, when the closing moment is earlier than the profile's comment period
    (``consultation.period``) allows.
    """
    if not access.may_publish_consultation(acting_user):
        raise NotAllowed(_("Bạn không có quyền đăng dự thảo lấy ý kiến."))
    message = consultation.period_error()
    if message:
        raise PublicationError(_("Chưa đăng được dự thảo: %(reason)s") % {"reason": message})
    revision = consultation.save_revision(user=acting_user, log_action=True)
    revision.publish(user=acting_user)
    consultation.refresh_from_db()
    return consultation


@transaction.atomic
def consultation_published(consultation: Consultation) -> Clock | None:
    """The draft-posting clock (BK-7.1.c¶1) from the request to post, stopped at first publication."""
    calendar = working_calendar()
    period = calendar.profile.period(DRAFT_POSTING_PURPOSE)
    existing = clocks_for(consultation).filter(purpose=DRAFT_POSTING_PURPOSE).first()
    if existing is not None and existing.event != consultation.request_received_on:
        existing.delete()
        existing = None
    if not (consultation.request_received_on and period.has_limit):
        return None
    clock = existing or start_clock(
        DRAFT_POSTING_PURPOSE, consultation.request_received_on, subject=consultation
    )
    if consultation.first_published_at and clock.running:
        stop_clock(clock, at=consultation.first_published_at, reason="Đã đăng dự thảo")  # i18n: data
    return clock


def receive_comment(
    consultation: Consultation,
    *,
    name: str,
    email: str,
    text: str,
    organisation: str = "",
    article: str = "",
    acting_user,
    now: dt.datetime | None = None,
) -> Comment:
    """Tiếp nhận ý kiến: store a comment for moderation, or refuse it with a message and store nothing.

    The comment is in the database (committed) before the caller acknowledges it.
    """
    now = now or timezone.now()
    if not consultation.live:
        raise CommentRefused(_("Dự thảo này không còn được công bố để lấy ý kiến."))
    state = consultation.state(now)
    if state == "upcoming":
        raise CommentRefused(
            _("Dự thảo bắt đầu nhận góp ý từ %(moment)s.")
            % {"moment": local(consultation.opens_at).strftime(_("%H:%M ngày %d/%m/%Y"))}
        )
    if state == "closed":
        closes = local(consultation.closes_at)
        raise CommentRefused(
            _(
                "Đã hết hạn góp ý (hạn %(moment)s); ý kiến này không được tiếp nhận. "
                "Mọi trao đổi thêm xin gửi %(agency)s theo địa chỉ %(email)s."
            )
            % {
                "moment": closes.strftime(_("%H:%M ngày %d/%m/%Y")),
                "agency": consultation.drafting_agency,
                "email": consultation.contact_email,
            }
        )
    text = clean_text(text).strip()
    name = " ".join(clean_text(name).split())
    organisation = " ".join(clean_text(organisation).split())
    if not text:
        raise CommentRefused(_("Nội dung góp ý không được để trống."))
    if len(text) > COMMENT_MAX_CHARS:
        raise CommentRefused(
            _(
                "Nội dung góp ý dài %(length)s ký tự, quá giới hạn %(limit)s ký tự. "
                "Hãy rút gọn hoặc gửi văn bản đầy đủ qua thư điện tử của cơ quan soạn thảo."
            )
            % {"length": len(text), "limit": COMMENT_MAX_CHARS}
        )
    if not name:
        raise CommentRefused(_("Hãy nhập họ và tên."))
    if article and article not in dict(consultation.articles()):
        raise CommentRefused(_("Dự thảo không có “%(article)s”.") % {"article": article})
    with transaction.atomic():
        comment = Comment.objects.create(
            consultation=consultation,
            name=name[:120],
            organisation=organisation[:200],
            email=email.strip().lower(),
            article=article,
            text=text,
            received_at=now,
        )
        log(
            instance=comment,
            action="legal.comment_received",
            user=acting_user,
            data={"consultation": consultation.pk},
        )
    return comment


def approve_comment(comment: Comment, *, acting_user) -> Comment:
    """Duyệt ý kiến: the comment shows on the draft's page and enters the compiled table."""
    return _moderate(comment, Comment.Status.APPROVED, acting_user, "")


def reject_comment(comment: Comment, note: str = "", *, acting_user) -> Comment:
    """Không công khai ý kiến (vi phạm nội quy, trùng lặp…): kept, never shown, left out of the table."""
    return _moderate(comment, Comment.Status.REJECTED, acting_user, note)


def _moderate(comment: Comment, status: str, user, note: str) -> Comment:
    name = access.APPROVE if status == Comment.Status.APPROVED else access.REJECT
    if not access.may_moderate(user):
        raise NotAllowed(_("Chỉ người kiểm duyệt góp ý được duyệt hoặc không công khai ý kiến."))
    if name not in access.comment_actions(user, comment):
        raise CommentRefused(
            _("Ý kiến %(reference)s đã ở trạng thái «%(status)s».")
            % {"reference": comment.reference, "status": comment.get_status_display()}
        )
    with transaction.atomic():
        comment.status = status
        comment.moderated_at = timezone.now()
        comment.moderated_by = user if getattr(user, "is_authenticated", False) else None
        comment.moderation_note = note[:300]
        comment.save(update_fields=["status", "moderated_at", "moderated_by", "moderation_note"])
        action = "legal.comment_approved" if status == Comment.Status.APPROVED else "legal.comment_rejected"
        log(instance=comment, action=action, user=user, data={"note": note} if note else None)
    return comment


def close_consultation(consultation: Consultation, now: dt.datetime | None = None, *, acting_user) -> bool:
    """Kết thúc lấy ý kiến: record that the deadline passed (the form refuses comments from then on).

    Run by the scheduler (``acting_user=None``: the audit entry names no user), one transaction each."""
    now = now or timezone.now()
    if consultation.closed_at is not None or consultation.state(now) != "closed":
        return False
    with transaction.atomic():
        closed = Consultation.objects.filter(pk=consultation.pk, closed_at__isnull=True).update(closed_at=now)
        if not closed:
            return False  # another worker closed it first
        consultation.closed_at = now
        log(
            instance=consultation,
            action="legal.consultation_closed",
            user=acting_user,
            data={"closes_at": consultation.closes_at.isoformat(), "comments": consultation.comments.count()},
        )
    return True


def close_due_consultations(now: dt.datetime | None = None, *, acting_user) -> int:
    """Close every live consultation whose deadline passed; run by the task worker and ``cong legal``.

    Each closing is its own transaction, so one failure does not undo the consultations closed before it.
    """
    now = now or timezone.now()
    due = Consultation.objects.filter(live=True, closed_at__isnull=True, closes_at__lte=now)
    return sum(close_consultation(consultation, now, acting_user=acting_user) for consultation in due)
