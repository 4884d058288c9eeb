"""Demo content of the projects app (data in cong/demo/data/projects/), loaded through its actions: ~15
projects in all three states across agencies, procurement notices, plans of several kinds (one approved by a
decision entered in the legal register, two with a map), the current year's budget estimate and execution as
tables. Dates are relative to ``now``. Running it again adds nothing twice."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from cong.agencies.models import Agency
from cong.legal.models import LegalDocument
from cong.projects.actions import create_record, parse_amount, publish_record
from cong.projects.models import BudgetDocument, Plan, ProcurementNotice, Project

from .factories import LegalDocumentFactory, stored_file
from .files import read_toml

DATA = "projects/{}.toml"


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    today = timezone.localdate(now)
    agencies = {agency.code: agency for agency in Agency.objects.all()}
    projects = load_projects(today, agencies)
    notices = load_notices(now, today, agencies)
    plans = load_plans(today, agencies)
    budget = load_budget(today, agencies)
    say(
        _(
            "Dự án, đấu thầu, quy hoạch, ngân sách: %(projects)s dự án tại /du-an/, %(notices)s thông báo tại "
            "/dau-thau/, %(plans)s quy hoạch, kế hoạch tại /quy-hoach-ke-hoach/, %(budget)s tài liệu ngân sách "
            "tại /ngan-sach/ (quản trị: /quan-tri/snippets/projects/project/)."
        )
        % {"projects": projects, "notices": notices, "plans": plans, "budget": budget}
    )


def _pdf(title: str) -> bytes:
    """A one-page PDF whose text is ``title`` (ASCII-folded: the built-in font has no Vietnamese)."""
    from cong.core.text import fold

    text = fold(title).replace("(", "").replace(")", "")[:90]
    stream = f"BT /F1 14 Tf 60 760 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _files(spec: dict, slug: str) -> list:
    if "file" not in spec:
        return []
    return [(stored_file(f"{slug}.pdf", _pdf(spec["file"]), title=spec["file"]), spec["file"])]


def _days_ago(today: dt.date, spec: dict, key: str) -> dt.date | None:
    return today - dt.timedelta(days=spec[key]) if key in spec else None


def load_projects(today: dt.date, agencies: dict) -> int:
    for number, spec in enumerate(read_toml(DATA.format("projects"))["projects"]):
        if Project.objects.filter(name=spec["name"]).exists():
            continue
        fields = {key: spec[key] for key in ("name", "main_objective", "field", "project_type", "duration",
                                              "budget", "funding_type", "donor", "status")}  # fmt: skip
        fields.update({key: spec.get(key, "") for key in ("investor", "location", "approval_number")})
        on_time = "published_days_late" not in spec
        create_record(
            Project, acting_user=None, publish=on_time, files=_files(spec, f"du-an-{number + 1}"),
            agency=agencies.get(spec.get("agency")), approved_on=_days_ago(today, spec, "approved_days_ago"),
            **fields,
        )  # fmt: skip
    return Project.objects.filter(live=True).count()


def load_notices(now: dt.datetime, today: dt.date, agencies: dict) -> int:
    for number, spec in enumerate(read_toml(DATA.format("procurement"))["notices"]):
        if ProcurementNotice.objects.filter(title=spec["title"]).exists():
            continue
        closes_at = None
        if "closes_in_days" in spec:
            day = today + dt.timedelta(days=spec["closes_in_days"])
            closes_at = dt.datetime.combine(day, dt.time(9, 0), tzinfo=timezone.get_current_timezone())
        create_record(
            ProcurementNotice, acting_user=None, publish=True, files=_files(spec, f"dau-thau-{number + 1}"),
            kind=spec["kind"], title=spec["title"], package=spec["package"],
            procuring_entity=spec["procuring_entity"], project=Project.objects.filter(name=spec["project"]).first(),
            package_price=spec.get("package_price"), published_on=_days_ago(today, spec, "published_days_ago"),
            closes_at=closes_at, approved_on=_days_ago(today, spec, "approved_days_ago"),
            winner=spec.get("winner", ""), contract_price=spec.get("contract_price"),
            details=spec.get("details", ""), agency=agencies.get(spec.get("agency")),
        )  # fmt: skip
    return ProcurementNotice.objects.filter(live=True).count()


def _decision(today: dt.date, spec: dict) -> LegalDocument:
    """The approving decision in the legal register (entered and published once)."""
    found = LegalDocument.objects.by_number(spec["number"], issuer=spec["issuer"]).first()
    if found is not None:
        return found
    issued = today - dt.timedelta(days=spec["issued_days_ago"])
    signed = stored_file(
        f"qd-{spec['number'].split('/')[0]}.pdf", _pdf(spec["summary"]), title=spec["summary"]
    )
    return LegalDocumentFactory(  # i18n: data
        number=spec["number"], issuer=spec["issuer"], issuer_level="central", summary=spec["summary"],
        issued_on=issued, effective_on=issued, full_text=f"QUYẾT ĐỊNH\n{spec['summary']}",
        posting_duty="none", file=signed, file__label="Bản ký số", publish=True,
    )  # fmt: skip


def _map(title: str, description: str, seed: int):
    """A drawn map picture for a plan (zones in colours with their names), stored in the image library."""
    from PIL import Image, ImageDraw

    images = get_image_model()
    found = images.objects.filter(title=f"Bản đồ: {title}"[:255]).first()  # i18n: data
    if found is not None:
        return found
    picture = Image.new("RGB", (960, 640), (236, 242, 230))
    draw = ImageDraw.Draw(picture)
    zones = [((40, 40, 520, 300), (120, 170, 110)), ((440, 220, 920, 600), (232, 200, 120)),
             ((60, 340, 460, 600), (214, 150, 160)), ((560, 40, 920, 200), (150, 190, 220))]  # fmt: skip
    for index, (box, colour) in enumerate(zones[seed % 2 :] + zones[: seed % 2]):
        draw.rectangle(box, fill=colour, outline=(60, 60, 60), width=3)
        draw.text((box[0] + 12, box[1] + 12), f"Khu {index + 1}", fill=(20, 20, 20))
    draw.line((0, 320, 960, 330), fill=(200, 60, 40), width=6)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = images(title=f"Bản đồ: {title}"[:255], description=description[:255])  # i18n: data
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"ban-do-{seed}.png")
    image.save()
    return image


def load_plans(today: dt.date, agencies: dict) -> int:
    for number, spec in enumerate(read_toml(DATA.format("plans"))["plans"]):
        if Plan.objects.filter(title=spec["title"]).exists():
            continue
        decision = _decision(today, spec["decision"]) if "decision" in spec else None
        map_image = _map(spec["title"], spec["map_description"], number) if spec.get("map") else None
        create_record(
            Plan, acting_user=None, publish=True, files=_files(spec, f"quy-hoach-{number + 1}"),
            title=spec["title"], kind=spec["kind"], period=spec.get("period", ""), area=spec.get("area", ""),
            summary=spec.get("summary", ""), approving_document=decision,
            approval_number=spec.get("approval_number", ""), approved_on=_days_ago(today, spec, "approved_days_ago"),
            map_image=map_image, map_description=spec.get("map_description", ""),
            agency=agencies.get(spec.get("agency")),
        )  # fmt: skip
    return Plan.objects.filter(live=True).count()


def load_budget(today: dt.date, agencies: dict) -> int:
    for number, spec in enumerate(read_toml(DATA.format("budget"))["documents"]):
        year = today.year + spec["year_offset"]
        title = spec["title"].format(year=year)
        if BudgetDocument.objects.filter(title=title).exists():
            continue
        rows = [(code, item, parse_amount(amount)) for code, item, amount in spec.get("rows", [])]
        record = create_record(
            BudgetDocument, acting_user=None, publish=False, files=_files(spec, f"ngan-sach-{year}-{number + 1}"),
            rows=rows, year=year, kind=spec["kind"], title=title, period=spec.get("period", ""),
            approval_number=spec.get("approval_number", ""), issued_on=_days_ago(today, spec, "issued_days_ago"),
            unit=spec.get("unit", "triệu đồng")  # i18n: data, note=spec.get("note", ""), agency=agencies.get(spec.get("agency")),
        )  # fmt: skip
        publish_record(record, acting_user=None)
    return BudgetDocument.objects.filter(live=True).count()
