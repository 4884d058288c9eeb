"""Admin screen of the registers as a whole: «Thời hạn đăng thông tin», the posting deadlines."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cong.agencies.models import agency_of

from .deadlines import deadlines, register_models


def _may_see(user) -> bool:
    """The board (change permission on any register model) sees all; an agency's staff see their own."""
    if not getattr(user, "is_authenticated", False):
        return False
    if agency_of(user) is not None:
        return True
    return any(user.has_perm(f"{m._meta.app_label}.change_{m._meta.model_name}") for m in register_models())


class DeadlinesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "registers/admin/deadlines.html"
    page_title = gettext_lazy("Thời hạn đăng thông tin")
    header_icon = "time"

    def dispatch(self, request, *args, **kwargs):
        if not _may_see(request.user):
            raise PermissionDenied
        self.agency = None if request.user.is_superuser else agency_of(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        finder = AdminURLFinder(self.request.user)
        rows = deadlines(agency=self.agency, only_agency=self.agency is not None)
        context["agency"] = self.agency
        context["deadlines"] = [
            {**row.__dict__, "edit_url": finder.get_edit_url(row.record) if row.record else ""}
            for row in rows
        ]
        return context


@hooks.register("register_admin_urls")
def register_deadlines_url():
    return [path("danh-muc/thoi-han-dang/", DeadlinesView.as_view(), name="registers_deadlines")]


class DeadlinesMenuItem(MenuItem):
    def is_shown(self, request):
        return _may_see(request.user)


@hooks.register("register_admin_menu_item")
def register_deadlines_menu_item():
    return DeadlinesMenuItem(
        gettext_lazy("Thời hạn đăng thông tin"), reverse("registers_deadlines"), icon_name="time", order=253
    )
