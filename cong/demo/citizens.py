"""Hỏi – Đáp and petitions of the demo: the agencies' heads and clerks and the board's clerk, fields, and
questions in every state (new, routed, returned, progress notice, overdue, answered, published with
citations, refused) and petitions with published results (data/citizens/citizens.toml). Every question
goes through the actions a person's click runs. A second run adds nothing."""

from __future__ import annotations

import datetime as dt
from itertools import count

from django.utils import timezone
from django.utils.translation import gettext as _

from cong.agencies.models import AgencyStaff
from cong.citizens import actions
from cong.citizens.models import Field, Question
from cong.core.clock import working_calendar
from cong.core.profiles import get_profile

from .agencies import demo_agency
from .factories import ADMIN_ACCESS, DemoUserFactory, FieldFactory, qa_board_group
from .files import read_toml
from .users import DEMO_PASSWORD, with_role

DATA = read_toml("citizens/citizens.toml")
STAFF_ROLES = ("qa-head", "qa-clerk")


def people():
    """Agencies, fields, staff accounts and the board: everything of this part that does not depend on the
    date. Returns (agencies, fields, users, board)."""
    staff = with_role(*STAFF_ROLES)
    agencies = {entry.agency: demo_agency(entry.agency) for entry in staff}
    fields = {spec["slug"]: FieldFactory(order=order, **spec) for order, spec in enumerate(DATA["fields"])}
    users = {}
    for entry in staff:
        users[entry.username] = DemoUserFactory(
            username=entry.username, is_staff=True, permissions=[ADMIN_ACCESS]
        )
        # Agency roles: the head answers; the clerks handle the agency's questions (no web role).
        AgencyStaff.objects.update_or_create(
            user=users[entry.username],
            defaults={"agency": agencies[entry.agency], "position": entry.position,
                      "is_head": entry.role == "qa-head", "handles_questions": True},
        )  # fmt: skip
    board_entry = with_role("qa-board")[0]
    board = DemoUserFactory(username=board_entry.username, is_staff=True, permissions=[ADMIN_ACCESS])
    board.groups.add(qa_board_group())
    return agencies, fields, users, board


def _staff(users: dict, code: str, role: str):
    return users[with_role(role, agency=code)[0].username]


class Asking:
    """Questions received from the askers of the data in turn, each dated ``days_ago`` before ``now``."""

    def __init__(self, now: dt.datetime):
        self.now, self.numbers = now, count()

    def ask(self, spec: dict, fields: dict, *, kind=Question.Kind.QUESTION, days_ago: int | None = None):
        number = next(self.numbers)
        asker = DATA["askers"][number % len(DATA["askers"])]
        data = {
            "asker_type": Question.AskerType.INDIVIDUAL,
            "house_number": str(10 + number),
            "street": "Đường 19/5",  # i18n: data
            "province": "Tỉnh Hòa Sơn",  # i18n: data
            "email": f"nguoihoi{number}@example.com",
            **asker,
            "title": spec["title"],
            "content": spec["content"],
            "field": fields[spec["field"]] if spec.get("field") else None,
            "regulation": spec.get("regulation", ""),
        }
        days = spec["days_ago"] if days_ago is None else days_ago
        return actions.receive_question(
            acting_user=None, kind=kind, data=data, now=self.now - dt.timedelta(days=days)
        )


def _route(question, board, agency, **extra):
    """Route with the classification the profile requires (``qa.classification``; ST-24.4 adds the policy
    group)."""
    required = get_profile()["qa.classification"]
    if "field" in required and question.field is None:
        extra.setdefault("field", Field.objects.get(slug="thu-tuc-hanh-chinh"))
    if "policy_group" in required:
        extra.setdefault("policy_group", "Cải cách hành chính")  # i18n: data
    return actions.route_question(question, agency, acting_user=board, **extra)


def questions(base, now: dt.datetime) -> None:
    """Questions and petitions in every state, dated from ``now`` (the part of the demo that depends on the
    date: cong/citizens/tests/test_demo.py runs it on every day of a year)."""
    agencies, fields, users, board = base
    asking = Asking(now)
    for index, spec in enumerate(DATA["published"]):
        code = spec["agency"]
        question = asking.ask(spec, fields, days_ago=12 - index)
        _route(question, board, agencies[code], socio_economic=code == "sotc")
        citations = [actions.CitationIn(c["number"], c["summary"], c["issued_on"], c["issuer"])
                     for c in spec["citations"]]  # fmt: skip
        actions.answer_question(
            question, spec["answer"], acting_user=_staff(users, code, "qa-head"), citations=citations
        )
        actions.publish_answer(question, acting_user=board)
    for spec in DATA["petitions"]:
        petition = asking.ask(spec, fields, kind=Question.Kind.PETITION, days_ago=9)
        _route(petition, board, agencies[spec["agency"]])
        actions.answer_question(
            petition, spec["result"], acting_user=_staff(users, spec["agency"], "qa-head")
        )
        actions.publish_answer(petition, acting_user=board)
    for spec in DATA["questions"]:
        question = asking.ask(spec, fields)
        if "agency" in spec:
            _route(question, board, agencies[spec["agency"]])
        STATES[spec["state"]](question, spec, users, board, now)


def _returned(question, spec, users, board, now):
    actions.return_question(question, spec["reason"], acting_user=_staff(users, spec["agency"], "qa-clerk"))


def _progress(question, spec, users, board, now):
    # The promised date must be a working day (holidays, Tết and swapped days included), as the action
    # checks: the first working day at least 20 days ahead.
    new_date = working_calendar().next_working_day(timezone.localdate(now) + dt.timedelta(days=19))
    actions.send_progress_notice(
        question, spec["message"], new_date, acting_user=_staff(users, spec["agency"], "qa-head")
    )


def _answered(question, spec, users, board, now):
    actions.answer_question(question, spec["answer"], acting_user=_staff(users, spec["agency"], "qa-head"))


def _refused(question, spec, users, board, now):
    if Question.Refusal.COMPLAINT in get_profile()["qa.may_reject"]:
        actions.refuse_question(
            question, Question.Refusal.COMPLAINT, spec["reasons"]["complaint"], acting_user=board
        )
    else:  # ST-24.1, ST-24.7: only a violation may be refused
        actions.refuse_question(
            question, Question.Refusal.VIOLATION, spec["reasons"]["violation"], acting_user=board
        )


def _as_received(question, spec, users, board, now):
    """Received, routed or overdue: nothing more than asking (and routing) it."""


STATES = {"received": _as_received, "routed": _as_received, "overdue": _as_received, "returned": _returned,
          "progress": _progress, "answered": _answered, "refused": _refused}  # fmt: skip


def load(now: dt.datetime, say) -> None:
    base = people()
    if Question.objects.filter(title=DATA["published"][0]["title"]).exists():
        say(_("Hỏi – Đáp: dữ liệu mẫu đã có, không thêm."))
    else:
        questions(base, now)
    say(
        _("Hỏi – Đáp (/hoi-dap/, /phan-anh-kien-nghi/, quản trị /quan-tri/hoi-dap/), mật khẩu %(password)s:")
        % {"password": DEMO_PASSWORD}
    )
    for entry in with_role("qa-board", *STAFF_ROLES):
        say(f"  {entry.username:12} {entry.label}")
