"""Admin screens (/quan-tri/): projects, procurement notices, plans and budget documents, each a
``RegisterViewSet`` (an agency's staff see and file their agency's records only) with the posting clocks in
the list; «Đổi tình trạng» for a project and «Nhập bảng từ CSV» for a budget document call the actions."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cong.registers.admin import RegisterViewSet, with_posting
from cong.registers.posting import posting_states

from . import access
from .actions import ActionError, NotAllowed, change_project_status, import_budget_table
from .models import BudgetDocument, Plan, ProcurementNotice, Project


class ProjectViewSet(RegisterViewSet):
    model = Project
    icon = "site"
    menu_label = _("Dự án")
    menu_name = "projects"
    list_display = with_posting(Project, ["name", "agency", "status", "approved_on", "live"])
    list_filter = ["status", "funding_type", "live"]
    search_fields = ["name", "search_folded"]


class ProcurementNoticeViewSet(RegisterViewSet):
    model = ProcurementNotice
    icon = "doc-full"
    menu_label = _("Đấu thầu, mua sắm công")
    menu_name = "procurement"
    list_display = with_posting(ProcurementNotice, ["title", "kind", "published_on", "closes_at", "live"])
    list_filter = ["kind", "live"]
    search_fields = ["title", "search_folded"]


class PlanViewSet(RegisterViewSet):
    model = Plan
    icon = "doc-full-inverse"
    menu_label = _("Chiến lược, quy hoạch, kế hoạch")
    menu_name = "plans"
    list_display = with_posting(Plan, ["title", "kind", "approved_on", "live"])
    list_filter = ["kind", "live"]
    search_fields = ["title", "search_folded"]


class BudgetDocumentViewSet(RegisterViewSet):
    model = BudgetDocument
    icon = "table"
    menu_label = _("Công khai ngân sách")
    menu_name = "budget"
    list_display = ["title", "year", "kind", "agency", "live"]
    list_filter = ["year", "kind", "live"]
    search_fields = ["title", "search_folded"]


class ProjectsGroup(SnippetViewSetGroup):
    items = (ProjectViewSet, ProcurementNoticeViewSet, PlanViewSet, BudgetDocumentViewSet)
    menu_icon = "site"
    menu_label = _("Dự án, quy hoạch, ngân sách")
    menu_name = "projects-group"
    menu_order = 260


register_snippet(ProjectsGroup)


@hooks.register("register_log_actions")
def register_projects_log_actions(actions):
    actions.register_action("projects.created", _("Nhập thông tin"), _("Đã nhập thông tin"))
    actions.register_action(
        "projects.status_changed", _("Đổi tình trạng dự án"), _("Đã đổi tình trạng dự án")
    )
    actions.register_action(
        "projects.budget_imported", _("Nhập bảng ngân sách từ CSV"), _("Đã nhập bảng ngân sách")
    )


# --- Action screens ----------------------------------------------------------------------------------------


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Tình trạng mới"), choices=Project.Status.choices)
    approved_on = forms.DateField(
        label=_("Ngày phê duyệt"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "Bắt buộc khi dự án chuyển sang đang thực hiện hoặc hoàn thành mà chưa có ngày phê duyệt "
            "(BK-3.3.i)."
        ),
    )


class CsvForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp CSV"),
        help_text=_(
            "Dòng đầu là tiêu đề: STT; Nội dung; Số tiền (phân cách bằng dấu phẩy, chấm phẩy hoặc tab). "
            "Số tiền viết kiểu Việt Nam (1.234.567 hoặc 1.234,5). Bảng cũ được thay bằng bảng trong tệp."
        ),
    )


class RecordActionView(WagtailAdminTemplateMixin, FormView):
    """A form that calls one action on one record; ``NotAllowed`` is a 403, ``ActionError`` a message."""

    template_name = "projects/admin/action.html"
    header_icon = "site"
    model = None
    action = ""

    def dispatch(self, request, *args, pk, **kwargs):
        self.record = get_object_or_404(self.model, pk=pk)
        if self.action not in access.available_actions(request.user, self.record):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["record"] = self.record
        context["posting"] = posting_states(self.record)
        context["edit_url"] = reverse(self.record.snippet_viewset.get_url_name("edit"), args=[self.record.pk])
        return context

    def form_valid(self, form):
        try:
            message = self.run(form.cleaned_data)
        except NotAllowed as error:
            raise PermissionDenied(str(error)) from error
        except ActionError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(self.record.snippet_viewset.get_url_name("list"))


class ProjectStatusView(RecordActionView):
    form_class = StatusForm
    model = Project
    action = access.CHANGE_STATUS

    def get_page_title(self):
        return gettext("Đổi tình trạng dự án: %(name)s") % {"name": self.record.name}

    def get_initial(self):
        return {"status": self.record.status, "approved_on": self.record.approved_on}

    def run(self, data) -> str:
        project = change_project_status(
            self.record, data["status"], acting_user=self.request.user, approved_on=data["approved_on"]
        )
        return gettext("Dự án «%(name)s» chuyển sang tình trạng «%(status)s».") % {
            "name": project.name,
            "status": project.get_status_display(),
        }


class BudgetImportView(RecordActionView):
    form_class = CsvForm
    model = BudgetDocument
    action = access.IMPORT_TABLE
    header_icon = "table"

    def get_page_title(self):
        return gettext("Nhập bảng từ CSV: %(title)s") % {"title": self.record.title}

    def run(self, data) -> str:
        count = import_budget_table(self.record, data["file"].read(), acting_user=self.request.user)
        return gettext("Đã nhập %(count)s dòng vào bảng «%(title)s».") % {
            "count": count,
            "title": self.record.title,
        }


@hooks.register("register_admin_urls")
def register_projects_admin_urls():
    return [
        path("du-an/<int:pk>/tinh-trang/", ProjectStatusView.as_view(), name="projects_status"),
        path("ngan-sach/<int:pk>/nhap-csv/", BudgetImportView.as_view(), name="projects_budget_import"),
    ]


@hooks.register("register_snippet_listing_buttons")
def projects_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Project) and access.CHANGE_STATUS in access.available_actions(user, snippet):
        yield ListingButton(
            gettext("Đổi tình trạng"), reverse("projects_status", args=[snippet.pk]), priority=80
        )
    if isinstance(snippet, BudgetDocument) and access.IMPORT_TABLE in access.available_actions(user, snippet):
        yield ListingButton(
            gettext("Nhập bảng từ CSV"), reverse("projects_budget_import", args=[snippet.pk]), priority=80
        )
