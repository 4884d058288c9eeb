"""Admin screens (/quan-tri/): science programmes, statistics releases (with the figures file), electronic
document exchange, each with its posting state (``cong.registers.posting.posting_states``)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cong.registers.admin import PostingColumn, RegisterViewSet

from . import access
from .actions import StatisticsError, import_edoc
from .models import EdocExchange, ScienceProgramme, StatisticsRelease
from .views import edoc_published

POSTING = PostingColumn()


class ScienceProgrammeViewSet(RegisterViewSet):
    model = ScienceProgramme
    icon = "doc-full"
    menu_label = _("Khoa học và công nghệ")
    menu_name = "science-programmes"
    list_display = ["code", "name", "level", "approved_on", "accepted_on", POSTING, "live"]
    list_filter = ["level", "live"]
    search_fields = ["code", "name", "search_folded"]


class StatisticsReleaseViewSet(RegisterViewSet):
    model = StatisticsRelease
    icon = "table"
    menu_label = _("Thông tin thống kê")
    menu_name = "statistics-releases"
    list_display = ["title", "provider", "period", "decided_on", POSTING, "live"]
    list_filter = ["live"]
    search_fields = ["title", "search_folded"]


class EdocExchangeViewSet(RegisterViewSet):
    model = EdocExchange
    icon = "mail"
    menu_label = _("Văn bản điện tử")
    menu_name = "edoc-exchange"
    list_display = [
        "__str__",
        "sent_electronic",
        "sent_total",
        "received_electronic",
        "received_total",
        "live",
    ]
    list_filter = ["period_kind", "year", "live"]


class StatisticsGroup(SnippetViewSetGroup):
    items = (ScienceProgrammeViewSet, StatisticsReleaseViewSet, EdocExchangeViewSet)
    menu_icon = "table"
    menu_label = _("Thống kê, khoa học")
    menu_name = "statistics"
    menu_order = 290


register_snippet(StatisticsGroup)


@hooks.register("register_log_actions")
def register_statistics_log_actions(actions):
    actions.register_action("statistics.saved", _("Lưu mục thống kê, khoa học"), _("Đã lưu"))
    actions.register_action(
        "statistics.results_recorded", _("Công bố kết quả nghiệm thu"), _("Đã công bố kết quả")
    )
    actions.register_action("statistics.edoc_saved", _("Nhập số liệu văn bản điện tử"), _("Đã nhập số liệu"))
    actions.register_action(
        "statistics.edoc_imported",
        _("Nhập tệp số liệu văn bản điện tử"),
        _("Đã nhập tệp số liệu văn bản điện tử"),
    )


class EdocImportView(WagtailAdminTemplateMixin, TemplateView):
    """Nhập tệp số liệu văn bản điện tử (HG-11.2): the CSV export of the provincial document system, all
    rows or none, through ``import_edoc``."""

    template_name = "statistics/admin/edoc_import.html"
    page_title = _("Nhập số liệu văn bản điện tử")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_import_edoc(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["published"] = edoc_published()
        return context

    def post(self, request, *args, **kwargs):
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, gettext("Hãy chọn tệp CSV để nhập."))
            return redirect("statistics_edoc_import")
        if upload.size > MAX_IMPORT_BYTES:
            messages.error(request, gettext("Tệp «%(name)s» lớn hơn 5 MB.") % {"name": upload.name})
            return redirect("statistics_edoc_import")
        try:
            records = import_edoc(upload.name, upload.read(), acting_user=request.user)
        except StatisticsError as error:
            messages.error(request, gettext("Không nhập tệp: %(error)s") % {"error": error})
        else:
            periods = ", ".join(sorted({r.period_label for r in records}))
            messages.success(
                request,
                gettext("Đã nhập %(count)s dòng số liệu văn bản điện tử (%(periods)s).")
                % {"count": len(records), "periods": periods},
            )
        return redirect("statistics_edoc_import")


MAX_IMPORT_BYTES = 5 * 1024 * 1024


@hooks.register("register_admin_urls")
def register_statistics_admin_urls():
    return [path("van-ban-dien-tu/nhap/", EdocImportView.as_view(), name="statistics_edoc_import")]


class EdocImportMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_import_edoc(request.user)


@hooks.register("register_admin_menu_item")
def register_edoc_import_menu_item():
    return EdocImportMenuItem(
        _("Nhập số liệu văn bản điện tử"),
        reverse("statistics_edoc_import"),
        icon_name="upload",
        order=291,
    )
