"""Builders for tests of the citizens' channel: agencies with staff, and questions in a given state."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from cong.agencies.models import Agency, AgencyStaff
from cong.citizens import actions
from cong.citizens.models import Field, Question

PASSWORD = "Mat-khau-thu-2026"


def user(username: str, *, email: str = "", **extra):
    return get_user_model().objects.create_user(
        username=username, password=PASSWORD, email=email or f"{username}@example.gov.vn", **extra
    )


def board_member(username: str = "bbt"):
    """A member of the editorial board: may classify, route, refuse and publish."""
    member = user(username, is_staff=True)
    group, _ = Group.objects.get_or_create(name="Ban Biên tập – Hỏi đáp")
    group.permissions.add(
        Permission.objects.get(codename="handle_as_board", content_type__app_label="citizens"),
        Permission.objects.get(codename="view_question_reports", content_type__app_label="citizens"),
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
    )
    member.groups.add(group)
    return member


def agency(code: str = "sotc", name: str = "Sở Tài chính", email: str = "sotc@example.gov.vn") -> Agency:
    found, _ = Agency.objects.get_or_create(code=code, defaults={"name": name, "email": email})
    return found


def staff(
    agency_: Agency,
    username: str,
    *,
    head: bool = False,
    position: str = "Chuyên viên",
    handles_questions=True,
):
    """An agency's staff member; by default one who handles its questions (an agency role, not a web role)."""
    account = user(username, is_staff=True, first_name=username)
    account.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    AgencyStaff.objects.create(
        user=account, agency=agency_, is_head=head, position=position, handles_questions=handles_questions
    )
    return account


def field(name: str = "Tài chính, ngân sách", slug: str = "tai-chinh") -> Field:
    found, _ = Field.objects.get_or_create(slug=slug, defaults={"name": name})
    return found


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
    return actions.receive_question(kind=kind, data=data, now=at or timezone.now())
