"""Public pages: published questions and answers, the forms, the receipt and the lookup by code.

Addresses: /hoi-dap/, /hoi-dap/<id>/, /hoi-dap/dat-cau-hoi/, /hoi-dap/bien-nhan/, /hoi-dap/tra-cuu/,
/phan-anh-kien-nghi/, /phan-anh-kien-nghi/<id>/, /phan-anh-kien-nghi/gui/.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.contrib import messages
from django.db import DatabaseError
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from cong.agencies.models import Agency
from cong.core import ratelimit
from cong.core.clock import working_calendar
from cong.core.jsonld import json_ld
from cong.core.pagination import paginate
from cong.core.profiles import get_profile
from cong.core.search import excerpt, highlight

from . import actions, antiabuse, receipts
from .filters import QuestionFilters
from .forms import LookupForm, PersonalDataForm, QuestionForm
from .models import Citation, Field, Question, normalise_code

logger = logging.getLogger(__name__)

LOOKUP_SESSION_KEY = "citizens_lookup"

KIND_PAGES = {
    Question.Kind.QUESTION: {
        "title": None,  # the profile's qa.title
        "list_url": "citizens:questions",
        "form_url": "citizens:ask",
        "detail_url": "citizens:question-detail",
    },
    Question.Kind.PETITION: {
        "title": gettext_lazy("Phản ánh, kiến nghị về quy định hành chính"),
        "list_url": "citizens:petitions",
        "form_url": "citizens:petition-form",
        "detail_url": "citizens:petition-detail",
    },
}


def _channel(kind: str) -> dict:
    profile = get_profile()
    info = dict(KIND_PAGES[kind])
    info["kind"] = kind
    info["title"] = info["title"] or profile["qa.title"]
    info["enabled"] = profile["qa.enabled" if kind == Question.Kind.QUESTION else "petitions.enabled"]
    return info


def _require_enabled(kind: str) -> dict:
    channel = _channel(kind)
    if not channel["enabled"]:
        raise Http404(_("Cổng này không có chuyên mục này theo quy chế."))
    return channel


@require_GET
def published_list(request, kind: str = Question.Kind.QUESTION):
    """Câu hỏi đã trả lời: search with or without diacritics; filter by field, agency, year."""
    channel = _require_enabled(kind)
    filters = QuestionFilters.from_page(request.GET)
    questions = filters.apply(
        Question.objects.published().filter(kind=kind).select_related("field", "agency", "answer")
    )
    terms = filters.terms
    page_obj = paginate(request, questions.order_by("-published_at", "-pk"))
    items = [
        {
            "question": q,
            "title": highlight(q.title, terms) if terms else q.title,
            "excerpt": excerpt(q.content, terms) if terms else None,
        }
        for q in page_obj
    ]
    published = Question.objects.published().filter(kind=kind)
    context = {
        "channel": channel,
        "page_obj": page_obj,
        "items": items,
        "query": filters.query,
        "error": " ".join(filters.errors) or None,
        "fields": Field.objects.filter(questions__in=published).distinct(),
        "agencies": Agency.objects.filter(questions__in=published).distinct(),
        "years": [d.year for d in published.dates("received_at", "year", order="DESC")],
        "selected": {"field": filters.field, "agency": filters.agency, "year": filters.year},
    }
    return render(request, "citizens/list.html", context)


@require_GET
def published_detail(request, pk: int, kind: str = Question.Kind.QUESTION):
    """One published question with its answer, citations, the disclaimer and schema.org QAPage data."""
    channel = _require_enabled(kind)
    question = get_object_or_404(
        Question.objects.published()
        .filter(kind=kind)
        .select_related("field", "agency", "answer", "answer__agency")
        .prefetch_related(Prefetch("answer__citations", queryset=Citation.objects.order_by("order", "pk"))),
        pk=pk,
    )
    citations = list(question.answer.citations.all())
    links = _legal_links(citations)
    absolute = request.build_absolute_uri(question.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "name": question.title,
            "text": question.content,
            "dateCreated": question.received_at.isoformat(),
            "answerCount": 1,
            "author": {"@type": "Person", "name": question.public_name},
            "acceptedAnswer": {
                "@type": "Answer",
                "text": question.answer.body,
                "dateCreated": question.answer.answered_at.isoformat(),
                "url": absolute,
                "author": {"@type": "GovernmentOrganization", "name": question.answer.agency.name},
            },
        },
    }
    context = {
        "channel": channel,
        "question": question,
        "answer": question.answer,
        "citations": [(c, links.get(c.legal_document_id)) for c in citations],
        "json_ld": json_ld(data),
        "disclaimer": get_profile()["qa.disclaimer"],
    }
    return render(request, "citizens/detail.html", context)


def _legal_links(citations) -> dict[int, str]:
    """URLs of the linked legal-document records, in one query, when ``cong.legal`` is installed."""
    from django.apps import apps

    ids = [c.legal_document_id for c in citations if c.legal_document_id]
    if not ids:
        return {}
    try:
        model = apps.get_model("legal", "LegalDocument")
    except LookupError:
        return {}
    links = {}
    for document in model.objects.filter(pk__in=ids):
        url = getattr(document, "url", None) or (
            document.get_absolute_url() if hasattr(document, "get_absolute_url") else None
        )
        if url:
            links[document.pk] = url
    return links


def intake_reopens(kind: str, now: dt.datetime | None = None) -> dt.date | None:
    """The working day the question form opens again, when ``qa.intake`` is "working_days" (ST-15.2 read
    literally: "24/24 giờ vào tất cả các ngày làm việc trong tuần") and today is not one; else None."""
    if kind != Question.Kind.QUESTION or get_profile()["qa.intake"] != "working_days":
        return None
    calendar = working_calendar()
    today = timezone.localdate(now or timezone.now())
    return None if calendar.is_working_day(today) else calendar.next_working_day(today)


OVERLOADED = gettext_lazy(
    "Hệ thống đang quá tải nên chưa tiếp nhận được nội dung của bạn — chưa có biên nhận "
    "và chưa có mã tra cứu. Nội dung bạn nhập vẫn được giữ dưới đây: vui lòng bấm «Gửi» "
    "lại sau ít phút."
)


def _receive(request, kind: str, guard, form, valid: bool) -> tuple[Question | None, int, list]:
    """Count the attempt, apply the limits and store the question when the form is valid and allowed:
    (the question or None, the status of the form shown again, the messages on it)."""
    guard.record_attempt()
    if guard.too_many():
        message = _(
            "Địa chỉ của bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau "
            "%(minutes)s phút; nội dung bạn nhập vẫn được giữ dưới đây."
        ) % {"minutes": guard.window // 60}
        return None, 429, [message]
    if request.POST.get("website"):
        guard.flag()
    proof_ok = not guard.flagged() or antiabuse.verify(request.POST.get("altcha", ""))
    if valid and proof_ok:
        question = actions.receive_question(
            acting_user=None,
            kind=kind,
            data=form.question_data(),
            attachments=form.cleaned_data.get("attachments") or [],
            site=receipts.request_site(request),
        )
        return question, 302, []
    if proof_ok:
        return None, 400, []
    message = _(
        "Cần xác minh bạn không phải máy gửi tự động: trình duyệt sẽ tự giải một phép tính trong "
        "vài giây (cần bật JavaScript), rồi bạn bấm «Gửi» lại. Nội dung bạn nhập vẫn được giữ."
    )
    return None, 400, [message]


@require_http_methods(["GET", "POST"])
def ask(request, kind: str = Question.Kind.QUESTION):
    """Đặt câu hỏi / gửi phản ánh: open 24/7 or on working days (``qa.intake``, ST-15.2); the question is
    committed before the receipt."""
    channel = _require_enabled(kind)
    guard = antiabuse.Guard(request, "ask")
    status = 200
    errors: list[str] = []
    reopens = intake_reopens(kind)
    if reopens and request.method == "POST":
        status = 400  # nothing is stored: the form says when to send the question again
        form = QuestionForm(kind=kind)
    elif request.method == "POST":
        # The form is read and checked before the write transaction: on SQLite a transaction holds the
        # one writer's lock from its BEGIN, and the other workers wait for it.
        form = QuestionForm(request.POST, request.FILES, kind=kind)
        valid = form.is_valid()
        question = None
        try:
            # The attempt is counted in the question's own transaction (one commit for both, issue 17);
            # a form refused or invalid commits the count alone.
            with ratelimit.atomic():
                question, status, refusals = _receive(request, kind, guard, form, valid)
        except DatabaseError:
            # Nothing was stored, the count included: no receipt, the person sends it again. The attempt
            # is counted on its own (unless the database refuses that too).
            logger.exception("Không lưu được câu hỏi gửi từ biểu mẫu công khai.")
            question, status, refusals = None, 503, [OVERLOADED]
            guard = antiabuse.Guard(request, "ask")  # what the first one learnt was rolled back
            try:
                guard.record_attempt()
            except DatabaseError:
                logger.exception("Không ghi được lượt gửi biểu mẫu công khai.")
        if question is not None:
            response = redirect("citizens:receipt")
            receipts.remember(response, question)
            return response
        errors.extend(str(message) for message in refusals)
    else:
        form = QuestionForm(kind=kind)
    context = {
        "channel": channel,
        "form": form,
        "errors": errors,
        "challenge": antiabuse.new_challenge() if guard.flagged() else None,
        "profile": get_profile(),
        "intake": get_profile()["qa.intake"],
        "may_reject": get_profile()["qa.may_reject"],
        "intake_reopens": reopens,
        "retention": get_profile().period(actions.PERSONAL_DATA_PERIOD),
        "answer_period": get_profile().period(actions.ANSWER_CLOCK),
        "disclaimer": get_profile()["qa.disclaimer"],
        "max_attachments": settings.CONG_CITIZENS_MAX_ATTACHMENTS,
        "max_attachment_mb": settings.CONG_CITIZENS_ATTACHMENT_MAX_BYTES // 1048576,
    }
    return render(request, "citizens/ask.html", context, status=status)


@never_cache  # the tracking code is for this browser only: no cache of Cổng's, nginx's or the browser's
@require_GET
def receipt(request):
    """Biên nhận: shown only after the question is in the database, to the browser that sent it."""
    question = receipts.received_question(request)
    if question is None:
        return redirect("citizens:ask")
    return HttpResponse(receipts.render(request, question))


@require_http_methods(["GET", "POST"])
def lookup(request):
    """Tra cứu bằng mã: status, deadline, messages, answer; correct or withdraw personal data (TT25-7)."""
    guard = antiabuse.Guard(request, "lookup")
    pk = request.session.get(LOOKUP_SESSION_KEY)
    question = Question.objects.filter(pk=pk).select_related("agency", "field").first() if pk else None
    status = 200
    form = LookupForm()
    personal_form = None
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if action == "find":
        form = LookupForm(request.POST)
        if guard.too_many():
            form.add_error(
                None,
                _("Quá nhiều lần tra cứu. Vui lòng thử lại sau %(minutes)s phút.")
                % {"minutes": guard.window // 60},
            )
            status = 429
        elif form.is_valid():
            code = normalise_code(form.cleaned_data["code"])
            found = Question.objects.filter(code=code).first() if code else None
            if found is None:
                guard.record_attempt()  # only wrong codes count: guessing is what we limit
                form.add_error(
                    "code", _("Không tìm thấy câu hỏi với mã này. Hãy kiểm tra lại mã trên biên nhận.")
                )
                status = 404
            else:
                request.session[LOOKUP_SESSION_KEY] = found.pk
                return redirect("citizens:lookup")
    elif action == "forget":
        request.session.pop(LOOKUP_SESSION_KEY, None)
        return redirect("citizens:lookup")
    elif action == "correct" and question is not None:
        personal_form = PersonalDataForm(request.POST, instance=Question.objects.get(pk=question.pk))
        if question.personal_data_erased_at:
            messages.error(request, _("Thông tin cá nhân đã được xoá; không thể sửa."))
            return redirect("citizens:lookup")
        if personal_form.is_valid():
            actions.correct_personal_data(question, personal_form.cleaned_data, acting_user=None)
            messages.success(request, _("Đã cập nhật thông tin cá nhân."))
            return redirect("citizens:lookup")
        status = 400
    elif action == "withdraw" and question is not None:
        if request.POST.get("confirm") == "yes":
            actions.withdraw_personal_data(question, acting_user=None)
            messages.success(
                request,
                _(
                    "Đã xoá thông tin cá nhân của bạn. Câu hỏi vẫn được xử lý; bạn xem kết quả tại đây bằng mã tra cứu."
                ),
            )
        else:
            messages.error(request, _("Hãy đánh dấu xác nhận nếu muốn xoá thông tin cá nhân."))
        return redirect("citizens:lookup")
    if question is not None and personal_form is None and not question.personal_data_erased_at:
        personal_form = PersonalDataForm(instance=question)
    answer = None
    if question is not None and question.status in Question.ANSWERED_STATUSES:
        answer = getattr(question, "answer", None)
        # A via-board answer reaches the asker when the board publishes it.
        if answer and question.status == Question.Status.ANSWERED and answer.mode != answer.Mode.DIRECT:
            answer = None
    context = {
        "form": form,
        "question": question,
        "answer": answer,
        "notices": list(question.notices.all()) if question else [],
        "progress": list(question.progress_notices.all()) if question else [],
        "personal_form": personal_form,
        "disclaimer": get_profile()["qa.disclaimer"],
    }
    return render(request, "citizens/lookup.html", context, status=status)


def petition_list(request):
    return published_list(request, kind=Question.Kind.PETITION)


def petition_detail(request, pk: int):
    return published_detail(request, pk, kind=Question.Kind.PETITION)


def petition_form(request):
    return ask(request, kind=Question.Kind.PETITION)
