"""Every change of state of the legal app, one named function each (called by admin, views, commands,
tasks and the demo alike). Each writes its audit entry (Wagtail's audit log) and starts or stops clocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from cong.core.clock import WorkingCalendar, local, working_calendar
from cong.core.clocks import clocks_for, start_clock, stop_clock
from cong.core.models import Clock
from cong.core.text import clean_text, fold

from .models import (
    Comment,
    Consultation,
    DocumentRelation,
    LegalDocument,
    missing_for_publication,
    number_key,
)

POSTING_PURPOSES = {
    LegalDocument.PostingDuty.ISSUER: "deadlines.legal_doc_issuer",
    LegalDocument.PostingDuty.AFFECTED: "deadlines.legal_doc_affected",
}
DRAFT_POSTING_PURPOSE = "deadlines.draft_posting"
ENDING_KINDS = {
    DocumentRelation.Kind.REPLACES: LegalDocument.Status.EXPIRED,
    DocumentRelation.Kind.REPEALS: LegalDocument.Status.EXPIRED,
    DocumentRelation.Kind.PARTLY_REPLACES: LegalDocument.Status.PARTLY_IN_FORCE,
}
COMMENT_MAX_CHARS = 5000


class PublicationError(ValueError):
    """A record that cannot be published yet; the message lists what is missing."""


class CommentRefused(ValueError):
    """A comment that is not accepted (closed draft, empty, too long); nothing was stored."""


# --- Legal documents ------------------------------------------------------------------------------


def publish_document(document: LegalDocument, user=None) -> LegalDocument:
    """Xuất bản văn bản: check the fields LC-9.1.e requires, refuse a duplicate, publish the revision.

    Publishing sends Wagtail's ``published`` signal, which runs ``document_published`` (relations, the
    replaced documents' status, the posting clock) — the admin's Publish button takes the same path.
    """
    missing = missing_for_publication(
        document, has_files=document.files.exists(), metadata_only=document.metadata_only
    )
    if missing:
        raise PublicationError("Chưa xuất bản được: còn thiếu " + ", ".join(missing) + ".")
    existing = document.find_duplicate()
    if existing is not None:
        raise PublicationError(
            f"Đã có văn bản số {existing.number} của {existing.issuer} (mã {existing.pk}); không xuất bản bản trùng."
        )
    revision = document.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    document.refresh_from_db()
    return document


def document_published(document: LegalDocument, user=None) -> None:
    """After a document goes live: link its citations, end what it replaces, stop its posting clock."""
    link_relations(document)
    for relation in document.relations.select_related("target"):
        if relation.kind in ENDING_KINDS and relation.target is not None:
            end_document(relation.target, by=document, status=ENDING_KINDS[relation.kind], user=user)
    # A document published again keeps the status its live successors gave it.
    for relation in DocumentRelation.objects.filter(
        target=document, kind__in=list(ENDING_KINDS), source__live=True
    ).select_related("source"):
        end_document(document, by=relation.source, status=ENDING_KINDS[relation.kind], user=user)
    sync_posting_clock(document)


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
        candidates = list(documents.filter(number_key=number_key(number)))
        if cited_on:
            candidates = [d for d in candidates if d.issued_on in (None, cited_on)] or candidates
        return candidates[0] if len(candidates) == 1 else None
    if cited_as and cited_on:
        for candidate in documents.filter(number_key="", issued_on=cited_on):
            if fold(cited_as).startswith(fold(candidate.summary)):
                return candidate
    return None


def end_document(document: LegalDocument, *, by: LegalDocument, status: str, user=None) -> bool:
    """Mark ``document`` expired (or partly in force) because ``by`` replaced or repealed it."""
    ended_on = by.effective_on or by.issued_on
    if document.status == LegalDocument.Status.EXPIRED and status != LegalDocument.Status.EXPIRED:
        return False  # a partial replacement never revives a document another one ended
    if document.status == status and document.ended_by_id == by.pk and document.expires_on == ended_on:
        return False
    previous = document.get_status_display()
    document.status = status
    document.ended_by = by
    if status == LegalDocument.Status.EXPIRED:
        document.expires_on = ended_on
    LegalDocument.objects.filter(pk=document.pk).update(
        status=document.status, ended_by=by, expires_on=document.expires_on
    )
    log(
        instance=document,
        action="legal.status_changed",
        user=user,
        data={"from": previous, "to": document.get_status_display(), "by": by.label, "by_id": by.pk},
    )
    return True


def sync_posting_clock(document: LegalDocument) -> Clock | None:
    """Keep the posting clock (thời hạn đăng tải, BK-7.1.c, LC-12.1.c) in step with the record.

    The clock runs from the issue date for the profile's working days (issuer or agencies concerned) and
    stops when the document is first published. A changed issue date or duty replaces the clock.
    """
    purpose = POSTING_PURPOSES.get(document.posting_duty)
    wanted = bool(purpose and document.issued_on and not document.metadata_only)
    if wanted:
        period = working_calendar().profile.period(purpose)
        wanted = period.has_limit
    clock = None
    for existing in clocks_for(document).filter(purpose__in=list(POSTING_PURPOSES.values())):
        if wanted and existing.purpose == purpose and existing.event == document.issued_on and clock is None:
            clock = existing
        else:
            existing.delete()  # computed from a date or duty that is no longer the record's
    if not wanted:
        return None
    if clock is None:
        clock = start_clock(purpose, document.issued_on, subject=document)
    if document.first_published_at and clock.running:
        stop_clock(clock, at=document.first_published_at, reason="Đã đăng trên Cổng")
    return clock


@dataclass(frozen=True)
class PostingStatus:
    """What a reader sees of a posting clock: on time, late, due in N days, overdue."""

    state: str  # on_time, late, due, overdue
    label: str
    due_at: dt.datetime
    days: int
    source: str


def _count_days(calendar: WorkingCalendar, clock: Clock, first: dt.date, last: dt.date) -> int:
    if clock.period_unit == "calendar_days":
        return max(0, (last - first).days + 1)
    return calendar.working_days(first, last)


def posting_status(clock: Clock | None, calendar: WorkingCalendar, now: dt.datetime | None = None):
    """The state of a posting clock at ``now``; ``None`` when the record has no posting clock."""
    if clock is None or clock.due_at is None:
        return None
    now = local(now or timezone.now())
    due = local(clock.due_at)
    unit = "ngày" if clock.period_unit == "calendar_days" else "ngày làm việc"
    due_text = f"{due:%H:%M} ngày {due:%d/%m/%Y}"
    if clock.stopped_at is not None:
        posted = local(clock.stopped_at)
        if posted <= due:
            return PostingStatus("on_time", f"Đăng đúng hạn (hạn {due_text})", clock.due_at, 0, clock.source)
        late = max(1, _count_days(calendar, clock, due.date() + dt.timedelta(days=1), posted.date()))
        return PostingStatus(
            "late", f"Đăng trễ {late} {unit} (hạn {due_text})", clock.due_at, late, clock.source
        )
    if now <= due:
        today_counts = calendar.is_working_day(now.date()) and now.time() < calendar.closing
        first = now.date() if today_counts else calendar.next_working_day(now.date())
        left = max(1, _count_days(calendar, clock, first, due.date()))
        return PostingStatus(
            "due", f"Còn {left} {unit} để đăng (hạn {due_text})", clock.due_at, left, clock.source
        )
    over = max(1, _count_days(calendar, clock, due.date() + dt.timedelta(days=1), now.date()))
    return PostingStatus(
        "overdue", f"Quá hạn đăng {over} {unit} (hạn {due_text})", clock.due_at, over, clock.source
    )


def posting_clocks(documents) -> dict[int, Clock]:
    """The posting clock of each document, in one query (list pages stay bounded)."""
    from django.contrib.contenttypes.models import ContentType

    ids = [d.pk for d in documents]
    if not ids:
        return {}
    rows = Clock.objects.filter(
        subject_type=ContentType.objects.get_for_model(LegalDocument),
        subject_id__in=ids,
        purpose__in=list(POSTING_PURPOSES.values()),
    ).order_by("created_at", "pk")
    return {row.subject_id: row for row in rows}


# --- Consultations ----------------------------------------------------------------------------------


def publish_consultation(consultation: Consultation, user=None) -> Consultation:
    """Đăng dự thảo lấy ý kiến: publish the revision (the ``published`` signal starts its clocks)."""
    revision = consultation.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    consultation.refresh_from_db()
    return consultation


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
        stop_clock(clock, at=consultation.first_published_at, reason="Đã đăng dự thảo")
    return clock


def receive_comment(
    consultation: Consultation,
    *,
    name: str,
    email: str,
    text: str,
    organisation: str = "",
    article: str = "",
    now: dt.datetime | None = None,
) -> Comment:
    """Tiếp nhận ý kiến: store a comment for moderation, or refuse it with a message and store nothing.

    The comment is in the database (committed) before the caller acknowledges it.
    """
    now = now or timezone.now()
    if not consultation.live:
        raise CommentRefused("Dự thảo này không còn được công bố để lấy ý kiến.")
    state = consultation.state(now)
    if state == "upcoming":
        raise CommentRefused(
            f"Dự thảo bắt đầu nhận góp ý từ {local(consultation.opens_at):%H:%M ngày %d/%m/%Y}."
        )
    if state == "closed":
        closes = local(consultation.closes_at)
        raise CommentRefused(
            f"Đã hết hạn góp ý (hạn {closes:%H:%M ngày %d/%m/%Y}); ý kiến này không được tiếp nhận. "
            f"Mọi trao đổi thêm xin gửi {consultation.drafting_agency} theo địa chỉ {consultation.contact_email}."
        )
    text = clean_text(text).strip()
    name = " ".join(clean_text(name).split())
    organisation = " ".join(clean_text(organisation).split())
    if not text:
        raise CommentRefused("Nội dung góp ý không được để trống.")
    if len(text) > COMMENT_MAX_CHARS:
        raise CommentRefused(
            f"Nội dung góp ý dài {len(text)} ký tự, quá giới hạn {COMMENT_MAX_CHARS} ký tự. "
            "Hãy rút gọn hoặc gửi văn bản đầy đủ qua thư điện tử của cơ quan soạn thảo."
        )
    if not name:
        raise CommentRefused("Hãy nhập họ và tên.")
    if article and article not in dict(consultation.articles()):
        raise CommentRefused(f"Dự thảo không có “{article}”.")
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
        log(instance=comment, action="legal.comment_received", data={"consultation": consultation.pk})
    return comment


def approve_comment(comment: Comment, user=None) -> Comment:
    """Duyệt ý kiến: the comment shows on the draft's page and enters the compiled table."""
    return _moderate(comment, Comment.Status.APPROVED, user, "")


def reject_comment(comment: Comment, user=None, note: str = "") -> Comment:
    """Không công khai ý kiến (vi phạm nội quy, trùng lặp…): kept, never shown, left out of the table."""
    return _moderate(comment, Comment.Status.REJECTED, user, note)


def _moderate(comment: Comment, status: str, user, note: str) -> Comment:
    with transaction.atomic():
        comment.status = status
        comment.moderated_at = timezone.now()
        comment.moderated_by = user if getattr(user, "is_authenticated", False) else None
        comment.moderation_note = note[:300]
        comment.save(update_fields=["status", "moderated_at", "moderated_by", "moderation_note"])
        action = "legal.comment_approved" if status == Comment.Status.APPROVED else "legal.comment_rejected"
        log(instance=comment, action=action, user=user, data={"note": note} if note else None)
    return comment


def close_consultation(consultation: Consultation, now: dt.datetime | None = None) -> bool:
    """Kết thúc lấy ý kiến: record that the deadline passed (the form refuses comments from then on)."""
    now = now or timezone.now()
    if consultation.closed_at is not None or consultation.state(now) != "closed":
        return False
    Consultation.objects.filter(pk=consultation.pk, closed_at__isnull=True).update(closed_at=now)
    consultation.closed_at = now
    log(
        instance=consultation,
        action="legal.consultation_closed",
        data={"closes_at": consultation.closes_at.isoformat(), "comments": consultation.comments.count()},
    )
    return True


def close_due_consultations(now: dt.datetime | None = None) -> int:
    """Close every live consultation whose deadline passed; run by the task worker and ``cong legal``."""
    now = now or timezone.now()
    due = Consultation.objects.filter(live=True, closed_at__isnull=True, closes_at__lte=now)
    return sum(close_consultation(consultation, now) for consultation in due)
