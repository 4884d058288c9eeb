"""Editorial admin: proposals from member portals, the provision form (phiếu), audit actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import views
from .actions import can_review_proposals
from .guide import guide_view


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path("de-xuat/", views.proposal_list, name="editorial_proposals"),
        path("de-xuat/<int:proposal_id>/quyet-dinh/", views.decide, name="editorial_proposal_decide"),
        path("de-xuat/gui/<int:page_id>/", views.propose, name="editorial_propose"),
        path("phieu/", views.submission_list, name="editorial_submissions"),
        path("phieu/moi/", views.submission_create, name="editorial_submission_create"),
        path("phieu/<int:submission_id>/", views.submission_detail, name="editorial_submission"),
        path("phieu/<int:submission_id>/pdf/", views.submission_pdf, name="editorial_submission_pdf"),
        path("huong-dan/", guide_view, name="editorial_guide"),
    ]


@hooks.register("construct_help_menu")
def vietnamese_guide_in_help_menu(request, menu_items):
    """The help menu leads to Cổng's Vietnamese editors' guide (issue 16), not to Wagtail's English guide
    and release notes."""
    menu_items[:] = [item for item in menu_items if not item.name.startswith(("editor-guide", "whats-new"))]
    menu_items.insert(
        0, MenuItem(_("Hướng dẫn biên tập"), reverse("editorial_guide"), icon_name="help", name="huong-dan")
    )


class SubmissionsMenuItem(MenuItem):
    def is_shown(self, request):
        from cong.agencies.models import agency_of

        return can_review_proposals(request.user) or agency_of(request.user) is not None


@hooks.register("register_admin_menu_item")
def submissions_menu_item():
    return SubmissionsMenuItem(
        _("Phiếu cung cấp thông tin"), reverse("editorial_submissions"), icon_name="form", order=215
    )


class ProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review_proposals(request.user)


@hooks.register("register_admin_menu_item")
def proposals_menu_item():
    return ProposalsMenuItem(
        _("Đề xuất từ cơ quan"), reverse("editorial_proposals"), icon_name="tasks", order=220
    )


@hooks.register("register_page_header_buttons")
def propose_button(page, user, view_name, next_url=None):
    """“Đề xuất lên Cổng tỉnh” on a member portal's live item (the POST form lives in the edit view)."""
    from cong.agencies.models import agency_for_page

    if view_name != "edit" or not page.live or page.depth < 3:
        return
    if agency_for_page(page) is not None:
        yield Button(
            _("Đề xuất lên Cổng tỉnh"),
            reverse("editorial_propose", args=[page.pk]),
            icon_name="upload",
            priority=60,
            attrs={"data-controller": "w-action", "data-action": "w-action#post"},
        )


@hooks.register("register_log_actions")
def register_editorial_actions(actions):
    actions.register_action("cong.submission.receive", _("Nhận phiếu cung cấp thông tin"), _("Đã nhận phiếu"))
    actions.register_action("cong.proposal.create", _("Đề xuất lên Cổng tỉnh"), _("Đã đề xuất lên Cổng tỉnh"))
    actions.register_action("cong.proposal.approve", _("Duyệt đề xuất"), _("Đã duyệt đề xuất"))
    actions.register_action("cong.proposal.reject", _("Không duyệt đề xuất"), _("Đã không duyệt đề xuất"))
    actions.register_action(
        "cong.workflow.self_approve",
        _("Tự duyệt tin của mình (hồ sơ quy định cho phép)"),
        _("Đã tự duyệt tin của mình theo hồ sơ quy định"),
    )


@hooks.register("construct_homepage_panels")
def required_categories_panel(request, panels):
    """The board sees which categories the regulation requires that the provincial portal lacks."""
    from cong.agencies.portals import provincial_site

    from .categories import RequiredCategoriesPanel, check_categories

    site = provincial_site()
    if site is not None and can_review_proposals(request.user):
        panels.append(RequiredCategoriesPanel(check_categories(site)))
