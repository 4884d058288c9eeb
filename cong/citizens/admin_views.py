"""Staff screens in the Wagtail admin (/quan-tri/hoi-dap/): the board's and agencies' queues, one
question with its clocks and actions, the overdue list, reports with CSV/XLSX export, delegations.

Every button posts to ``QuestionDetailView`` which calls one function of ``cong.citizens.actions``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from cong.agencies.models import Agency, AgencyStaff, agency_of
from cong.core.clocks import clocks_for
from cong.core.profiles import get_profile
from cong.core.storage import private_file_response

from . import actions, reports
from .models import Answer, AnswerDelegation, Attachment, Field, Question

# --- Forms of the actions ---------------------------------------------------------------------------


class RouteForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Cơ quan có thẩm quyền"), queryset=Agency.objects.all()
    )
    field = forms.ModelChoiceField(
        label=gettext_lazy("Lĩnh vực"), queryset=Field.objects.all(), required=False
    )
    policy_group = forms.CharField(
        label=gettext_lazy("Nhóm chính sách (ST-24.4)"), max_length=120, required=False
    )
    socio_economic = forms.BooleanField(
        label=gettext_lazy("Vấn đề quản lý kinh tế – xã hội (bắt buộc đăng)"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        required = get_profile().param("qa.classification")
        for name in ("field", "policy_group"):
            if name in required.value:
                self.fields[name].required = True
                self.fields[name].help_text = _("Bắt buộc theo %(source)s.") % {"source": required.source}


class RefuseForm(forms.Form):
    refusal = forms.ChoiceField(label=gettext_lazy("Lý do"), choices=Question.Refusal.choices)
    reason = forms.CharField(
        label=gettext_lazy("Giải thích gửi người hỏi"), widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        grounds = get_profile().param("qa.may_reject")  # ST-24.1, ST-24.7: only violations
        self.fields["refusal"].choices = [c for c in Question.Refusal.choices if c[0] in grounds.value]
        self.fields["refusal"].help_text = _("Các lý do được từ chối theo %(source)s.") % {
            "source": grounds.source
        }


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Vì sao không thuộc thẩm quyền; cơ quan có thẩm quyền (nếu biết)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TransferForm(forms.Form):
    """Chuyển câu hỏi không thuộc thẩm quyền (ST-24.3): to a named agency, or to the routing body."""

    agency = forms.ModelChoiceField(
        label=gettext_lazy("Cơ quan có thẩm quyền"),
        queryset=Agency.objects.all(),
        required=False,
        empty_label=gettext_lazy("Chưa rõ cơ quan nào"),
    )
    reason = forms.CharField(
        label=gettext_lazy("Vì sao không thuộc thẩm quyền (gửi người hỏi)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, question: Question, **kwargs):
        super().__init__(*args, **kwargs)
        router = get_profile().param("qa.default_router")
        self.fields["agency"].queryset = Agency.objects.exclude(pk=question.agency_id)
        self.fields["agency"].empty_label = _("Chưa rõ cơ quan nào: gửi %(router)s (%(source)s)") % {
            "router": router.value,
            "source": router.source,
        }


class NotifyReturnForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("Nội dung thông báo người hỏi"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )


class ProgressForm(forms.Form):
    message = forms.CharField(label=gettext_lazy("Tình hình xử lý"), widget=forms.Textarea(attrs={"rows": 3}))
    new_date = forms.DateField(
        label=gettext_lazy("Ngày hẹn trả lời"), widget=forms.DateInput(attrs={"type": "date"})
    )


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Nội dung trả lời (ngắn gọn, đúng trọng tâm)"),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    mode = forms.ChoiceField(
        label=gettext_lazy("Hình thức"), choices=Answer.Mode.choices, initial=Answer.Mode.VIA_BOARD
    )
    signer_name = forms.CharField(label=gettext_lazy("Người ký"), max_length=255, required=False)
    signer_position = forms.CharField(label=gettext_lazy("Chức vụ"), max_length=255, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = get_profile()["qa.publication"]  # HG-8.5: through the board only; LC-13.4: also direct
        self.fields["mode"].choices = [c for c in Answer.Mode.choices if c[0] in allowed]


class CitationForm(forms.Form):
    number_symbol = forms.CharField(label=gettext_lazy("Số, ký hiệu"), max_length=80, required=False)
    summary = forms.CharField(label=gettext_lazy("Trích yếu"), max_length=500, required=False)
    issued_on = forms.DateField(
        label=gettext_lazy("Ngày ban hành"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    issuer = forms.CharField(label=gettext_lazy("Cơ quan ban hành"), max_length=255, required=False)

    def clean(self):
        data = super().clean()
        filled = [data.get(k) for k in ("number_symbol", "summary", "issued_on", "issuer")]
        if any(filled) and not all(filled):
            raise forms.ValidationError(
                _("Văn bản viện dẫn cần đủ số ký hiệu, trích yếu, ngày ban hành và cơ quan ban hành.")
            )
        return data


CitationFormSet = forms.formset_factory(CitationForm, extra=3, max_num=10)


class UnpublishForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Lý do gỡ"), max_length=300)


# --- Access -----------------------------------------------------------------------------------------


def visible_questions(user):
    """The board sees every question; the agency's head and question handlers see those routed to their
    agency (LC-25.1.a). A web role on the agency's member portal sees none."""
    qs = Question.objects.select_related("agency", "field")
    if actions.is_board(user):
        return qs
    staff = actions.question_staff(user)
    if staff is None:
        raise PermissionDenied(_("Chỉ Ban Biên tập và cán bộ cơ quan xử lý được xem câu hỏi."))
    return qs.filter(agency_id=staff.agency_id)


def can_use_citizens_admin(user) -> bool:
    return actions.is_board(user) or actions.question_staff(user) is not None


class CitizensAdminView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not can_use_citizens_admin(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]


class QuestionListView(CitizensAdminView):
    """Hàng đợi: new, routed, returned, overdue… with filters."""

    template_name = "citizens/admin/list.html"
    page_title = gettext_lazy("Hỏi – Đáp, phản ánh kiến nghị")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        # Who sees what is asked once; the list and both counts filter the same queryset.
        visible = visible_questions(request.user)
        board = actions.is_board(request.user)
        qs = visible
        status = request.GET.get("status", "")
        kind = request.GET.get("kind", "")
        agency = request.GET.get("agency", "")
        overdue = request.GET.get("overdue") == "1"
        if status in Question.Status.values:
            qs = qs.filter(status=status)
        if kind in Question.Kind.values:
            qs = qs.filter(kind=kind)
        if agency:
            qs = qs.filter(agency__code=agency)
        if overdue:
            qs = qs.overdue()
        if q := request.GET.get("q", "").strip():
            from cong.core.text import fold

            for term in fold(q).split():
                qs = qs.filter(search_text__contains=term)
        now = timezone.now()
        context.update(
            rows=qs.order_by("answer_due_at" if overdue else "-received_at")[:200],
            statuses=Question.Status.choices,
            kinds=Question.Kind.choices,
            agencies=Agency.objects.all() if board else [],
            selected={
                "status": status,
                "kind": kind,
                "agency": agency,
                "overdue": overdue,
                "q": request.GET.get("q", ""),
            },
            overdue_count=visible.overdue(now).count(),
            returned_count=visible.filter(status=Question.Status.RETURNED).count(),
            now=now,
            is_board=board,
        )
        if overdue:
            self.page_title = _("Câu hỏi quá hạn trả lời")
        return context


# --- One question: its buttons and what each posts to -------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One button of the question's page: the forms it shows, and the action it runs when they are valid.

    ``forms(question, data)`` gives the forms (unbound without ``data``); ``run(question, user, forms)``
    calls the action and returns the message shown after it.
    """

    forms: Callable[..., dict] = lambda question, data=None: {}
    run: Callable[..., str] = None
    back_to_list: bool = False


def _route_forms(question, data=None):
    initial = {
        "field": question.field_id,
        "policy_group": question.policy_group,
        "socio_economic": question.socio_economic,
        "agency": getattr(getattr(question.site, "agency", None), "pk", None),
    }
    return {"route": RouteForm(data) if data is not None else RouteForm(initial=initial)}


def _route(question, user, forms):
    d = forms["route"].cleaned_data
    actions.route_question(question, d["agency"], acting_user=user, field=d["field"],
                           policy_group=d["policy_group"], socio_economic=d["socio_economic"])  # fmt: skip
    return _("Đã chuyển đến %(agency)s.") % {"agency": d["agency"]}


def _refuse(question, user, forms):
    d = forms["refuse"].cleaned_data
    actions.refuse_question(question, d["refusal"], d["reason"], acting_user=user)
    return _("Đã từ chối và thông báo người hỏi.")


def _return(question, user, forms):
    actions.return_question(question, forms["return"].cleaned_data["reason"], acting_user=user)
    return _("Đã trả lại Ban Biên tập.")


def _transfer(question, user, forms):
    d = forms["transfer"].cleaned_data
    actions.transfer_question(question, acting_user=user, to_agency=d["agency"], reason=d["reason"])
    where = question.agency if question.is_open else _("Ban Biên tập")
    return _("Đã báo người hỏi và chuyển câu hỏi đến %(where)s.") % {"where": where}


def _notify_return(question, user, forms):
    actions.notify_asker_of_return(question, forms["notify_return"].cleaned_data["message"], acting_user=user)
    return _("Đã thông báo người hỏi.")


def _progress(question, user, forms):
    d = forms["progress"].cleaned_data
    actions.send_progress_notice(question, d["message"], d["new_date"], acting_user=user)
    return _("Đã gửi thông báo tiến độ.")


def _answer_forms(question, data=None):
    if data is None:
        return {"answer": AnswerForm(), "citations": CitationFormSet(prefix="cit")}
    return {"answer": AnswerForm(data), "citations": CitationFormSet(data, prefix="cit")}


def _answer(question, user, forms):
    citations = [
        actions.CitationIn(c["number_symbol"], c["summary"], c["issued_on"], c["issuer"])
        for c in forms["citations"].cleaned_data
        if c and c.get("number_symbol")
    ]
    d = forms["answer"].cleaned_data
    actions.answer_question(question, d["body"], acting_user=user, citations=citations, mode=d["mode"],
                            signer_name=d["signer_name"], signer_position=d["signer_position"])  # fmt: skip
    return _("Đã gửi câu trả lời.")


def _publish(question, user, forms):
    actions.publish_answer(question, acting_user=user)
    return _("Đã đăng câu hỏi và câu trả lời.")


def _close(question, user, forms):
    actions.close_question(question, acting_user=user)
    return _("Đã kết thúc câu hỏi (không đăng).")


def _unpublish(question, user, forms):
    actions.unpublish_answer(question, forms["unpublish"].cleaned_data["reason"], acting_user=user)
    return _("Đã gỡ khỏi danh sách công khai.")


def _one(name, form_class):
    """The forms of a step with one form that needs nothing of the question."""
    return lambda question, data=None: {name: form_class(data) if data is not None else form_class()}


# The posted ``action`` → its step. Which steps a user sees comes from ``actions.available_actions``.
STEPS: dict[str, Step] = {
    "route": Step(_route_forms, _route),
    "refuse": Step(_one("refuse", RefuseForm), _refuse),
    "notify_return": Step(_one("notify_return", NotifyReturnForm), _notify_return),
    "transfer": Step(
        lambda q, data=None: {"transfer": TransferForm(data, question=q)}, _transfer, back_to_list=True
    ),  # fmt: skip
    "return": Step(_one("return", ReturnForm), _return, back_to_list=True),
    "progress": Step(_one("progress", ProgressForm), _progress),
    "answer": Step(_answer_forms, _answer),
    "publish": Step(run=_publish),
    "close": Step(run=_close),
    "unpublish": Step(_one("unpublish", UnpublishForm), _unpublish),
}
assert set(STEPS) == set(actions.RULES), "every action of the rules has its button, and no other"


class QuestionDetailView(CitizensAdminView):
    template_name = "citizens/admin/detail.html"
    page_title = gettext_lazy("Xử lý câu hỏi")

    def get_question(self) -> Question:
        return get_object_or_404(visible_questions(self.request.user), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        question = kwargs.get("question") or self.get_question()
        user = self.request.user
        agency = agency_of(user)
        bound = kwargs.get("forms", {})
        available = {}
        for name in actions.available_actions(user, question):
            available.update(STEPS[name].forms(question) or {name: True})
        available.update({key: form for key, form in bound.items() if key in available})
        if "transfer" in available:
            context["transfer_notice_due"] = actions.transfer_notice_due(question)
        status = question.status
        context.update(
            question=question,
            answer=getattr(question, "answer", None) if status in Question.ANSWERED_STATUSES else None,
            clocks=list(clocks_for(question)),
            history=ModelLogEntry.objects.filter(
                content_type__app_label="citizens", content_type__model="question", object_id=str(question.pk)
            )
            .select_related("user")
            .order_by("timestamp", "pk"),
            progress=list(question.progress_notices.all()),
            notices=list(question.notices.all()),
            attachments=list(question.attachments.all()),
            forms=available,
            can_answer=actions.can_submit_answer(user, question),
            who_may_answer=actions.who_may_answer(),
            own=agency is not None and agency.pk == question.agency_id,
            board=actions.is_board(user),
            now=timezone.now(),
        )
        self.page_title = f"{question.reference}: {question.title}"
        return context

    def post(self, request, *args, **kwargs):
        """Dispatch the posted action to its step; the action's own check (the rules that also chose the
        buttons) refuses a user who may not: a 403 with the Vietnamese reason, or the message for a
        question in the wrong state."""
        question = self.get_question()
        name = request.POST.get("action", "")
        step = STEPS.get(name)
        bound = {}
        try:
            if step is None:
                raise actions.ActionError(_("Thao tác không hợp lệ."))
            actions.check_action(name, request.user, question)
            bound = step.forms(question, request.POST)
            if all([form.is_valid() for form in bound.values()]):  # every form shows its errors
                message = step.run(question, request.user, bound)
                messages.success(request, message)
                if step.back_to_list:
                    return redirect("citizens_admin_list")
                return redirect("citizens_admin_detail", pk=question.pk)
        except actions.NotAllowed as error:
            raise PermissionDenied(str(error)) from error
        except actions.ActionError as error:
            messages.error(request, str(error))
        question.refresh_from_db()
        context = self.get_context_data(question=question, forms=bound)
        return self.render_to_response(context, status=400)


# --- Reports (ST-24.4, LC-26.1) -----------------------------------------------------------------------


class ReportForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("Từ ngày"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=gettext_lazy("Đến ngày"), widget=forms.DateInput(attrs={"type": "date"}))
    group = forms.ChoiceField(label="Theo", choices=reports.GROUPS.items())
    kind = forms.ChoiceField(
        label=gettext_lazy("Loại"),
        choices=[("", gettext_lazy("Câu hỏi và phản ánh")), *Question.Kind.choices],
        required=False,
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("Ngày kết thúc phải sau ngày bắt đầu."))
        return data


class ReportView(CitizensAdminView):
    template_name = "citizens/admin/report.html"
    page_title = gettext_lazy("Báo cáo hỏi – đáp")

    def dispatch(self, request, *args, **kwargs):
        if not (
            request.user.has_perm("citizens.view_question_reports")
            or actions.question_staff(request.user) is not None
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        today = timezone.localdate()
        quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        form = ReportForm(request.GET or {"start": quarter_start, "end": today, "group": "agency"})
        if not form.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form, table=None), status=400 if request.GET else 200
            )
        d = form.cleaned_data
        agency = None if request.user.has_perm("citizens.view_question_reports") else agency_of(request.user)
        table = reports.build(d["start"], d["end"], d["group"], kind=d["kind"] or None, agency=agency)
        fmt = request.GET.get("format")
        if fmt == "csv":
            return _csv_response(table, d)
        if fmt == "xlsx":
            return _xlsx_response(table, d)
        return self.render_to_response(self.get_context_data(form=form, table=table))


def _filename(d, ext: str) -> str:
    return f"bao-cao-hoi-dap-{d['start']:%Y%m%d}-{d['end']:%Y%m%d}.{ext}"


def _csv_response(table: reports.Table, d) -> HttpResponse:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # Excel opens UTF-8 Vietnamese correctly only with a BOM
    writer = csv.writer(buffer)
    writer.writerow(table.header)
    writer.writerows(table.rows_as_lists())
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(d, "csv")}"'
    return response


def _xlsx_response(table: reports.Table, d) -> HttpResponse:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _("Hỏi – Đáp")
    sheet.append(
        [
            _("Báo cáo hỏi – đáp từ %(start)s đến %(end)s")
            % {"start": f"{d['start']:%d/%m/%Y}", "end": f"{d['end']:%d/%m/%Y}"}
        ]
    )
    sheet.append(table.header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in table.rows_as_lists():
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(d, "xlsx")}"'
    return response


# --- Attachments (tệp đính kèm: private) ----------------------------------------------------------


def attachment_download(request, pk: int):
    """Tải tệp đính kèm: only for the staff who handle the question (``actions.handles``); every download
    is in the audit log. Anyone else gets the same 404 as for a file that does not exist."""
    attachment = get_object_or_404(Attachment.objects.select_related("question"), pk=pk)
    if not actions.handles(request.user, attachment.question):
        raise Http404(_("Không có tệp đính kèm này."))
    if not attachment.file or not attachment.file.storage.exists(attachment.file.name):
        raise Http404(
            _("Tệp đính kèm không còn trong kho lưu trữ (đã xoá theo yêu cầu hoặc hết thời hạn lưu).")
        )
    log(
        attachment.question, "citizens.download_attachment", user=request.user, data={"name": attachment.name}
    )
    return private_file_response(attachment.file, attachment.name)


# --- Delegations (ST-15.6) ----------------------------------------------------------------------------


class DelegationForm(forms.Form):
    delegate = forms.ModelChoiceField(
        label=gettext_lazy("Cán bộ được ủy quyền"), queryset=AgencyStaff.objects.none()
    )
    valid_from = forms.DateField(
        label=gettext_lazy("Từ ngày"), widget=forms.DateInput(attrs={"type": "date"})
    )
    valid_until = forms.DateField(
        label=gettext_lazy("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, agency=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["delegate"].queryset = AgencyStaff.objects.filter(
            agency=agency, is_head=False, handles_questions=True
        ).select_related("user")


class DelegationView(CitizensAdminView):
    template_name = "citizens/admin/delegations.html"
    page_title = gettext_lazy("Ủy quyền trả lời câu hỏi")

    def head_staff(self):
        return (
            AgencyStaff.objects.filter(user=self.request.user, is_head=True).select_related("agency").first()
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        staff = self.head_staff()
        agency = staff.agency if staff else agency_of(self.request.user)
        context.update(
            is_head=staff is not None,
            allowed=get_profile()["qa.answer_delegation"],
            source=get_profile().param("qa.answer_delegation").source,
            delegations=AnswerDelegation.objects.filter(agency=agency).select_related(
                "delegate", "granted_by"
            )
            if agency
            else [],
            form=kwargs.get("form")
            or (
                DelegationForm(agency=agency, initial={"valid_from": timezone.localdate()}) if staff else None
            ),
        )
        return context

    def post(self, request, *args, **kwargs):
        staff = self.head_staff()
        if staff is None:
            raise PermissionDenied(_("Chỉ thủ trưởng cơ quan được ủy quyền."))
        if "revoke" in request.POST:
            delegation = get_object_or_404(AnswerDelegation, pk=request.POST["revoke"], agency=staff.agency)
            actions.revoke_answer_delegation(delegation, acting_user=request.user)
            messages.success(request, _("Đã thu hồi ủy quyền."))
            return redirect("citizens_admin_delegations")
        form = DelegationForm(request.POST, agency=staff.agency)
        if form.is_valid():
            try:
                actions.grant_answer_delegation(
                    form.cleaned_data["delegate"].user,
                    form.cleaned_data["valid_from"],
                    form.cleaned_data["valid_until"],
                    acting_user=request.user,
                )
            except actions.ActionError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Đã ủy quyền trả lời."))
                return redirect("citizens_admin_delegations")
        return self.render_to_response(self.get_context_data(form=form), status=400)
