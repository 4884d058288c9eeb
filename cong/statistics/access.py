"""Who may do what in the statistics app: enter and publish science programmes, statistics releases and
document-exchange figures.

``user=None`` is the system (a command without ``--user``, the demo loader): it may do everything. A
signed-in user needs Wagtail's permission on the model (``statistics.publish_…`` to publish); staff of an
agency (``agency_of``) act only on their own agency's records, the provincial board on everyone's.
"""

from __future__ import annotations

PUBLISH = "publish"
EDIT = "edit"
IMPORT = "import"


def _system(user) -> bool:
    return user is None


def _agency_allows(user, agency) -> bool:
    from cong.agencies.models import agency_of

    own = agency_of(user)
    return own is None or (agency is not None and own.pk == getattr(agency, "pk", agency))


def may(user, permission: str, agency=None) -> bool:
    """``permission`` ("statistics.change_scienceprogramme"…) on a record of ``agency``."""
    if _system(user):
        return True
    if not (getattr(user, "is_authenticated", False) and user.has_perm(permission)):
        return False
    return user.is_superuser or _agency_allows(user, agency)


def _name(record) -> str:
    return type(record)._meta.model_name


def record_actions(user, record) -> list[str]:
    """The names of the actions ``user`` may take on ``record``: edit and publish."""
    actions = []
    if may(user, f"statistics.change_{_name(record)}", record.agency):
        actions.append(EDIT)
        publish = (
            f"statistics.publish_{_name(record)}"
            if _name(record) != "edocexchange"
            else "statistics.change_edocexchange"
        )
        if may(user, publish, record.agency):
            actions.append(PUBLISH)
    return actions


def may_import_edoc(user) -> bool:
    """Nhập số liệu trao đổi văn bản điện tử từ tệp: who may add the figures (any agency in the file)."""
    return _system(user) or bool(
        getattr(user, "is_authenticated", False)
        and user.has_perm("statistics.add_edocexchange")
        and _agency_allows(user, None)
    )
