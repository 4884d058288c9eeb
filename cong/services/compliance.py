"""Compliance of the online public services (kiểm tra dịch vụ công), for the admin page and the periodic
report:

* **LC-4.1** — the portal integrates or links the services of every specialised agency and district: each
  registered agency that performs procedures (department, board, district, commune, the Office) with no
  procedure in force in the catalogue is flagged;
* **ST-14.1.b–c** — a department's or district's portal offers online public services at least at level
  ``public_services.min_level`` (Sóc Trăng: 2; 0 = no minimum): each such agency with a member portal whose
  best procedure is below it is flagged.

Two queries, whatever the number of agencies and procedures.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Max
from django.utils.translation import gettext as _

from cong.agencies.models import Agency
from cong.core.profiles import get_profile

from . import levels
from .models import Procedure

PERFORMING = (Agency.Kind.DEPARTMENT, Agency.Kind.BOARD, Agency.Kind.DISTRICT, Agency.Kind.COMMUNE,
              Agency.Kind.OFFICE)  # fmt: skip
MINIMUM_KINDS = (Agency.Kind.DEPARTMENT, Agency.Kind.BOARD, Agency.Kind.DISTRICT)


@dataclass(frozen=True)
class Finding:
    agency: Agency
    clause: str
    message: str


def min_level() -> int:
    return get_profile()["public_services.min_level"]


def findings() -> list[Finding]:
    """Every agency that falls short, in name order (LC-4.1 first for an agency with nothing at all)."""
    catalogue = {
        row["agency_id"]: row["best"]
        for row in Procedure.objects.filter(live=True, retired=False, agency__isnull=False)
        .order_by()
        .values("agency_id")
        .annotate(best=Max("online_level"))
    }
    minimum = min_level()
    found = []
    for agency in Agency.objects.filter(kind__in=PERFORMING).order_by("name"):
        agency.best = catalogue.get(agency.pk)
        if agency.pk not in catalogue:
            found.append(
                Finding(agency, "LC-4.1", _("Chưa có thủ tục hành chính nào trong danh mục của Cổng."))
            )
        elif minimum and agency.kind in MINIMUM_KINDS and agency.site_id and (agency.best or 0) < minimum:
            found.append(
                Finding(
                    agency,
                    "ST-14.1.b–c",
                    _(
                        "Cổng thành viên chưa có dịch vụ công trực tuyến từ mức độ %(minimum)s trở lên "
                        "(cao nhất: %(best)s)."
                    )
                    % {"minimum": minimum, "best": levels.label(agency.best or 0)},
                )
            )
    return found
