"""Operator screens in the Wagtail admin (/quan-tri/): calendar entries and the active profile."""

from django.conf import settings
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .clock import working_calendar
from .models import CalendarAdjustment
from .profiles import SCHEMA, get_profile


class CalendarAdjustmentViewSet(SnippetViewSet):
    """Days off and make-up working days (ngày nghỉ, ngày làm bù) with their reason."""

    model = CalendarAdjustment
    icon = "date"
    menu_label = "Ngày nghỉ, ngày làm bù"
    menu_name = "calendar-adjustments"
    add_to_settings_menu = True
    menu_order = 210
    list_display = ["date", "kind", "reason", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["reason"]
    copy_view_enabled = False
    form_fields = ["date", "kind", "reason"]


register_snippet(CalendarAdjustmentViewSet)


class ActiveProfileView(WagtailAdminTemplateMixin, TemplateView):
    """The active regulation profile, read-only, every value with its clause and the file that set it."""

    template_name = "core/admin/profile.html"
    page_title = "Hồ sơ quy định đang áp dụng"
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = get_profile()
        groups: dict[str, list] = {}
        for key in SCHEMA:  # schema order follows PROVISIONS.md §3
            param = profile.param(key)
            groups.setdefault(key.split(".")[0], []).append(param)
        calendar = working_calendar(profile)
        context.update(
            profile=profile,
            setting=settings.CONG_PROFILE,
            groups=groups,
            operator_days=sorted(calendar.adjustments.items()),
        )
        return context


@hooks.register("register_admin_urls")
def register_profile_url():
    return [path("ho-so-quy-dinh/", ActiveProfileView.as_view(), name="core_active_profile")]


@hooks.register("register_settings_menu_item")
def register_profile_menu_item():
    return MenuItem("Hồ sơ quy định", reverse("core_active_profile"), icon_name="doc-full", order=200)
