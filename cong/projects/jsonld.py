"""schema.org data (JSON-LD) of the projects app's detail pages.

schema.org has no settled type for a public investment project (``Project`` is still in its pending
area), for a procurement notice or for a plan, so those pages describe themselves as what they are on the
portal: a ``CreativeWork`` (the published information) with its dates, subject, funder and files. A budget
document with a table is a ``Dataset`` (its rows are data, its files the distributions); one with files
only is a ``Report``. See docs/features/projects.md.
"""

from __future__ import annotations

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from cong.core.jsonld import json_ld


def _base(request, record, kind: str, name: str, description: str) -> dict:
    url = request.build_absolute_uri(record.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "@id": url,
        "url": url,
        "name": name,
        "inLanguage": "vi",
    }
    if description:
        data["description"] = description[:1000]
    if record.first_published_at:
        data["datePublished"] = record.first_published_at.isoformat()
    if record.agency_id is not None:
        data["publisher"] = {"@type": "GovernmentOrganization", "name": record.agency.name}
    return data


def _files(request, record, kind: str = "MediaObject") -> list[dict]:
    return [
        {
            "@type": kind,
            "name": item.title,
            "contentUrl": request.build_absolute_uri(item.file.url),
            "encodingFormat": item.file.content_type,
        }
        for item in record.files.all()
    ]


def project(request, project) -> SafeString:
    data = _base(request, project, "CreativeWork", project.name, project.main_objective)
    data["about"] = project.field
    data["genre"] = project.project_type
    data["creativeWorkStatus"] = project.get_status_display()
    if project.donor:
        data["funder"] = {"@type": "Organization", "name": project.donor}
    if project.approved_on:
        data["dateCreated"] = project.approved_on.isoformat()
    files = _files(request, project)
    if files:
        data["associatedMedia"] = files
    return json_ld(data)


def notice(request, notice) -> SafeString:
    data = _base(request, notice, "CreativeWork", notice.title, notice.details)
    data["genre"] = notice.get_kind_display()
    data["about"] = notice.package
    if notice.published_on:
        data["dateCreated"] = notice.published_on.isoformat()
    if notice.closes_at:
        data["expires"] = notice.closes_at.isoformat()
    if notice.project is not None:
        data["isPartOf"] = {
            "@type": "CreativeWork",
            "name": notice.project.name,
            "url": request.build_absolute_uri(notice.project.get_absolute_url()),
        }
    files = _files(request, notice)
    if files:
        data["associatedMedia"] = files
    return json_ld(data)


def plan(request, plan) -> SafeString:
    data = _base(request, plan, "CreativeWork", plan.title, plan.summary)
    data["genre"] = plan.get_kind_display()
    if plan.area:
        data["spatialCoverage"] = {"@type": "Place", "name": plan.area}
    if plan.period:
        data["temporalCoverage"] = plan.period
    if plan.approval_date:
        data["dateCreated"] = plan.approval_date.isoformat()
    files = _files(request, plan)
    if files:
        data["associatedMedia"] = files
    return json_ld(data)


def budget(request, document) -> SafeString:
    rows = list(document.rows.all())
    kind = "Dataset" if rows else "Report"
    data = _base(request, document, kind, document.title, document.note or document.get_kind_display())
    data["temporalCoverage"] = str(document.year)
    data["genre"] = document.get_kind_display()
    files = _files(request, document, "DataDownload" if rows else "MediaObject")
    if rows:
        data["variableMeasured"] = _("Số tiền (%(unit)s)") % {"unit": document.unit}
        data["isAccessibleForFree"] = True
        data["distribution"] = [
            {
                "@type": "DataDownload",
                "contentUrl": request.build_absolute_uri(f"/api/v1/budget/{document.pk}/"),
                "encodingFormat": "application/json",
            },
            *files,
        ]
    elif files:
        data["associatedMedia"] = files
    return json_ld(data)
