"""The demo's projects, notices, plans and budget load through the actions, relative to any day, once."""

import datetime as dt

import pytest
from django.utils import timezone

from cong.agencies.models import Agency
from cong.core.clock import TZ
from cong.demo import projects as demo
from cong.projects.models import BudgetDocument, Plan, ProcurementNotice, Project

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("now", [timezone.now(), dt.datetime(2031, 1, 2, 8, tzinfo=TZ)])
def test_demo_is_complete_relative_to_now_and_idempotent(portal, now):
    for code, name in (("sonnmt", "Sở Nông nghiệp và Môi trường"), ("ubndtanlap", "UBND huyện Tân Lập"),
                       ("sotc", "Sở Tài chính"), ("sogddt", "Sở Giáo dục và Đào tạo")):  # fmt: skip
        Agency.objects.create(code=code, name=name)
    demo.load(now, print)
    live = Project.objects.filter(live=True)
    assert Project.objects.count() == 15 and live.count() == 14  # one waits: its posting clock runs
    assert set(live.values_list("status", flat=True)) == {"preparing", "ongoing", "completed"}
    assert live.exclude(agency=None).order_by().values("agency").distinct().count() == 3
    assert ProcurementNotice.objects.filter(live=True).count() == 4
    plans = Plan.objects.filter(live=True)
    assert plans.count() == 7 and plans.order_by().values("kind").distinct().count() == 7
    master = plans.get(kind="socio_economic")
    assert master.approving_document.live and master.approval == "Quyết định 1530/QĐ-TTg"
    assert master.map_image is not None and master.map_description
    budget = BudgetDocument.objects.filter(live=True, year=timezone.localdate(now).year)
    assert set(budget.values_list("kind", flat=True)) == {"estimate", "execution"}
    assert all(document.rows.count() >= 6 for document in budget)
    late = Project.objects.get(live=False)
    assert late.approved_on == timezone.localdate(now) - dt.timedelta(days=3)
    counts = (Project.objects.count(), ProcurementNotice.objects.count(), Plan.objects.count(),
              BudgetDocument.objects.count())  # fmt: skip
    demo.load(now, print)
    assert counts == (Project.objects.count(), ProcurementNotice.objects.count(), Plan.objects.count(),
                      BudgetDocument.objects.count())  # fmt: skip
