"""Admin views of the editorial board: proposals from member portals."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .actions import can_decide_proposals, decide_proposal, propose_to_province
from .models import Proposal


def _message_of(error):
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


@require_POST
def propose(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    try:
        propose_to_province(page, request.user)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _message_of(error))
    else:
        messages.success(
            request, _("Đã gửi đề xuất “%(title)s” lên Ban Biên tập Cổng tỉnh.") % {"title": page.title}
        )
    return redirect("wagtailadmin_pages:edit", page.pk)


def proposal_list(request):
    if not can_decide_proposals(request.user):
        raise PermissionDenied
    proposals = Proposal.objects.select_related("page", "agency", "proposed_by", "decided_by")[:200]
    return TemplateResponse(request, "editorial/admin/proposals.html", {"proposals": proposals})


@require_POST
def decide(request, proposal_id):
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    approve = request.POST.get("decision") == "approve"
    try:
        decide_proposal(proposal, request.user, approve=approve, comment=request.POST.get("comment", ""))
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _message_of(error))
    else:
        messages.success(request, _("Đã duyệt đề xuất.") if approve else _("Đã trả lại đề xuất."))
    return redirect("editorial_proposals")
