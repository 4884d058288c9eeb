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

from .models import BudgetDocument, Project

EDIT = "edit"
PUBLISH = "publish"
CHANGE_STATUS = "change_status"
IMPORT_TABLE = "import_table"


def _permission(action: str, model) -> str:
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def in_scope(user, agency, *, user_agency=...) -> bool:
    """The record's agency is the user's, or the user is the province's (no agency): any record."""
    if user is None:
        return True
    if user_agency is ...:
        user_agency = agency_of(user)
    return user_agency is None or user_agency == agency


def _may(user, action: str, model, agency, *, user_agency=...) -> bool:
    if user is None:
        return True
    if not getattr(user, "is_authenticated", False) or not user.has_perm(_permission(action, model)):
        return False
    return in_scope(user, agency, user_agency=user_agency)


def may_edit(user, model, agency, *, user_agency=...) -> bool:
    """Nhập, sửa: the change permission on the model, within the user's agency."""
    return _may(user, "change", model, agency, user_agency=user_agency)


def may_publish(user, model, agency, *, user_agency=...) -> bool:
    """Xuất bản: Wagtail's publish permission on the model, within the user's agency."""
    return _may(user, "publish", model, agency, user_agency=user_agency)


def available_actions(user, record, *, user_agency=...) -> list[str]:
    """The names of the actions ``user`` may take on ``record`` now."""
    if user_agency is ... and user is not None:
        user_agency = agency_of(user)
    model, agency = type(record), record.agency
    actions = []
    if may_edit(user, model, agency, user_agency=user_agency):
        actions.append(EDIT)
        if isinstance(record, Project):
            actions.append(CHANGE_STATUS)
        if isinstance(record, BudgetDocument):
            actions.append(IMPORT_TABLE)
    if may_publish(user, model, agency, user_agency=user_agency):
        actions.append(PUBLISH)
    return actions
