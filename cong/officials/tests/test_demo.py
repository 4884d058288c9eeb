"""The demo loads the province's leaders with portraits, ~40 officials, three agencies' spokespersons with
statements and a few commendations and sanctions, all public, through the actions; a second run adds
nothing."""

import datetime as dt

import pytest

from cong.demo import officials as demo
from cong.officials.models import Commendation, Leader, Official, Spokesperson, Statement

pytestmark = pytest.mark.django_db
MODELS = (Leader, Official, Spokesperson, Statement, Commendation)


def test_demo_is_complete_dated_from_now_and_idempotent(client, portal):
    now = dt.datetime(2027, 3, 15, 9, tzinfo=dt.UTC)
    demo.load(now, print)
    counts = [model.objects.filter(live=True).count() for model in MODELS]
    assert counts[0] >= 4 and 35 <= counts[1] <= 45 and counts[2] == 3 and counts[3] >= 5 and counts[4] >= 4
    assert all(model.objects.filter(live=False).count() == 0 for model in MODELS)
    chairman = Leader.objects.order_by("order").first()
    assert chairman.position.startswith("Chủ tịch") and chairman.portrait is not None
    assert Official.objects.filter(agency__isnull=False).values("agency").distinct().count() == 4
    assert Spokesperson.objects.filter(agency__isnull=False).count() == 3
    assert max(Statement.objects.values_list("issued_on", flat=True)) <= dt.date(2027, 3, 15)
    assert Statement.objects.filter(issued_on__gte=dt.date(2027, 2, 1)).count() == Statement.objects.count()
    demo.load(now, print)
    assert [model.objects.count() for model in MODELS] == counts
    html = client.get("/danh-ba/?q=nguyen+van").content.decode()
    # Who has the words in a row comes first; who has them apart (Nguyễn Thị …, Văn phòng) after.
    assert html.index("Nguyễn Văn Hùng") < html.index("Nguyễn Thị Lan Anh")
    assert html.index("Nguyễn Văn Tiến") < html.index("Nguyễn Thị Lan Anh")
