"""The information-provision form (phiếu cung cấp thông tin): submit, follow, print.

``submit_information`` is the one entry point: it checks every attachment by its content, keeps the valid
ones as Wagtail documents and images, creates the draft article under the proposed section, links it to
the form and starts the publication workflow — all in one transaction. A refused attachment is named with
its reason; the rest of the form is kept.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, TaskState

from cong.agencies.models import agency_of
from cong.core.profiles import get_profile
from cong.core.text import slugify
from cong.core.uploads import check_upload, strip_image_metadata, with_unicode_text
from cong.portal.models import ArticlePage

from .models import InformationSubmission, SubmissionFile

# Items of the phiếu (profile ``submission.form``, BK-App.1–6) and their titles on screen and paper.
FORM_ITEM_LABELS = {
    "unit": gettext_lazy("Tên đơn vị"),
    "sender": gettext_lazy("Tên người gửi"),
    "information": gettext_lazy("Thông tin"),
    "documents": gettext_lazy("Văn bản, tài liệu kèm theo"),
    "photos": gettext_lazy("Ảnh"),
    "section": gettext_lazy("Đề nghị đăng mục"),
}
# Ways to send information (profile ``submission.channels``: BK-6.1, KT-7.4, ST-12, LC-12.3).
CHANNEL_LABELS = {
    "online": gettext_lazy("Gửi phiếu trực tuyến trên trang quản trị của Cổng"),
    "paper_form": gettext_lazy("Phiếu cung cấp thông tin trên giấy"),
    "paper": gettext_lazy("Văn bản giấy gửi theo đường bưu điện hoặc gửi trực tiếp"),
    "email": gettext_lazy("Thư điện tử"),
    "electronic_file": gettext_lazy("Tệp điện tử"),
    "signed_e_document": gettext_lazy("Văn bản điện tử có ký số"),
    "member_website": gettext_lazy("Cập nhật trực tiếp trên website thành viên"),
    "member_portal": gettext_lazy("Cập nhật qua cổng thông tin thành phần"),
    "official_letter_and_email": gettext_lazy("Công văn kèm thư điện tử (đơn vị chưa có cổng thành phần)"),
    "integrated_website": gettext_lazy("Trang thông tin điện tử của đơn vị tích hợp với Cổng"),
}


def form_items() -> list[tuple[str, str]]:
    """(key, title) of the phiếu's items in the province's order; numbering follows it."""
    return [(key, str(FORM_ITEM_LABELS[key])) for key in get_profile()["submission.form"]]


def intake_channels(portal_email: str = "") -> dict:
    """What the phiếu page tells an agency about the other ways to send: the channels and the addresses.
    A province that names no address receives at the one in the portal's footer (LC-12.3.c)."""
    profile = get_profile()
    channels = profile.param("submission.channels")
    emails = list(profile["submission.emails"])
    if not emails and "email" in channels.value and portal_email:
        emails = [portal_email]
    return {
        "channels": [str(CHANNEL_LABELS[key]) for key in channels.value],
        "emails": emails if {"email", "official_letter_and_email"} & set(channels.value) else [],
        "source": channels.source,
    }


@dataclass
class Status:
    code: str  # received / in_review / sent_back / published
    label: str
    detail: str = ""
    url: str = ""


def _store_file(upload, kind: str, title: str, collection: Collection, user):
    if kind == SubmissionFile.Kind.PHOTO:
        image = get_image_model()(title=title, collection=collection, uploaded_by_user=user)
        image.file = strip_image_metadata(upload)
        image.save()
        return {"image": image}
    document = get_document_model()(title=title, collection=collection, uploaded_by_user=user)
    document.file = with_unicode_text(upload)
    document.save()
    return {"document": document}


def _article_body(content: str, stored: list[SubmissionFile]) -> list[dict]:
    body = [{"type": "paragraph", "value": linebreaks(escape(content))}]
    for item in stored:
        if item.image_id:
            body.append(
                {
                    "type": "image",
                    "value": {"image": item.image_id, "alt": item.original_name, "caption": "", "credit": ""},
                }
            )
        elif item.document_id:
            body.append(
                {"type": "document", "value": {"document": item.document_id, "title": item.original_name}}
            )
    return body


def submit_information(*, acting_user, data: dict, documents=(), photos=()) -> InformationSubmission:
    """Receive a form from an agency account; returns the stored submission (its ``refused_files`` lists
    attachments refused, each with the reason)."""
    agency = agency_of(acting_user)
    if agency is None:
        raise PermissionDenied(_("Chỉ tài khoản của cơ quan, đơn vị mới gửi phiếu cung cấp thông tin."))
    accepted, refused = [], []
    for kind, uploads in ((SubmissionFile.Kind.DOCUMENT, documents), (SubmissionFile.Kind.PHOTO, photos)):
        for upload in uploads:
            try:
                check_upload(upload, kind="image" if kind == SubmissionFile.Kind.PHOTO else "document")
            except ValidationError as error:
                refused.append({"name": upload.name, "reason": " ".join(error.messages)})
            else:
                upload.seek(0)
                accepted.append((kind, upload))

    with transaction.atomic():
        submission = InformationSubmission.objects.create(
            agency=agency,
            sender=acting_user,
            sender_name=data.get("sender_name") or acting_user.get_full_name() or acting_user.get_username(),
            title=data["title"],
            lead=data["lead"],
            content=data["content"],
            proposed_section=data["proposed_section"],
            refused_files=refused,
        )
        collection = Collection.get_first_root_node()
        stored = []
        for kind, upload in accepted:
            stored.append(
                SubmissionFile.objects.create(
                    submission=submission,
                    kind=kind,
                    original_name=upload.name,
                    **_store_file(upload, kind, upload.name, collection, acting_user),
                )
            )
        section = data["proposed_section"]
        slug = slugify(data["title"])[:70] or f"phieu-{submission.pk}"
        if section.get_children().filter(slug=slug).exists():
            slug = f"{slug}-{submission.pk}"
        article = ArticlePage(
            title=data["title"],
            slug=slug,
            lead=data["lead"],
            body=_article_body(data["content"], stored),
            authors=data.get("sender_name") or acting_user.get_full_name() or acting_user.get_username(),
            source=agency.name,
            live=False,
            owner=acting_user,
        )
        section.add_child(instance=article)
        article.save_revision(user=acting_user, log_action=True)
        submission.article = article
        submission.save(update_fields=["article"])
        log(submission, "cong.submission.receive", user=acting_user)
        workflow = article.get_workflow()
        if workflow is not None:
            workflow.start(article, acting_user)
    return submission


def submission_status(submission: InformationSubmission, request=None) -> Status:
    """What the sender sees: received, in review (at which step), sent back (with the reason), published."""
    return submission_statuses([submission], request)[0]


def submission_statuses(submissions, request=None) -> list[Status]:
    """The status of each form, in order, in a fixed number of queries whatever their number (the queue
    shows 200): the articles, their workflow states and the reasons of the last rejections, each loaded
    once for all. ``request`` lets the site root paths behind the published URLs be read once."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, WorkflowState

    ids = [s.article_id for s in submissions if s.article_id]
    articles = ArticlePage.objects.in_bulk(ids) if ids else {}
    states: dict[str, list[WorkflowState]] = {}
    if articles:
        for state in (
            WorkflowState.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=[str(pk) for pk in articles],
            )
            .select_related("current_task_state__task")
            .order_by("-created_at", "-pk")
        ):
            states.setdefault(state.object_id, []).append(state)
    sent_back = [
        state.pk
        for states_of in states.values()
        for state in states_of
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES
    ]
    reasons: dict[int, str] = {}
    for task_state in TaskState.objects.filter(
        workflow_state_id__in=sent_back, status=TaskState.STATUS_REJECTED
    ).order_by("finished_at", "pk"):
        reasons[task_state.workflow_state_id] = task_state.get_comment()  # the last one wins
    return [
        _status(articles.get(s.article_id), states.get(str(s.article_id), []), reasons, request)
        for s in submissions
    ]


def _status(article, states, reasons: dict[int, str], request) -> Status:
    """One form's status from its article and the article's workflow states, newest first."""
    if article is None:
        return Status("received", _("Đã tiếp nhận"))
    if article.live:
        return Status("published", _("Đã đăng"), url=article.get_full_url(request) or "")
    active = [
        state for state in states if state.status in (state.STATUS_IN_PROGRESS, state.STATUS_NEEDS_CHANGES)
    ]
    if not active:
        if states and states[0].status == states[0].STATUS_CANCELLED:
            return Status("received", _("Đã tiếp nhận, chờ gửi duyệt lại"))
        return Status("received", _("Đã tiếp nhận"))
    state = active[0]
    if state.status == state.STATUS_NEEDS_CHANGES:
        return Status("sent_back", _("Bị trả lại để sửa"), detail=reasons.get(state.pk, ""))
    return Status("in_review", _("Đang duyệt"), detail=state.current_task_state.task.name)


def signatures(submission: InformationSubmission) -> list[tuple[str, str, str]]:
    """The four signature blocks of the form: (role, name, date) for writer, head of agency, board
    secretary and board leader, filled with whoever did each step and when."""
    from .workflows import STEP_LABELS

    def name_of(user):
        return (user.get_full_name() or user.get_username()) if user else ""

    blocks = {
        "writer": (submission.sender_name, submission.submitted_at),
        "unit_head": ("", None),
        "board_secretary": ("", None),
        "board_leader": ("", None),
    }
    if submission.article_id:
        labels = {label: key for key, label in STEP_LABELS.items()}
        labels[STEP_LABELS["editorial_board"]] = "board_leader"
        labels[STEP_LABELS["team_leader"]] = "board_leader"
        approved = (
            TaskState.objects.filter(
                workflow_state__object_id=str(submission.article_id), status=TaskState.STATUS_APPROVED
            )
            .select_related("task", "finished_by")
            .order_by("finished_at")
        )
        for state in approved:
            key = labels.get(state.task.name)
            if key in blocks:
                blocks[key] = (name_of(state.finished_by), state.finished_at)
    titles = {
        "writer": _("NGƯỜI VIẾT"),
        "unit_head": _("THỦ TRƯỞNG ĐƠN VỊ"),
        "board_secretary": _("THƯ KÝ BAN BIÊN TẬP"),
        "board_leader": _("LÃNH ĐẠO BAN BIÊN TẬP"),
    }
    return [
        (titles[key], name, timezone.localtime(when).strftime("%d/%m/%Y") if when else "")
        for key, (name, when) in blocks.items()
    ]
