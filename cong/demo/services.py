"""Demo content of the services app: the procedure catalogue imported from ``data/services/thu-tuc.csv`` (a
file in the national database's export format, through ``cong services import``'s own action, so the import
path is exercised), ~300 dossiers of the provincial dossier system in every status with dates relative to
``now`` (through the adapters' action), and so a quarter and more of statistics. Running it again adds
nothing twice: the import is idempotent by code and the dossiers' codes do not depend on the day."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from django.utils import timezone
from django.utils.translation import gettext as _

from cong.services.actions import DossierRecord, import_procedures_file, receive_dossiers
from cong.services.models import Dossier, Procedure

from .files import DATA_DIR

CATALOGUE = DATA_DIR / "services" / "thu-tuc.csv"
DOSSIERS = 300
DAYS_BACK = 100
# The dossier the README and the end-to-end journey look up: always in progress, due in a week.
SAMPLE_CODE = "H12.01-000001"


def load(now: dt.datetime, say: Callable[[str], object]) -> None:
    report = import_procedures_file(CATALOGUE, acting_user=None, now=now)
    records = dossiers(now)
    receive_dossiers(records, acting_user=None, source="demo", now=now)
    say(
        _(
            "Thủ tục hành chính: %(procedures)s thủ tục tại /thu-tuc-hanh-chinh/ (nhập từ %(file)s: %(report)s); "
            "%(dossiers)s hồ sơ — tra cứu tại /tra-cuu-ho-so/ với mã %(code)s; thống kê tại "
            "/thu-tuc-hanh-chinh/thong-ke/."
        )
        % {
            "procedures": Procedure.objects.filter(retired=False).count(),
            "file": CATALOGUE.name,
            "report": report,
            "dossiers": Dossier.objects.count(),
            "code": SAMPLE_CODE,
        }
    )


def dossiers(now: dt.datetime) -> list[DossierRecord]:
    """~300 dossiers received over the last ``DAYS_BACK`` days, in every status: resolved on time or late,
    refused, withdrawn, in progress, waiting for documents, overdue. Same codes and mix every day."""
    today = timezone.localdate(now)
    rng = random.Random(15)  # noqa: S311 - demo data, not a secret
    procedures = list(
        Procedure.objects.filter(retired=False, agency__isnull=False)
        .select_related("agency")
        .order_by("code")
        .only("code", "name", "agency__code", "agency__name")
    )
    agencies = sorted({p.agency.code for p in procedures})
    S = Dossier.Status
    records = [
        DossierRecord(
            code=SAMPLE_CODE, procedure_code=procedures[0].code, procedure_name=procedures[0].name,
            agency_code=procedures[0].agency.code, agency_name=procedures[0].agency.name,
            received_on=today - dt.timedelta(days=3), due_on=today + dt.timedelta(days=7), resolved_on=None,
            status=S.PROCESSING,
        )
    ]  # fmt: skip
    for n in range(2, DOSSIERS + 1):
        procedure = rng.choice(procedures)
        received = today - dt.timedelta(days=rng.randrange(0, DAYS_BACK))
        due = received + dt.timedelta(days=rng.choice((1, 5, 7, 14, 21, 30)))
        resolved, status = None, S.PROCESSING
        roll = rng.random()
        if due < today:
            if roll < 0.68:
                resolved, status = (
                    received + dt.timedelta(days=rng.randrange(0, (due - received).days + 1)),
                    S.RETURNED,
                )
            elif roll < 0.83:
                resolved = min(today, due + dt.timedelta(days=rng.randrange(1, 10)))
                status = S.RESOLVED
            elif roll < 0.88:
                status = rng.choice((S.REFUSED, S.WITHDRAWN))
            else:
                status = rng.choice((S.PROCESSING, S.SUPPLEMENT))  # overdue
        else:
            if roll < 0.4 and received < today:
                resolved = received + dt.timedelta(days=rng.randrange(0, (today - received).days + 1))
                status = rng.choice((S.RESOLVED, S.RETURNED))
            else:
                status = rng.choice((S.RECEIVED, S.PROCESSING, S.PROCESSING, S.SUPPLEMENT))
        index = agencies.index(procedure.agency.code) + 1
        records.append(
            DossierRecord(
                code=f"H12.{index:02d}-{n:06d}", procedure_code=procedure.code, procedure_name=procedure.name,
                agency_code=procedure.agency.code, agency_name=procedure.agency.name, received_on=received,
                due_on=due, resolved_on=resolved, status=status,
            )
        )  # fmt: skip
    return records
