"""Operator screens in the Wagtail admin (/quan-tri/): calendar entries and the active profile."""

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .actions import CONFIRM_ACTION, CalendarActionError, confirm_estimated_day
from .clock import working_calendar
from .models import CalendarAdjustment
from .profiles import PLANNED, PROFILE_SECTIONS, SCHEMA, get_profile


class CalendarAdjustmentViewSet(SnippetViewSet):
    """Days off and make-up working days (ngày nghỉ, ngày làm bù) with their reason."""

    model = CalendarAdjustment
    icon = "date"
    menu_label = gettext_lazy("Ngày nghỉ, ngày làm bù")
    menu_name = "calendar-adjustments"
    add_to_settings_menu = True
    menu_order = 210
    list_display = ["date", "kind", "reason", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["reason"]
    copy_view_enabled = False
    form_fields = ["date", "kind", "reason"]


register_snippet(CalendarAdjustmentViewSet)


def _section(key: str) -> str:
    first = key.split(".")[0]
    return next((title for title, firsts in PROFILE_SECTIONS if first in firsts), _("Khác"))


def instrument_summary(profile, today) -> dict:
    """The instrument the profile follows (văn bản quy định), and whether it has lapsed by ``today``."""
    lapsed = profile.lapsed_on(today)
    return {
        "instrument": profile["meta.instrument"],
        "title": profile["meta.title"],
        "signed": profile["meta.signed"],
        "in_force": profile["meta.in_force"],
        "replaces": profile["meta.replaces"],
        "lapsed": lapsed,
        "replaced_by": profile["meta.replaced_by"] if lapsed else "",
    }


class ActiveProfileView(WagtailAdminTemplateMixin, TemplateView):
    """The active regulation profile, read-only: the instrument it follows (and whether it has lapsed), each
    value in words with its unit, clause and the file that set it, and the keys not applied yet apart."""

    template_name = "core/admin/profile.html"
    page_title = gettext_lazy("Hồ sơ quy định đang áp dụng")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = get_profile()
        sections: dict[str, list] = {title: [] for title, _firsts in PROFILE_SECTIONS}
        for key in SCHEMA:  # schema order follows PROVISIONS.md §3
            if key not in PLANNED:
                sections.setdefault(_section(key), []).append(profile.param(key))
        calendar = working_calendar(profile)
        context.update(
            profile=profile,
            meta=instrument_summary(profile, timezone.localdate()),
            setting=settings.CONG_PROFILE,
            sections={title: params for title, params in sections.items() if params},
            planned=[profile.planned[key] for key in SCHEMA if key in PLANNED],
            operator_days=sorted(calendar.adjustments.items()),
        )
        return context


class WorkingCalendarView(WagtailAdminTemplateMixin, TemplateView):
    """The year's official calendar: every day off and make-up day with its instrument; estimated days
    (dự kiến, from the ``holidays`` package) carry a confirm form."""

    template_name = "core/admin/calendar.html"
    page_title = gettext_lazy("Lịch làm việc")
    header_icon = "date"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def year(self) -> int:
        text = self.request.GET.get("nam", "")
        return int(text) if text.isdigit() and 1990 <= int(text) <= 2100 else timezone.localdate().year

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        calendar = working_calendar()
        year = self.year()
        context.update(
            year=year,
            years=[year - 1, year + 1],
            basis=calendar.profile.param("calendar.basis"),
            days=calendar.days_off(year),
            uncounted=calendar.uncounted_days(year),
        )
        return context

    def post(self, request, *args, **kwargs):
        try:
            day = dt.date.fromisoformat(request.POST.get("date", ""))
            confirm_estimated_day(
                day, acting_user=request.user, instrument=request.POST.get("instrument", "")
            )
        except ValueError as error:  # CalendarActionError, or a malformed date
            message = str(error) if isinstance(error, CalendarActionError) else _("Ngày không hợp lệ.")
            messages.error(request, message)
        except PermissionDenied as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Đã xác nhận ngày %(day)s.") % {"day": f"{day:%d/%m/%Y}"})
        return redirect(f"{reverse('core_working_calendar')}?nam={request.POST.get('year', '')}")


@hooks.register("register_admin_urls")
def register_profile_url():
    return [
        path("ho-so-quy-dinh/", ActiveProfileView.as_view(), name="core_active_profile"),
        path("lich-lam-viec/", WorkingCalendarView.as_view(), name="core_working_calendar"),
    ]


@hooks.register("register_settings_menu_item")
def register_calendar_menu_item():
    return MenuItem(
        gettext_lazy("Lịch làm việc"), reverse("core_working_calendar"), icon_name="date", order=205
    )


@hooks.register("register_log_actions")
def register_core_log_actions(actions):
    actions.register_action(
        CONFIRM_ACTION,
        gettext_lazy("Xác nhận ngày nghỉ dự kiến"),
        gettext_lazy("Đã xác nhận ngày nghỉ dự kiến"),
    )


@hooks.register("register_settings_menu_item")
def register_profile_menu_item():
    return MenuItem(
        gettext_lazy("Hồ sơ quy định"), reverse("core_active_profile"), icon_name="doc-full", order=200
    )
