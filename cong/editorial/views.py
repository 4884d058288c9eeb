"""Admin views of the editorial board: proposals from member portals."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .actions import available_actions, can_review_proposals, decide_proposal, propose_to_province
from .models import Proposal


def _message_of(error):
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


@require_POST
def propose(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    try:
        propose_to_province(page, acting_user=request.user)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _message_of(error))
    else:
        messages.success(
            request, _("Đã gửi đề xuất “%(title)s” lên Ban Biên tập Cổng tỉnh.") % {"title": page.title}
        )
    return redirect("wagtailadmin_pages:edit", page.pk)


def proposal_list(request):
    if not can_review_proposals(request.user):
        raise PermissionDenied
    proposals = Proposal.objects.select_related("page", "agency", "proposed_by", "decided_by")[:200]
    rows = [(proposal, available_actions(request.user, proposal)) for proposal in proposals]
    return TemplateResponse(request, "editorial/admin/proposals.html", {"rows": rows})


@require_POST
def decide(request, proposal_id):
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    approve = request.POST.get("decision") == "approve"
    try:
        decide_proposal(
            proposal, acting_user=request.user, approve=approve, comment=request.POST.get("comment", "")
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, _message_of(error))
    else:
        messages.success(request, _("Đã duyệt đề xuất.") if approve else _("Đã trả lại đề xuất."))
    return redirect("editorial_proposals")


def _submissions_visible_to(user):
    from cong.agencies.models import agency_of

    from .models import InformationSubmission

    submissions = InformationSubmission.objects.select_related("agency", "article", "proposed_section")
    if can_review_proposals(user):
        return submissions
    agency = agency_of(user)
    return submissions.filter(agency=agency) if agency else submissions.none()


def submission_list(request):
    """Hàng đợi phiếu: the board sees all forms, an agency its own."""
    from .submissions import submission_statuses

    submissions = list(_submissions_visible_to(request.user)[:200])
    rows = list(zip(submissions, submission_statuses(submissions, request), strict=True))
    return TemplateResponse(request, "editorial/admin/submissions.html", {"rows": rows})


def submission_create(request):
    from cong.agencies.models import agency_of
    from cong.agencies.portals import provincial_site
    from cong.portal.models import PortalSettings

    from .forms import SubmissionForm
    from .submissions import form_items, intake_channels, submit_information

    agency = agency_of(request.user)
    if agency is None:
        messages.error(request, _("Chỉ tài khoản của cơ quan, đơn vị mới gửi phiếu cung cấp thông tin."))
        return redirect("wagtailadmin_home")
    site = provincial_site()
    initial = {"sender_name": request.user.get_full_name()}
    form = SubmissionForm(
        request.POST or None,
        request.FILES or None,
        root_page=site.root_page if site else None,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        submission = submit_information(
            acting_user=request.user,
            data=form.cleaned_data,
            documents=form.cleaned_data.get("documents", ()),
            photos=form.cleaned_data.get("photos", ()),
        )
        messages.success(request, _("Đã gửi phiếu “%(title)s”.") % {"title": submission.title})
        for refused in submission.refused_files:
            messages.warning(request, refused["reason"])
        return redirect("editorial_submission", submission.pk)
    items = [key for key, _title in form_items()]
    return TemplateResponse(
        request,
        "editorial/admin/submission_form.html",
        {
            "form": form,
            "agency": agency,
            "unit_number": items.index("unit") + 1,
            "intake": intake_channels(PortalSettings.for_site(site).email if site else ""),
        },
    )


def submission_detail(request, submission_id):
    from .submissions import signatures, submission_status

    submission = get_object_or_404(_submissions_visible_to(request.user), pk=submission_id)
    return TemplateResponse(
        request,
        "editorial/admin/submission_detail.html",
        {
            "submission": submission,
            "status": submission_status(submission, request),
            "signatures": signatures(submission),
            "files": submission.files.all(),
        },
    )


def submission_pdf(request, submission_id):
    from django.http import HttpResponse

    from cong.agencies.portals import provincial_site
    from cong.portal.models import PortalSettings

    from .pdf import submission_pdf as render_pdf

    submission = get_object_or_404(_submissions_visible_to(request.user), pk=submission_id)
    site = provincial_site()
    portal_name = PortalSettings.for_site(site).portal_name if site else ""
    response = HttpResponse(render_pdf(submission, portal_name), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="phieu-{submission.pk}.pdf"'
    return response
