"""Legal documents of the demo: the five seed regulations (data/legal/seeds/) imported through the
importer, reviewed and published; the national texts they cite as metadata-only records; a decision of
the province in a gazette issue; an open consultation with comments (data/legal/legal.toml). Running it
again adds nothing twice."""

from __future__ import annotations

import datetime as dt
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from cong.agencies.models import Agency
from cong.core.clock import working_calendar
from cong.legal.actions import approve_comment, publish_document, receive_comment
from cong.legal.importer.extract import Citation
from cong.legal.importer.service import create_cited_record, extract_file, find_existing, import_document
from cong.legal.models import (
    Consultation,
    DocumentRelation,
    GazetteIssue,
    GazetteItem,
    LegalDocument,
    LegalField,
)

from .factories import ConsultationFactory, LegalDocumentFactory, stored_file
from .files import DATA_DIR, read_toml

DATA = read_toml("legal/legal.toml")
SEEDS = DATA_DIR / "legal" / "seeds"
CONSULTATION_SLUG = DATA["consultation"]["slug"]


def load(now: dt.datetime, say) -> None:
    fields = {name: LegalField.objects.get_or_create(name=name)[0] for name in DATA["fields"]}
    for spec in DATA["extra_records"]:
        if find_existing(spec["number"], spec["issuer"]) is None:
            publish_document(create_cited_record(Citation(text="", **spec)), acting_user=None)
    created = import_seeds([fields[name] for name in DATA["seed_fields"]])
    repeal()
    local = local_decision(now, fields)
    gazette(now, local)
    consultation(now)
    say(
        _(
            "Văn bản: %(created)s quy chế mẫu đã nhập qua bộ nhập văn bản; %(live)s văn bản công khai tại "
            "/van-ban/, Công báo tại /cong-bao/, lấy ý kiến dự thảo tại /lay-y-kien/ (kiểm duyệt góp ý: "
            "/quan-tri/lay-y-kien/kiem-duyet/)."
        )
        % {"created": created, "live": LegalDocument.objects.filter(live=True).count()}
    )


def import_seeds(fields: list[LegalField]) -> int:
    """The seeds not imported yet, each after the texts it cites (as metadata-only records); returns how
    many it imported."""
    created = 0
    for path in sorted(SEEDS.glob("*.txt")):
        extraction = extract_file(path)
        if find_existing(extraction.number, extraction.issuer) is not None:
            continue
        for citation in extraction.based_on:
            record = create_cited_record(citation)
            if not record.live:
                publish_document(record, acting_user=None)
        document = import_document(path)
        document.fields.add(*fields)
        document.save()
        # reviewed: the five seeds extract correctly (see the importer tests)
        publish_document(document, acting_user=None)
        created += 1
    return created


def repeal() -> None:
    spec = DATA["repeal"]
    by = LegalDocument.objects.filter(number=spec["by"]).first()
    repealed = LegalDocument.objects.filter(number=spec["repealed"]).first()
    if by is None or repealed is None or by.relations.filter(kind="repeals").exists():
        return
    by.effective_on = spec["effective_on"]
    by.relations.add(DocumentRelation(kind="repeals", target=repealed, cited_number=repealed.number))
    by.save()
    publish_document(by, acting_user=None)


def _odt(title: str, lines: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=title))
    for line in lines:
        document.text.addElement(P(text=line))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def local_decision(now: dt.datetime, fields: dict) -> LegalDocument:
    """A decision of the demo province issued on the last working day before ``now``, posted on time."""
    spec = DATA["local_decision"]
    today = timezone.localdate(now)
    number = spec["number"].format(year=today.year)
    existing = find_existing(number, spec["issuer"])
    if existing is not None:
        return existing
    calendar = working_calendar()
    issued = today - dt.timedelta(days=1)
    while not calendar.is_working_day(issued):
        issued -= dt.timedelta(days=1)
    # the document's own text, as the agency wrote it
    text = [f"Số: {number}", f"Hòa Sơn, ngày {issued:%d} tháng {issued.month} năm {issued.year}", "QUYẾT ĐỊNH",  # i18n: data
            spec["summary"], *spec["articles"]]  # fmt: skip
    based = LegalDocument.objects.filter(number=spec["based_on"]).first()
    name = f"qd-{number.split('/')[0]}-{issued.year}.odt"
    signed = stored_file(name, _odt(f"QUYẾT ĐỊNH {number}", text), title=f"Quyết định {number}")  # i18n: data
    return LegalDocumentFactory(
        kind=spec["kind"], number=number, issuer=spec["issuer"], summary=spec["summary"], place=spec["place"],
        issued_on=issued, effective_on=issued, effective_rule=spec["effective_rule"],
        signer_name=spec["signer_name"], signer_capacity=spec["signer_capacity"], full_text="\n".join(text),
        relations=[DocumentRelation(kind="based_on", target=based, cited_number=based.number)] if based else [],
        # Agencies with a member portal must post it too, each on its own clock (BK-7.1.c¶3).
        affected_agencies=Agency.objects.filter(site__isnull=False).order_by("pk")[:2],
        fields=[fields[spec["field"]]], file=signed, file__label=spec["file_label"], publish=True,
    )  # fmt: skip


def gazette(now: dt.datetime, local: LegalDocument) -> None:
    today = timezone.localdate(now)
    if GazetteIssue.objects.filter(year=today.year, number="1").exists():
        return
    lines = [f"{local.label}: {local.summary}"]
    stored = stored_file(  # i18n: data (the gazette's own text)
        f"cong-bao-1-{today.year}.odt",
        _odt(f"CÔNG BÁO TỈNH HÒA SƠN — Số 1/{today.year}", lines),
        title=f"Công báo tỉnh Hòa Sơn số 1 năm {today.year}",
    )
    issue = GazetteIssue(number="1", year=today.year, published_on=today, file=stored)
    issue.items.add(GazetteItem(document=local, pages="1-4"))
    issue.save()
    issue.save_revision().publish()


def consultation(now: dt.datetime) -> None:
    spec = DATA["consultation"]
    if Consultation.objects.filter(slug=spec["slug"]).exists():
        return
    draft = ConsultationFactory(
        title=spec["title"], slug=spec["slug"], drafting_agency=spec["drafting_agency"],
        agency=Agency.objects.filter(kind=Agency.Kind.OFFICE).first(), summary=spec["summary"],
        full_text=spec["full_text"], opens_at=now - dt.timedelta(days=spec["opened_days_ago"]), closes_at=None,
        period_working_days=spec["period_working_days"], contact_address=spec["contact_address"],
        contact_email=spec["contact_email"], contact_phone=spec["contact_phone"], publish=True,
    )  # fmt: skip
    for comment in spec["comments"]:
        received = receive_comment(
            draft, acting_user=None, name=comment["name"], organisation=comment.get("organisation", ""),
            article=comment.get("article", ""), text=comment["text"], email=f"gopy{len(comment['name'])}@example.vn",
        )  # fmt: skip
        if comment["approved"]:
            approve_comment(received, acting_user=None)
