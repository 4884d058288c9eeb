"""Who may do what with projects, procurement notices, plans and budget documents.

Staff of an agency act on their agency's records only (its member portal's register); the provincial
board's staff (no agency) on every record. Within that scope, Wagtail's model permissions decide: change
(``projects.change_project``…) to enter and edit, publish (``projects.publish_project``…) to publish.
``available_actions`` lists what a user may do with a record now; the admin builds its buttons from it and
``cong.projects.actions`` checks the same predicates before every change.

``user=None`` is the system (the demo loader, a command): it may take every action.
"""

from __future__ import annotations

from cong.agencies.models import agency_of
from cong.registers.access import may_manage

from .models import BudgetDocument, Project

EDIT = "edit"
PUBLISH = "publish"
CHANGE_STATUS = "change_status"
IMPORT_TABLE = "import_table"


def _permission(action: str, model) -> str:
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def user_agency_of(user):
    """``agency_of(user)``, asked once per user object (a request's user): an admin list asks per row."""
    if user is None:
        return None
    if not hasattr(user, "_projects_agency"):
        user._projects_agency = agency_of(user)
    return user._projects_agency


def _may(user, action: str, record, user_agency) -> bool:
    if user is None:
        return True
    if not getattr(user, "is_authenticated", False) or not user.has_perm(_permission(action, type(record))):
        return False
    return may_manage(user, record, user_agency=user_agency)


def may_edit(user, record, *, user_agency=None) -> bool:
    """Nhập, sửa: the change permission on the model, for a record of the user's agency."""
    if user_agency is None:
        user_agency = user_agency_of(user)
    return _may(user, "change", record, user_agency)


def may_publish(user, record, *, user_agency=None) -> bool:
    """Xuất bản: Wagtail's publish permission on the model, for a record of the user's agency."""
    if user_agency is None:
        user_agency = user_agency_of(user)
    return _may(user, "publish", record, user_agency)


def available_actions(user, record) -> list[str]:
    """The names of the actions ``user`` may take on ``record`` now."""
    user_agency = user_agency_of(user)
    actions = []
    if _may(user, "change", record, user_agency):
        actions.append(EDIT)
        if isinstance(record, Project):
            actions.append(CHANGE_STATUS)
        if isinstance(record, BudgetDocument):
            actions.append(IMPORT_TABLE)
    if _may(user, "publish", record, user_agency):
        actions.append(PUBLISH)
    return actions
