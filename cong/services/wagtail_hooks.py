"""Admin screens (/quan-tri/): the procedure catalogue, its fields, the dossiers received and the syncs."""

import tempfile
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cong.registers.admin import PostingColumn, RegisterViewSet

from . import access, compliance
from .actions import ActionError, import_procedures_file
from .adapters import AdapterError, import_dossiers_file
from .importer import ImportRefused
from .models import Dossier, DossierSync, Procedure, ProcedureField


class ProcedureViewSet(RegisterViewSet):
    model = Procedure
    icon = "list-ul"
    menu_label = _("Thủ tục hành chính")
    menu_name = "procedures"
    list_display = [
        "code", "name", "field", "government_level", "agency", "online_level", "retired", "live", PostingColumn()
    ]  # fmt: skip

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("field")

    list_filter = ["government_level", "online_level", "retired", "live", "field"]
    search_fields = ["code", "name", "search_folded"]
    list_per_page = 50


class ProcedureFieldViewSet(SnippetViewSet):
    model = ProcedureField
    icon = "tag"
    menu_label = _("Lĩnh vực thủ tục")
    menu_name = "procedure-fields"
    list_display = ["name", "slug"]
    copy_view_enabled = False


class DossierViewSet(SnippetViewSet):
    model = Dossier
    icon = "folder-open-inverse"
    menu_label = _("Hồ sơ (tiến độ)")
    menu_name = "dossiers"
    list_display = ["code", "procedure_name", "agency", "received_on", "due_on", "status"]
    list_filter = ["status", "agency", "source"]
    search_fields = ["code", "procedure_code"]
    add_view_enabled = False  # dossiers come from the dossier system (cong services dossiers / sync-dossiers)
    copy_view_enabled = False
    inspect_view_enabled = True
    # The status and dates are the dossier system's: only the matching to a registered agency and procedure
    # may be corrected here.
    panels = [FieldPanel("agency"), FieldPanel("procedure")]

    def get_queryset(self, request):
        return Dossier.objects.select_related("agency")


class DossierSyncViewSet(SnippetViewSet):
    model = DossierSync
    icon = "resubmit"
    menu_label = _("Đồng bộ hồ sơ")
    menu_name = "dossier-syncs"
    list_display = ["adapter", "last_success_at", "last_failure_at", "last_error", "last_count"]
    add_view_enabled = False
    copy_view_enabled = False
    panels = []


class ServicesGroup(SnippetViewSetGroup):
    items = (ProcedureViewSet, ProcedureFieldViewSet, DossierViewSet, DossierSyncViewSet)
    menu_icon = "list-ul"
    menu_label = _("Thủ tục hành chính")
    menu_name = "services"
    menu_order = 260


register_snippet(ServicesGroup)


@hooks.register("register_log_actions")
def register_services_log_actions(actions):
    actions.register_action("services.procedure_added", _("Thêm thủ tục từ tệp"), _("Đã thêm thủ tục từ tệp"))
    actions.register_action(
        "services.procedure_changed", _("Cập nhật thủ tục từ tệp"), _("Đã cập nhật thủ tục từ tệp")
    )
    actions.register_action(
        "services.procedure_retired", _("Thủ tục không còn trong danh mục"), _("Đã đánh dấu thủ tục bãi bỏ")
    )
    actions.register_action(
        "services.dossiers_received", _("Nhận hồ sơ"), _("Đã nhận hồ sơ từ hệ thống một cửa")
    )
    actions.register_action("services.dossiers_failed", _("Lỗi đồng bộ hồ sơ"), _("Đồng bộ hồ sơ bị lỗi"))


class ComplianceView(WagtailAdminTemplateMixin, TemplateView):
    """Kiểm tra dịch vụ công: agencies with no procedure (LC-4.1), member portals below the minimum online
    level (ST-14.1.b–c). For the provincial board (who may import the catalogue)."""

    template_name = "services/admin/compliance.html"
    page_title = _("Kiểm tra dịch vụ công")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["findings"] = compliance.findings()
        context["min_level"] = compliance.min_level()
        return context


MAX_IMPORT_BYTES = 20 * 1024 * 1024


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    """Nhập danh mục thủ tục, hồ sơ: the same actions as ``cong services import`` / ``dossiers`` for the board
    and the Office's one-stop staff (KT-10.5) who do not use the command line."""

    template_name = "services/admin/import.html"
    page_title = _("Nhập thủ tục, hồ sơ")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def post(self, request, *args, **kwargs):
        upload = request.FILES.get("file")
        kind = request.POST.get("kind")
        suffix = Path(upload.name).suffix.lower() if upload else ""
        if upload is None or upload.size > MAX_IMPORT_BYTES or kind not in ("procedures", "dossiers"):
            messages.error(request, gettext("Hãy chọn một tệp (tối đa 20 MB)."))
            return redirect("services_import")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, f"tep{suffix}")
            with path.open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            try:
                if kind == "procedures":
                    report = import_procedures_file(path, acting_user=request.user)
                    messages.success(
                        request, gettext("%(file)s: %(report)s.") % {"file": upload.name, "report": report}
                    )
                else:
                    changed = import_dossiers_file(path, acting_user=request.user)
                    messages.success(
                        request,
                        gettext("%(file)s: %(count)s hồ sơ thêm hoặc thay đổi.")
                        % {"file": upload.name, "count": changed},
                    )
            except (ImportRefused, ActionError, AdapterError) as error:
                messages.error(
                    request,
                    gettext("%(file)s bị từ chối, không có gì được ghi — %(error)s")
                    % {"file": upload.name, "error": error},
                )
        return redirect("services_import")


@hooks.register("register_admin_urls")
def register_services_admin_urls():
    return [
        path("thu-tuc-hanh-chinh/kiem-tra/", ComplianceView.as_view(), name="services_compliance"),
        path("thu-tuc-hanh-chinh/nhap/", ImportView.as_view(), name="services_import"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Nhập thủ tục, hồ sơ"), reverse("services_import"), icon_name="upload", order=262)


class ComplianceMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_import(request.user)


@hooks.register("register_admin_menu_item")
def register_compliance_menu_item():
    return ComplianceMenuItem(
        _("Kiểm tra dịch vụ công"), reverse("services_compliance"), icon_name="warning", order=261
    )
