"""Who may do what with the officials app's records: save a draft, publish, withdraw.

``available_actions(user, record)`` lists the actions ``user`` may take on ``record``; the admin builds its
buttons from it and ``cong.officials.actions`` checks the same predicates before every change.

The permissions are Django's model permissions (``officials.change_official``, ``officials.publish_official``
…) granted to the editorial groups. An agency's staff act on their own agency's records only; the board
(who has the permission and acts for no agency) on any. ``user=None`` is the system (the demo loader, a
command): it may take every action.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cong.registers.access import UNKNOWN, may_manage

SAVE = "save"
PUBLISH = "publish"
UNPUBLISH = "unpublish"

_PERMISSION = {SAVE: "change", PUBLISH: "publish", UNPUBLISH: "publish"}
_REFUSAL = {
    SAVE: _("Bạn không có quyền sửa %(name)s này."),
    PUBLISH: _("Bạn không có quyền đăng %(name)s này."),
    UNPUBLISH: _("Bạn không có quyền gỡ %(name)s này."),
}


def permission(action: str, record) -> str:
    """``officials.publish_leader`` etc.: the model permission an action needs."""
    meta = type(record)._meta
    verb = _PERMISSION[action]
    if verb == "change" and record.pk is None:
        verb = "add"
    return f"{meta.app_label}.{verb}_{meta.model_name}"


def may(user, action: str, record, *, user_agency=UNKNOWN) -> bool:
    """The model permission of the action, on a record of the user's agency (``registers.access``)."""
    if user is None:
        return True
    if not getattr(user, "is_authenticated", False) or not user.has_perm(permission(action, record)):
        return False
    return may_manage(user, record, user_agency=user_agency)


def refusal(action: str, record) -> str:
    return _REFUSAL[action] % {"name": type(record)._meta.verbose_name}


def available_actions(user, record, *, user_agency=UNKNOWN) -> list[str]:
    """Save is always offered to who may edit; publish to who may publish (``publish_record`` still lists
    what a clause requires); withdraw only for a live record."""
    names = [SAVE, PUBLISH] + ([UNPUBLISH] if record.live and record.pk else [])
    return [name for name in names if may(user, name, record, user_agency=user_agency)]
