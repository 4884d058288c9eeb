"""The schedules app's public registers: the work schedule, meeting invitations and notices, the
citizen-reception schedule. The portal links them from every page's footer, the home page and the site map,
lists their records in ``sitemap.xml`` and searches them (``cong/portal/registers.py``).

Which are linked follows the profile key ``registers.schedules`` (PROVISIONS.md §3): a register the
province's regulation lists is that province's duty, so it is linked always — also while it is still empty,
where its page says so; a register the regulation does not list is linked only once it has a published
record. ``sitemap.xml`` and the site search list a register's records once it has some.
"""

from __future__ import annotations

from django.db import connections, router
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cong.core.profiles import get_profile
from cong.portal.registers import DIRECTION, HitText, PublicRegister, answer_once, register

from .models import MeetingInvitation, ReceptionSession, WorkScheduleEvent

# The values of ``registers.schedules`` that make each register a duty (Kon Tum calls the work schedule
# "weekly_schedule", KT-10.3).
DUTIES = {
    "lich-cong-tac": {"work_schedule", "weekly_schedule"},
    "giay-moi-hop": {"meeting_invitations"},
    "lich-tiep-cong-dan": {"citizen_reception"},
}


def required_registers() -> set[str]:
    """The codes of the registers the active profile makes a duty."""
    listed = set(get_profile()["registers.schedules"])
    return {code for code, values in DUTIES.items() if values & listed}


MODELS = (WorkScheduleEvent, MeetingInvitation, ReceptionSession)
_statements: dict[str, str] = {}


def _public_answers() -> dict[str, bool]:
    """Which of the three registers have a published record, in one statement (``SELECT EXISTS(…), …``)
    instead of one query each: the footer of every page asks for those the profile does not make a duty."""
    alias = router.db_for_read(MODELS[0])
    sql = _statements.get(alias)
    if sql is None:
        parts = []
        for model in MODELS:
            inner, params = model.objects.using(alias).filter(live=True).values("pk").query.sql_with_params()
            assert not params  # "live" is a column test: the statement is the same every time
            parts.append(f"EXISTS({inner})")
        sql = _statements[alias] = "SELECT " + ", ".join(parts)
    with connections[alias].cursor() as cursor:
        cursor.execute(sql)
        row = cursor.fetchone()
    return {model._meta.label: bool(value) for model, value in zip(MODELS, row, strict=True)}


def _has_public(model) -> bool:
    # Asked for the search's listed registers and again for the footer's linked ones, for two or three
    # registers: one statement for all of them, once a request (``kept_answers``).
    return answer_once("schedules-has-public", _public_answers)[model._meta.label]


def _linked(code: str, model):
    return lambda: code in required_registers() or _has_public(model)


def _when(value) -> str:
    return timezone.localtime(value).strftime("%H:%M %d/%m/%Y") if value else ""


def _describe_event(event: WorkScheduleEvent) -> HitText:
    return HitText(
        title=f"{event.leader_name}: {event.content[:120]}",
        text=f"{_when(event.starts_at)}, {event.place}. {event.content} {event.participants}",
        date=event.starts_at,
    )


def _describe_invitation(invitation: MeetingInvitation) -> HitText:
    return HitText(
        title=f"{invitation}: {invitation.subject[:120]}",
        text=f"{invitation.subject} {invitation.place} {invitation.chair}",
        date=invitation.signed_at,
    )


def _describe_reception(session: ReceptionSession) -> HitText:
    return HitText(title=str(session), text=f"{session.place}. {session.note}", date=session.starts_at)


for code, name, hit_label, url_name, description, model, describe, order in (
    ("lich-cong-tac", _("Lịch công tác"), _("Lịch công tác"), "schedules:week",
     _("Lịch công tác hằng tuần của lãnh đạo tỉnh; lọc theo lãnh đạo, đăng ký lịch trên điện thoại."),
     WorkScheduleEvent, _describe_event, 40),
    ("giay-moi-hop", _("Giấy mời họp, thông báo"), _("Giấy mời họp, thông báo"), "schedules:invitations",
     _("Giấy mời họp, thông báo đăng ngay sau khi ký: thời gian, địa điểm, chủ trì, thành phần."),
     MeetingInvitation, _describe_invitation, 41),
    ("lich-tiep-cong-dan", _("Lịch tiếp công dân"), _("Lịch tiếp công dân"), "schedules:receptions",
     _("Lãnh đạo tiếp công dân: người tiếp, thời gian, địa điểm."),
     ReceptionSession, _describe_reception, 42),
):  # fmt: skip
    register(
        PublicRegister(
            code=code,
            name=name,
            hit_label=hit_label,
            url_name=url_name,
            description=description,
            public_items=lambda model=model: model.objects.filter(live=True),
            describe=describe,
            lastmod_field="last_published_at",
            order=order,
            linked=_linked(code, model),
            listed=lambda model=model: _has_public(model),
            group=DIRECTION,
        )
    )
