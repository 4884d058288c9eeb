"""Demo content of the officials app (data in cong/demo/data/officials/), loaded through its actions: the
province's leaders with drawn portraits, a directory of about forty officials across the demo agencies,
spokespersons of three agencies with their statements, a few commendations and sanctions. The people and
organisations are invented. Dates are counted back from ``now``; running it again adds nothing twice."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from cong.officials.actions import save_record
from cong.officials.models import Commendation, Leader, Official, Spokesperson, Statement

from .agencies import demo_agency
from .files import read_toml
from .portal import PALETTES, demo_collection


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    today = timezone.localtime(now).date()
    leaders = load_leaders()
    officials = load_directory()
    statements = load_spokespersons(today)
    records = load_commendations(today)
    say(
        _(
            "Lãnh đạo, danh bạ, phát ngôn: %(leaders)s lãnh đạo tại /lanh-dao/, %(officials)s người trong danh bạ "
            "tại /danh-ba/ (tìm không dấu, tải vCard), %(statements)s phát ngôn tại /phat-ngon/, %(records)s "
            "quyết định tại /khen-thuong-xu-ly/."
        )
        % {"leaders": leaders, "officials": officials, "statements": statements, "records": records}
    )


def _agency(code: str | None):
    return demo_agency(code) if code else None


def portrait(name: str, palette: str):
    """A drawn portrait (head and shoulders on a coloured ground) in the demo collection, made once."""
    image_model = get_image_model()
    title = f"Ảnh chân dung {name} (ảnh minh họa)"  # i18n: data
    found = image_model.objects.filter(title=title).first()
    if found:
        return found
    dark, light = PALETTES.get(palette, PALETTES["blue"])
    picture = PILImage.new("RGB", (300, 400), light)
    draw = ImageDraw.Draw(picture)
    draw.ellipse([95, 70, 205, 190], fill=dark)  # head
    draw.ellipse([40, 210, 260, 470], fill=dark)  # shoulders
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = image_model(title=title, collection=demo_collection())
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="chan-dung.png")
    image.save()
    return image


def load_leaders() -> int:
    for spec in read_toml("officials/leaders.toml")["leaders"]:
        if Leader.objects.filter(name=spec["name"], agency=None).exists():
            continue
        fields = {k: v for k, v in spec.items() if k != "colour"}
        leader = Leader(**fields, portrait=portrait(spec["name"], spec.get("colour", "blue")))
        save_record(leader, acting_user=None, publish=True)
    return Leader.objects.filter(live=True).count()


def load_directory() -> int:
    for spec in read_toml("officials/directory.toml")["officials"]:
        if Official.objects.filter(email=spec["email"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k != "agency"}
        save_record(Official(**fields, agency=_agency(spec.get("agency"))), acting_user=None, publish=True)
    return Official.objects.filter(live=True).count()


def load_spokespersons(today: dt.date) -> int:
    for spec in read_toml("officials/spokespersons.toml")["spokespersons"]:
        agency = _agency(spec["agency"])
        person = Spokesperson.objects.filter(agency=agency, name=spec["name"]).first()
        if person is None:
            fields = {k: spec.get(k, "") for k in ("name", "position", "phone", "email", "note")}
            person = save_record(Spokesperson(agency=agency, **fields), acting_user=None, publish=True)
        for item in spec.get("statements", []):
            if Statement.objects.filter(title=item["title"]).exists():
                continue
            statement = Statement(
                spokesperson=person,
                kind=item["kind"],
                title=item["title"],
                summary=item.get("summary", ""),
                body=item["body"],
                issued_on=today - dt.timedelta(days=item["days_ago"]),
                signer=person.name,
            )
            save_record(statement, acting_user=None, publish=True)
    return Statement.objects.filter(live=True).count()


def load_commendations(today: dt.date) -> int:
    for spec in read_toml("officials/commendations.toml")["records"]:
        if Commendation.objects.filter(decision_number=spec["decision_number"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in ("agency", "days_ago")}
        record = Commendation(
            **fields,
            agency=_agency(spec.get("agency")),
            decided_on=today - dt.timedelta(days=spec["days_ago"]),
        )
        save_record(record, acting_user=None, publish=True)
    return Commendation.objects.filter(live=True).count()
