"""Who may do what with schedules, invitations and reception days.

``available_actions(user, record)`` lists the actions ``user`` may take on ``record`` now; the admin shows
its buttons from it and ``cong.schedules.actions`` checks the same predicates before every change.

* add, change — Django's ``add_<model>`` / ``change_<model>`` permission (access level «cập nhật»);
* publish, cancel — Wagtail's ``publish_<model>`` permission («kiểm duyệt»; a cancellation is published at
  once, so it needs the right to publish);
* staff of an agency act on their agency's records only; provincial staff (no agency) on every record
  (``cong.registers.access.may_manage``).

``user=None`` is the system (a command, the demo loader): it may take every action.
"""

from __future__ import annotations

from types import SimpleNamespace

from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from cong.registers.access import UNKNOWN, may_manage

ADD = "add"
CHANGE = "change"
PUBLISH = "publish"
CANCEL = "cancel"

_PERMISSION = {ADD: "add", CHANGE: "change", PUBLISH: "publish", CANCEL: "publish"}

REFUSALS = {
    ADD: _("Bạn không có quyền thêm mục này (hoặc thêm cho cơ quan này)."),
    CHANGE: _("Bạn không có quyền sửa mục này."),
    PUBLISH: _("Bạn không có quyền công bố mục này."),
    CANCEL: _("Bạn không có quyền hủy lịch này."),
}


def permission(action: str, model: type[Model]) -> str:
    return f"{model._meta.app_label}.{_PERMISSION[action]}_{model._meta.model_name}"


def may(user, action: str, model: type[Model], agency=None, *, user_agency=UNKNOWN) -> bool:
    """May ``user`` take ``action`` on a record of ``model`` owned by ``agency`` (None: the province's)?"""
    if user is None:
        return True
    if not getattr(user, "is_authenticated", False) or not user.has_perm(permission(action, model)):
        return False
    owner = SimpleNamespace(agency_id=agency.pk if agency is not None else None)
    return may_manage(user, owner, user_agency=user_agency)


def available_actions(user, record) -> list[str]:
    """The names of the actions ``user`` may take on ``record`` in its present state: change and publish a
    record not cancelled, cancel a published one."""
    if record.cancelled:
        return []
    names = [CHANGE, PUBLISH] + ([CANCEL] if record.live else [])
    return [name for name in names if may(user, name, type(record), record.agency)]
