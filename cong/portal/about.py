"""Giới thiệu Cổng và điều khoản sử dụng: the public page a citizen reaches from every footer.

Everything on it comes from the regulation profile, so it says what the province's regulation says: who
owns and runs the portal (``owner``, ``operator``, ``focal_unit``), the instrument it follows (``meta.*``),
how long it is available (``ops.availability``), the acts the regulation prohibits (``terms.prohibited``),
where to complain about the portal (``complaint_channels``) and how to cite it when reusing its information
(``attribution.reuse_citation``). The kind of site (``site.kind``: Cổng Thông tin điện tử or, for an office,
Trang thông tin điện tử) names it.
"""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from cong.core.profiles import get_profile, option_label


def site_kind_name(profile=None) -> str:
    """ "Cổng Thông tin điện tử" (provincial portal) or "Trang thông tin điện tử" (an office's website)."""
    return option_label((profile or get_profile())["site.kind"])


@require_GET
def about(request):
    profile = get_profile()
    context = {
        "kind_name": site_kind_name(profile),
        "owner": profile["owner"],
        "operator": profile["operator"],
        "focal_unit": profile["focal_unit"],
        "instrument": profile["meta.instrument"],
        "instrument_title": profile["meta.title"],
        "signed": profile["meta.signed"],
        "in_force": profile["meta.in_force"],
        "availability": profile["ops.availability"],
        "prohibited": profile["terms.prohibited"],
        "complaint_channels": profile["complaint_channels"],
        "reuse_citation": profile["attribution.reuse_citation"],
    }
    return render(request, "portal/about.html", context)
