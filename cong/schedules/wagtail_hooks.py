"""Admin screens (/quan-tri/): work schedule, meeting invitations and notices, citizen-reception days, and the
«Hủy lịch» screen that cancels a published record through ``cancel_record``.

Adding, editing and publishing use Wagtail's snippet screens (``RegisterViewSet``: agency staff see and file
their own agency's records); the forms refuse what the actions refuse (``actions.problems``), and a
publication raises the record's SEQUENCE (``signals``).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cong.registers.admin import RegisterViewSet, with_posting

from . import access
from .actions import ActionError, NotAllowed, cancel_record
from .models import CalendarEntry, MeetingInvitation, ReceptionSession, WorkScheduleEvent

MODELS = {
    "lich-cong-tac": WorkScheduleEvent,
    "giay-moi-hop": MeetingInvitation,
    "tiep-cong-dan": ReceptionSession,
}


class WorkScheduleViewSet(RegisterViewSet):
    model = WorkScheduleEvent
    icon = "date"
    menu_label = gettext_lazy("Lịch công tác")
    menu_name = "work-schedule"
    list_display = ["__str__", "leader_name", "starts_at", "place", "status", "sequence", "live"]
    list_filter = ["leader_slug", "status", "live"]
    search_fields = ["content", "search_folded"]
    ordering = ["-starts_at"]


class MeetingInvitationViewSet(RegisterViewSet):
    model = MeetingInvitation
    icon = "mail"
    menu_label = gettext_lazy("Giấy mời họp, thông báo")
    menu_name = "meeting-invitations"
    list_display = with_posting(
        MeetingInvitation, ["__str__", "subject", "signed_at", "starts_at", "status", "live"]
    )
    list_filter = ["kind", "status", "live"]
    search_fields = ["number", "subject", "search_folded"]
    ordering = ["-signed_at"]


class ReceptionSessionViewSet(RegisterViewSet):
    model = ReceptionSession
    icon = "group"
    menu_label = gettext_lazy("Lịch tiếp công dân")
    menu_name = "citizen-reception"
    list_display = ["__str__", "receiver_name", "starts_at", "place", "status", "live"]
    list_filter = ["status", "live"]
    search_fields = ["search_folded"]
    ordering = ["-starts_at"]


class SchedulesGroup(SnippetViewSetGroup):
    items = (WorkScheduleViewSet, MeetingInvitationViewSet, ReceptionSessionViewSet)
    menu_icon = "date"
    menu_label = gettext_lazy("Lịch, giấy mời họp")
    menu_name = "schedules"
    menu_order = 260


register_snippet(SchedulesGroup)


@hooks.register("register_log_actions")
def register_schedule_log_actions(actions):
    actions.register_action("schedules.created", gettext_lazy("Thêm lịch"), gettext_lazy("Đã thêm lịch"))
    actions.register_action("schedules.changed", gettext_lazy("Sửa lịch"), gettext_lazy("Đã sửa lịch"))
    actions.register_action("schedules.cancelled", gettext_lazy("Hủy lịch"), gettext_lazy("Đã hủy lịch"))


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Lý do hủy"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Hiện trên trang và trong lịch đã đăng ký của người dân."),
    )


class CancelView(WagtailAdminTemplateMixin, FormView):
    """Hủy lịch: the record stays public, marked cancelled, and leaves subscribed calendars (STATUS:CANCELLED)."""

    template_name = "schedules/admin/cancel.html"
    form_class = CancelForm
    page_title = gettext_lazy("Hủy lịch")
    header_icon = "date"

    def dispatch(self, request, *args, kind: str, pk: int, **kwargs):
        model = MODELS.get(kind)
        if model is None:
            raise PermissionDenied
        self.record = get_object_or_404(model.objects.select_related("agency"), pk=pk)
        if access.CANCEL not in access.available_actions(request.user, self.record):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(record=self.record, **kwargs)

    def form_valid(self, form):
        try:
            cancel_record(self.record, acting_user=self.request.user, reason=form.cleaned_data["reason"])
        except NotAllowed as exc:
            raise PermissionDenied(str(exc)) from exc
        except ActionError as exc:
            messages.error(self.request, str(exc))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Đã hủy «%(record)s»; lịch vẫn hiện trên Cổng với dấu «Đã hủy».") % {"record": self.record},
        )
        meta = type(self.record)._meta
        return redirect(reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list"))


@hooks.register("register_admin_urls")
def register_schedule_admin_urls():
    return [path("lich/<str:kind>/<int:pk>/huy/", CancelView.as_view(), name="schedules-cancel")]


@hooks.register("register_snippet_listing_buttons")
def cancel_button(snippet, user, next_url=None):
    if not isinstance(snippet, CalendarEntry) or access.CANCEL not in access.available_actions(user, snippet):
        return []
    kind = next(code for code, model in MODELS.items() if isinstance(snippet, model))
    return [
        Button(
            _("Hủy lịch"),
            reverse("schedules-cancel", args=[kind, snippet.pk]),
            icon_name="cross",
            priority=50,
        )
    ]
