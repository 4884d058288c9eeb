"""Builders for tests of the citizens' channel: agencies with staff, and questions in a given state."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from cong.agencies.models import Agency
from cong.citizens import actions
from cong.citizens.models import Field, Question
from cong.demo.factories import (
    AgencyFactory,
    AgencyStaffFactory,
    FieldFactory,
    StaffUserFactory,
    UserFactory,
    qa_board_group,
)

PASSWORD = "Mat-khau-thu-2026"


def user(username: str, *, email: str = "", **extra):
    return UserFactory(
        username=username, password=PASSWORD, email=email or f"{username}@example.gov.vn", **extra
    )


def board_member(username: str = "bbt"):
    """A member of the editorial board: may classify, route, refuse and publish."""
    return user(username, is_staff=True, groups=[qa_board_group()])


def agency(code: str = "sotc", name: str = "Sở Tài chính", email: str = "sotc@example.gov.vn") -> Agency:
    return AgencyFactory(code=code, name=name, email=email)


def staff(
    agency_: Agency,
    username: str,
    *,
    head: bool = False,
    position: str = "Chuyên viên",
    handles_questions=True,
):
    """An agency's staff member; by default one who handles its questions (an agency role, not a web role)."""
    account = StaffUserFactory(
        username=username, password=PASSWORD, email=f"{username}@example.gov.vn", first_name=username
    )
    AgencyStaffFactory(
        user=account, agency=agency_, is_head=head, position=position, handles_questions=handles_questions
    )
    return account


def two_agencies(head: str = "giamdoc", *, position: str = "Giám đốc") -> dict:
    """The board; Sở Tài chính with its head (username ``head``) and a clerk; Sở Nông nghiệp và Môi trường,
    as yet without staff (the tests that transfer or re-route add whom they need)."""
    first = agency()
    other = agency("sonnmt", "Sở Nông nghiệp và Môi trường", "sonnmt@example.gov.vn")
    return {
        "board": board_member(),
        "agency": first,
        "other": other,
        "head": staff(first, head, head=True, position=position),
        "clerk": staff(first, "chuyenvien"),
    }


def field(name: str = "Tài chính, ngân sách", slug: str = "tai-chinh") -> Field:
    return FieldFactory(slug=slug, name=name)


ASKER = {
    "asker_type": Question.AskerType.INDIVIDUAL,
    "full_name": "Nguyễn Văn An",
    "id_number": "001203004005",
    "house_number": "12",
    "street": "Ngõ 17 Bế Văn Đàn",
    "commune": "Phường Tân Phong",
    "district": "Thành phố Lai Châu",
    "province": "Lai Châu",
    "phone": "0912345678",
    "email": "an.nguyen@example.com",
}


def question(
    *,
    title: str = "Hỏi về thủ tục cấp phép xây dựng",
    content: str = "Xin hỏi hồ sơ gồm những gì?",
    kind: str = Question.Kind.QUESTION,
    at: dt.datetime | None = None,
    **extra,
) -> Question:
    data = {**ASKER, "title": title, "content": content, **extra}
    return actions.receive_question(acting_user=None, kind=kind, data=data, now=at or timezone.now())


def routed(world: dict, question: Question, policy_group: str) -> Question:
    """The board of ``world`` classifies ``question`` in the world's field and routes it to its agency."""
    return actions.route_question(
        question, world["agency"], acting_user=world["board"], field=world["field"], policy_group=policy_group
    )
