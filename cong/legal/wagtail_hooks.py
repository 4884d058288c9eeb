"""Admin screens (/quan-tri/): documents, fields, gazette issues, drafts, comment moderation and export."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .actions import approve_comment, reject_comment
from .exports import EXPORTERS, can_export, export_filename
from .models import Comment, Consultation, GazetteIssue, LegalDocument, LegalField


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = "Văn bản"
    menu_name = "legal-documents"
    list_display = ["label", "issuer", "issued_on", "status", "live"]
    list_filter = ["kind", "status", "issuer_level", "live", "metadata_only"]
    search_fields = ["number", "summary", "search_folded"]
    copy_view_enabled = False


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    icon = "tag"
    menu_label = "Lĩnh vực"
    menu_name = "legal-fields"
    list_display = ["name", "slug"]


class GazetteIssueViewSet(SnippetViewSet):
    model = GazetteIssue
    icon = "doc-full-inverse"
    menu_label = "Công báo"
    menu_name = "gazette"
    list_display = ["__str__", "published_on", "live"]
    list_filter = ["year", "live"]
    copy_view_enabled = False


class ConsultationViewSet(SnippetViewSet):
    model = Consultation
    icon = "comment"
    menu_label = "Dự thảo lấy ý kiến"
    menu_name = "consultations"
    list_display = ["title", "drafting_agency", "opens_at", "closes_at", "live"]
    list_filter = ["live"]
    search_fields = ["title", "drafting_agency"]
    copy_view_enabled = False


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = "Ý kiến góp ý (tất cả)"
    menu_name = "consultation-comments"
    list_display = ["name", "consultation", "article", "received_at", "status"]
    list_filter = ["status", "consultation"]
    search_fields = ["name", "organisation", "text"]
    copy_view_enabled = False
    add_view_enabled = False  # comments come from the public form only
    form_fields = ["status", "moderation_note"]


class LegalGroup(SnippetViewSetGroup):
    items = (
        LegalDocumentViewSet,
        LegalFieldViewSet,
        GazetteIssueViewSet,
        ConsultationViewSet,
        CommentViewSet,
    )
    menu_icon = "doc-full"
    menu_label = "Văn bản, góp ý"
    menu_name = "legal"
    menu_order = 250


register_snippet(LegalGroup)


@hooks.register("register_log_actions")
def register_legal_log_actions(actions):
    actions.register_action("legal.imported", "Nhập văn bản từ tệp", "Đã nhập văn bản từ tệp")
    actions.register_action("legal.status_changed", "Đổi tình trạng hiệu lực", "Đã đổi tình trạng hiệu lực")
    actions.register_action("legal.comment_received", "Nhận ý kiến góp ý", "Đã nhận ý kiến góp ý")
    actions.register_action("legal.comment_approved", "Duyệt ý kiến góp ý", "Đã duyệt ý kiến góp ý")
    actions.register_action("legal.comment_rejected", "Không công khai ý kiến", "Đã không công khai ý kiến")
    actions.register_action("legal.consultation_closed", "Kết thúc lấy ý kiến", "Đã kết thúc lấy ý kiến")
    actions.register_action(
        "legal.comments_exported", "Xuất bảng tổng hợp ý kiến", "Đã xuất bảng tổng hợp ý kiến"
    )


class ModerationView(WagtailAdminTemplateMixin, TemplateView):
    """Kiểm duyệt ý kiến: pending comments with Approve / Do not publish, and the export of each draft."""

    template_name = "legal/admin/moderation.html"
    page_title = "Kiểm duyệt ý kiến góp ý"
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("legal.change_comment"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pending"] = (
            Comment.objects.filter(status=Comment.Status.PENDING)
            .select_related("consultation")
            .order_by("received_at")
        )
        context["consultations"] = Consultation.objects.order_by("-opens_at")[:50]
        context["formats"] = list(EXPORTERS)
        return context

    def post(self, request, *args, **kwargs):
        comment = get_object_or_404(Comment, pk=request.POST.get("comment"))
        if request.POST.get("decision") == "approve":
            approve_comment(comment, request.user)
            messages.success(
                request, f"Đã duyệt ý kiến {comment.reference}; ý kiến hiển thị trên trang dự thảo."
            )
        elif request.POST.get("decision") == "reject":
            reject_comment(comment, request.user, request.POST.get("note", ""))
            messages.success(request, f"Ý kiến {comment.reference} không được công khai.")
        return redirect("legal_moderation")


def export_comments_view(request, pk: int, fmt: str):
    """Bảng tổng hợp ý kiến (HG-8.4) for the drafting agency or the board: ODT, DOCX or XLSX."""
    consultation = get_object_or_404(Consultation, pk=pk)
    if fmt not in EXPORTERS:
        raise Http404("Định dạng không hỗ trợ.")
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
        path("lay-y-kien/<int:pk>/tong-hop.<str:fmt>", export_comments_view, name="legal_export_comments"),
    ]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("legal.change_comment")


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem("Kiểm duyệt góp ý", reverse("legal_moderation"), icon_name="comment", order=251)


@hooks.register("register_snippet_listing_buttons")
def consultation_export_buttons(snippet, user, next_url=None):
    from wagtail.admin.widgets import ListingButton

    if isinstance(snippet, Consultation) and can_export(user, snippet):
        for fmt in EXPORTERS:
            yield ListingButton(
                f"Tổng hợp ý kiến ({fmt.upper()})",
                reverse("legal_export_comments", args=[snippet.pk, fmt]),
                priority=90,
            )
