"""Admin screens (/quan-tri/): documents, fields, gazette issues, drafts, comment moderation and export."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cong.core.clocks import posting_status

from . import access
from .actions import (
    DATABASE_ENTRY_PURPOSE,
    CommentRefused,
    NotAllowed,
    PostingRefused,
    approve_comment,
    post_document,
    reject_comment,
)
from .exports import EXPORTERS, can_export, export_filename
from .models import Comment, Consultation, GazetteIssue, LegalDocument, LegalField, PostingObligation

OBLIGATIONS_SHOWN = 100


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = gettext_lazy("Văn bản")
    menu_name = "legal-documents"
    list_display = ["label", "issuer", "issued_on", "status", "live"]
    list_filter = ["kind", "status", "issuer_level", "live", "metadata_only"]
    search_fields = ["number", "summary", "search_folded"]
    copy_view_enabled = False


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    icon = "tag"
    menu_label = gettext_lazy("Lĩnh vực")
    menu_name = "legal-fields"
    list_display = ["name", "slug"]


class GazetteIssueViewSet(SnippetViewSet):
    model = GazetteIssue
    icon = "doc-full-inverse"
    menu_label = gettext_lazy("Công báo")
    menu_name = "gazette"
    list_display = ["__str__", "published_on", "live"]
    list_filter = ["year", "live"]
    copy_view_enabled = False


class ConsultationViewSet(SnippetViewSet):
    model = Consultation
    icon = "comment"
    menu_label = gettext_lazy("Dự thảo lấy ý kiến")
    menu_name = "consultations"
    list_display = ["title", "drafting_agency", "opens_at", "closes_at", "live"]
    list_filter = ["live"]
    search_fields = ["title", "drafting_agency"]
    copy_view_enabled = False


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = gettext_lazy("Ý kiến góp ý (tất cả)")
    menu_name = "consultation-comments"
    list_display = ["name", "consultation", "article", "received_at", "status"]
    list_filter = ["status", "consultation"]
    search_fields = ["name", "organisation", "text"]
    copy_view_enabled = False
    add_view_enabled = False  # comments come from the public form only
    # Only the note: a comment is approved or not published through approve_comment/reject_comment alone
    # (the moderation screen's buttons), which check the moderator and write the audit entry; what the
    # public sent (name, text…) is not rewritten by staff. (A snippet viewset ignores form_fields.)
    panels = [FieldPanel("moderation_note")]


class LegalGroup(SnippetViewSetGroup):
    items = (
        LegalDocumentViewSet,
        LegalFieldViewSet,
        GazetteIssueViewSet,
        ConsultationViewSet,
        CommentViewSet,
    )
    menu_icon = "doc-full"
    menu_label = gettext_lazy("Văn bản, góp ý")
    menu_name = "legal"
    menu_order = 250


register_snippet(LegalGroup)


@hooks.register("register_log_actions")
def register_legal_log_actions(actions):
    actions.register_action(
        "legal.imported", gettext_lazy("Nhập văn bản từ tệp"), gettext_lazy("Đã nhập văn bản từ tệp")
    )
    actions.register_action(
        "legal.status_changed",
        gettext_lazy("Đổi tình trạng hiệu lực"),
        gettext_lazy("Đã đổi tình trạng hiệu lực"),
    )
    actions.register_action(
        "legal.comment_received", gettext_lazy("Nhận ý kiến góp ý"), gettext_lazy("Đã nhận ý kiến góp ý")
    )
    actions.register_action(
        "legal.comment_approved", gettext_lazy("Duyệt ý kiến góp ý"), gettext_lazy("Đã duyệt ý kiến góp ý")
    )
    actions.register_action(
        "legal.comment_rejected",
        gettext_lazy("Không công khai ý kiến"),
        gettext_lazy("Đã không công khai ý kiến"),
    )
    actions.register_action(
        "legal.consultation_closed",
        gettext_lazy("Kết thúc lấy ý kiến"),
        gettext_lazy("Đã kết thúc lấy ý kiến"),
    )
    actions.register_action(
        "legal.comments_exported",
        gettext_lazy("Xuất bảng tổng hợp ý kiến"),
        gettext_lazy("Đã xuất bảng tổng hợp ý kiến"),
    )
    actions.register_action(
        "legal.document_posted",
        gettext_lazy("Đăng văn bản trên cổng thành viên"),
        gettext_lazy("Đã đăng văn bản trên cổng thành viên"),
    )


class ModerationView(WagtailAdminTemplateMixin, TemplateView):
    """Kiểm duyệt ý kiến: pending comments with Approve / Do not publish, and the export of each draft."""

    template_name = "legal/admin/moderation.html"
    page_title = gettext_lazy("Kiểm duyệt ý kiến góp ý")
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pending = Comment.objects.filter(status=Comment.Status.PENDING).select_related("consultation")
        context["pending"] = [
            (comment, access.comment_actions(self.request.user, comment))
            for comment in pending.order_by("received_at")
        ]
        context["consultations"] = Consultation.objects.order_by("-opens_at")[:50]
        context["formats"] = list(EXPORTERS)
        return context

    def post(self, request, *args, **kwargs):
        comment = get_object_or_404(Comment, pk=request.POST.get("comment"))
        decision = request.POST.get("decision")
        try:
            if decision == access.APPROVE:
                approve_comment(comment, acting_user=request.user)
                messages.success(
                    request,
                    _("Đã duyệt ý kiến %(reference)s; ý kiến hiển thị trên trang dự thảo.")
                    % {"reference": comment.reference},
                )
            elif decision == access.REJECT:
                reject_comment(comment, request.POST.get("note", ""), acting_user=request.user)
                messages.success(
                    request,
                    _("Ý kiến %(reference)s không được công khai.") % {"reference": comment.reference},
                )
        except NotAllowed as error:
            raise PermissionDenied(str(error)) from error
        except CommentRefused as error:
            messages.error(request, str(error))
        return redirect("legal_moderation")


class PostingObligationsView(WagtailAdminTemplateMixin, TemplateView):
    """Văn bản phải đăng: each agency's staff see their agency's posting obligations and due dates
    (BK-7.1.c, LC-12.1.c) and record the posting on their member portal; the board sees every agency
    and the database-entry clocks (KT-11.1.a) when the profile sets one."""

    template_name = "legal/admin/obligations.html"
    page_title = gettext_lazy("Văn bản phải đăng")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        from cong.agencies.models import agency_of

        self.agency = agency_of(request.user)
        self.board = request.user.has_perm("legal.change_legaldocument")
        if self.agency is None and not self.board:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        from django.db.models import F
        from django.utils import timezone

        from cong.core.clock import working_calendar
        from cong.core.models import Clock

        context = super().get_context_data(**kwargs)
        calendar = working_calendar()
        now = timezone.now()
        rows = PostingObligation.objects.filter(clock__isnull=False).select_related(
            "document", "agency", "clock"
        )
        if not self.board:
            rows = rows.filter(agency=self.agency)
        rows = rows.order_by(F("clock__stopped_at").asc(nulls_first=True), "clock__due_at", "pk")
        context["agency"] = None if self.board else self.agency
        context["obligations"] = [
            (
                o,
                posting_status(o.clock, calendar, now),
                access.POST in access.obligation_actions(self.request.user, o, user_agency=self.agency),
            )
            for o in rows[:OBLIGATIONS_SHOWN]
        ]
        entries = []
        if self.board and calendar.profile.period(DATABASE_ENTRY_PURPOSE).has_limit:
            clocks = Clock.objects.filter(purpose=DATABASE_ENTRY_PURPOSE).order_by(
                F("stopped_at").asc(nulls_first=True), "due_at"
            )[:OBLIGATIONS_SHOWN]
            documents = LegalDocument.objects.in_bulk([c.subject_id for c in clocks])
            entries = [
                (documents.get(c.subject_id), posting_status(c, calendar, now, verb=_("nhập cơ sở dữ liệu")))
                for c in clocks
            ]
        context["entries"] = entries
        return context

    def post(self, request, *args, **kwargs):
        rows = PostingObligation.objects.select_related("document", "agency")
        if not self.board:
            rows = rows.filter(agency=self.agency)
        obligation = get_object_or_404(rows, pk=request.POST.get("obligation"))
        try:
            post_document(obligation.document, agency=obligation.agency, acting_user=request.user)
        except PostingRefused as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Đã ghi nhận %(agency)s đăng %(document)s trên cổng thành viên.")
                % {"agency": obligation.agency, "document": obligation.document.label},
            )
        return redirect("legal_obligations")


def export_comments_view(request, pk: int, fmt: str):
    """Bảng tổng hợp ý kiến (HG-8.4) for the drafting agency or the board: ODT, DOCX or XLSX."""
    consultation = get_object_or_404(Consultation, pk=pk)
    if fmt not in EXPORTERS:
        raise Http404(_("Định dạng không hỗ trợ."))
    if not can_export(request.user, consultation):
        raise PermissionDenied
    content_type, build = EXPORTERS[fmt]
    response = HttpResponse(build(consultation), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{export_filename(consultation, fmt)}"'
    from wagtail.log_actions import log

    log(instance=consultation, action="legal.comments_exported", user=request.user, data={"format": fmt})
    return response


@hooks.register("register_admin_urls")
def register_legal_admin_urls():
    return [
        path("lay-y-kien/kiem-duyet/", ModerationView.as_view(), name="legal_moderation"),
        path("van-ban/phai-dang/", PostingObligationsView.as_view(), name="legal_obligations"),
        path("lay-y-kien/<int:pk>/tong-hop.<str:fmt>", export_comments_view, name="legal_export_comments"),
    ]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        gettext_lazy("Kiểm duyệt góp ý"), reverse("legal_moderation"), icon_name="comment", order=251
    )


class ObligationsMenuItem(MenuItem):
    def is_shown(self, request):
        from cong.agencies.models import agency_of

        return request.user.has_perm("legal.change_legaldocument") or agency_of(request.user) is not None


@hooks.register("register_admin_menu_item")
def register_obligations_menu_item():
    return ObligationsMenuItem(
        gettext_lazy("Văn bản phải đăng"), reverse("legal_obligations"), icon_name="doc-full", order=252
    )


@hooks.register("register_snippet_listing_buttons")
def consultation_export_buttons(snippet, user, next_url=None):
    from wagtail.admin.widgets import ListingButton

    if isinstance(snippet, Consultation) and can_export(user, snippet):
        for fmt in EXPORTERS:
            yield ListingButton(
                _("Tổng hợp ý kiến (%(format)s)") % {"format": fmt.upper()},
                reverse("legal_export_comments", args=[snippet.pk, fmt]),
                priority=90,
            )
