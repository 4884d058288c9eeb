"""The demo: five programmes (two with accepted results), three releases with charts, a quarter of exchange
figures for the demo agencies; loading it again adds nothing."""

import datetime as dt

import pytest

from cong.core.clock import TZ
from cong.demo import statistics as demo
from cong.demo.agencies import demo_agency
from cong.statistics.models import EdocExchange, ScienceProgramme, StatisticsRelease

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=TZ)


def counts():
    return (ScienceProgramme.objects.count(), StatisticsRelease.objects.count(), EdocExchange.objects.count())


def test_demo_is_complete_and_idempotent(portal, client):
    for code in ("sonnmt", "ubndtanlap", "sotc"):
        demo_agency(code)
    demo.load(NOW, print)
    assert ScienceProgramme.objects.filter(live=True).count() == 5
    assert ScienceProgramme.objects.filter(live=True, accepted_on__isnull=False).count() == 2
    assert StatisticsRelease.objects.filter(live=True).count() == 3
    quarter = EdocExchange.objects.filter(period_kind="quarter", year=2026, number=3, live=True)
    assert quarter.count() >= 3 and EdocExchange.objects.filter(period_kind="month", number=9).exists()
    for release in StatisticsRelease.objects.all():
        page = client.get(release.get_absolute_url()).content.decode()
        assert 'role="img"' in page and "<table" in page
    before = counts()
    demo.load(NOW, print)
    assert counts() == before
