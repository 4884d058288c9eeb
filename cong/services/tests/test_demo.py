"""The demo's services part: the catalogue through the import path, dossiers in every status, statistics."""

import datetime as dt

import pytest
from django.utils import timezone

from cong.agencies.models import Agency
from cong.demo import services as demo
from cong.demo.files import read_toml
from cong.services import stats
from cong.services.models import Dossier, Procedure, ProcedureField

pytestmark = pytest.mark.django_db


def test_demo_loads_catalogue_dossiers_and_statistics_and_reloads_without_duplicates(portal):
    now = timezone.now()
    for spec in read_toml("agencies.toml")["agencies"]:  # what the demo's editorial part creates
        Agency.objects.create(code=spec["code"], name=spec["name"], kind=spec["kind"])
    lines = []
    demo.load(now, lines.append)
    assert 110 <= Procedure.objects.count() <= 130 and ProcedureField.objects.count() >= 12
    assert Procedure.objects.exclude(agency=None).count() >= 80
    assert set(Procedure.objects.values_list("online_level", flat=True)) >= {0, 3, 4}
    assert Dossier.objects.count() == demo.DOSSIERS
    assert set(Dossier.objects.values_list("status", flat=True)) == set(Dossier.Status.values)
    assert Dossier.objects.get(code=demo.SAMPLE_CODE).status == "processing"
    today = timezone.localdate(now)
    total = stats.total(stats.statistics(stats.quarter(today - dt.timedelta(days=92)), today))
    assert total.received and total.on_time and total.late
    now_total = stats.total(stats.statistics(stats.quarter(today), today))
    assert now_total.in_progress and now_total.overdue
    demo.load(now + dt.timedelta(days=1), lines.append)  # another day: nothing twice
    assert Dossier.objects.count() == demo.DOSSIERS and Procedure.objects.count() <= 130
    assert "thu-tuc-hanh-chinh" in lines[0]
