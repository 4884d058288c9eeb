"""Who may do what with schedules, invitations and reception days.

``available_actions(user, record)`` lists the actions ``user`` may take on ``record`` now; the admin shows
its buttons from it and ``cong.schedules.actions`` checks the same predicates before every change.

* add, change — Django's ``add_<model>`` / ``change_<model>`` permission;
* publish, cancel — Wagtail's ``publish_<model>`` permission (a cancellation is published at once);
* staff of an agency act on their agency's records only; provincial staff (no agency) on every record.

``user=None`` is the system (a command, the demo loader): it may take every action.
"""

from __future__ import annotations

from django.db.models import Model

ADD = "add"
CHANGE = "change"
PUBLISH = "publish"
CANCEL = "cancel"

_PERMISSION = {ADD: "add", CHANGE: "change", PUBLISH: "publish", CANCEL: "publish"}

REFUSALS = {
    ADD: "Bạn không có quyền thêm mục này.",
    CHANGE: "Bạn không có quyền sửa mục này.",
    PUBLISH: "Bạn không có quyền công bố mục này.",
    CANCEL: "Bạn không có quyền hủy lịch này.",
}


def permission(action: str, model: type[Model]) -> str:
    return f"{model._meta.app_label}.{_PERMISSION[action]}_{model._meta.model_name}"


def _user_agency(user):
    from cong.agencies.models import agency_of

    return agency_of(user)


def may(user, action: str, model: type[Model], agency=None, *, user_agency=...) -> bool:
    """May ``user`` take ``action`` on a record of ``model`` owned by ``agency`` (None: the province's)?"""
    if user is None:
        return True
    if not getattr(user, "is_authenticated", False) or not user.has_perm(permission(action, model)):
        return False
    if user.is_superuser:
        return True
    if user_agency is ...:
        user_agency = _user_agency(user)
    return user_agency is None or (agency is not None and user_agency.pk == agency.pk)


def available_actions(user, record) -> list[str]:
    """The names of the actions ``user`` may take on ``record`` in its present state."""
    model = type(record)
    user_agency = ... if user is None else _user_agency(user)
    names = []
    for name in (CHANGE, PUBLISH, CANCEL):
        if name == CANCEL and (record.cancelled or not record.live):
            continue
        if may(user, name, model, record.agency, user_agency=user_agency):
            names.append(name)
    return names
