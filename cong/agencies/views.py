"""Admin view: create an agency's member portal (tạo cổng thành viên)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Agency
from .portals import (
    create_member_portal,
    creation_refusal,
    may_approve_portals,
    member_portal_hostname,
)


class MemberPortalForm(forms.Form):
    hostname = forms.CharField(
        label=gettext_lazy("Tên miền"),
        max_length=255,
        help_text=gettext_lazy("Theo mẫu của hồ sơ quy định; chữ thường không dấu."),
    )


def can_create_portals(user) -> bool:
    """The profile's approver (``member_portals.approval``): the portal's administrators, or (LC-19.2¶2)
    the provincial board's head or deputy."""
    return may_approve_portals(user)


def create_portal(request, agency_id):
    if not can_create_portals(request.user):
        raise PermissionDenied
    agency = get_object_or_404(Agency, pk=agency_id)
    if agency.site_id:
        messages.info(request, _("%(agency)s đã có cổng thành viên.") % {"agency": agency.name})
        return redirect("wagtailsnippets_agencies_agency:list")
    refusal = creation_refusal(agency)
    if refusal:
        messages.error(request, refusal)
        return redirect("wagtailsnippets_agencies_agency:list")
    form = MemberPortalForm(request.POST or None, initial={"hostname": member_portal_hostname(agency)})
    if request.method == "POST" and form.is_valid():
        try:
            site = create_member_portal(
                agency, hostname=form.cleaned_data["hostname"], acting_user=request.user
            )
        except ValidationError as error:
            form.add_error("hostname", error)
        else:
            messages.success(request, _("Đã tạo cổng thành viên %(host)s.") % {"host": site.hostname})
            return redirect("wagtailsnippets_agencies_agency:list")
    return TemplateResponse(request, "agencies/admin/create_portal.html", {"agency": agency, "form": form})
