"""Who may do what in the services app.

The catalogue comes whole from the national procedures database and the dossiers from the provincial
dossier system: importing either is the provincial portal's (the board's, or the Office's staff who run the
one-stop desk, KT-10.5) — not an agency's staff, whose member portal only shows its own procedures.
``user=None`` is the system (a command, the scheduler, the demo loader).
"""

from __future__ import annotations

from cong.agencies.models import agency_of

IMPORT_PERMISSION = "services.add_procedure"


def may_import(user) -> bool:
    """Nhập danh mục thủ tục, hồ sơ: the system, or provincial staff who may add procedures."""
    if user is None:
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    return user.has_perm(IMPORT_PERMISSION) and agency_of(user) is None
