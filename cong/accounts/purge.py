"""Personal-data registry (sổ đăng ký dữ liệu cá nhân): every app that keeps citizens' personal data
registers here how to purge what is past its retention, and how to export or erase one person's data.

    from cong.accounts.purge import register_purge

    def purge_answered_questions(now):            # called daily by the scheduler; returns rows purged
        cutoff = ...                              # from the profile, e.g. qa.retention_after_answer
        return Question.objects.filter(answered_at__lt=cutoff).update(asker_email="", asker_phone="")

    register_purge("questions", purge_answered_questions, label="Câu hỏi Hỏi – Đáp",
                   purpose="Trả lời câu hỏi của người dân", retention="20 ngày sau khi trả lời",
                   export=lambda subject: [...rows as dicts...], erase=lambda subject: rows_erased)

Call it from the app's ``AppConfig.ready()``. ``subject`` is an e-mail address or a phone number.
The privacy notice lists every registration (TT25-5, TT25-10); administrators export or erase one
person's data from "Dữ liệu cá nhân" in the admin (TT25-7), each request recorded in the audit log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeRegistration:
    name: str
    purge: Callable[[datetime], int]
    label: str
    purpose: str = ""
    retention: str = ""
    export: Callable[[str], list[dict]] | None = None
    erase: Callable[[str], int] | None = None


_registry: dict[str, PurgeRegistration] = {}


def register_purge(
    name: str,
    func: Callable[[datetime], int],
    *,
    label: str = "",
    purpose: str = "",
    retention: str = "",
    export: Callable[[str], list[dict]] | None = None,
    erase: Callable[[str], int] | None = None,
) -> PurgeRegistration:
    """Register ``func(now) -> int`` that removes personal data past its retention. Registering the same
    name again replaces the earlier entry (module reloads in tests)."""
    if not callable(func):
        raise TypeError(f"register_purge({name!r}): func must be callable")
    entry = PurgeRegistration(name, func, label or name, purpose, retention, export, erase)
    _registry[name] = entry
    return entry


def unregister_purge(name: str) -> None:
    _registry.pop(name, None)


def registrations() -> list[PurgeRegistration]:
    return [_registry[name] for name in sorted(_registry)]


def run_purges(now: datetime | None = None) -> dict[str, int]:
    """Run every registered purge, each in its own transaction; one failing does not stop the others.
    Returns rows purged by name (-1 for a purge that failed); records one audit entry with the counts."""
    now = now or timezone.now()
    results: dict[str, int] = {}
    failures: list[str] = []
    for entry in registrations():
        try:
            with transaction.atomic():
                results[entry.name] = int(entry.purge(now) or 0)
        except Exception:  # noqa: BLE001 - reported, then the next purge runs
            logger.exception("Purge %s failed", entry.name)
            results[entry.name] = -1
            failures.append(entry.name)
    from wagtail.models import Site

    from .audit import record

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and results:
        record(site, "cong.personal_data.purge", data={"counts": results})
    if failures:
        raise RuntimeError(
            _("Không xoá được dữ liệu hết hạn của: %(names)s") % {"names": ", ".join(failures)}
        )
    return results


def export_subject(subject: str, *, acting_user, request=None):
    """Trích xuất: everything registered apps hold about ``subject``; returns (request record, data)."""
    from .audit import record
    from .models import PersonalDataRequest

    data = {entry.name: list(entry.export(subject)) for entry in registrations() if entry.export}
    counts = {name: len(rows) for name, rows in data.items()}
    done = PersonalDataRequest.objects.create(
        kind=PersonalDataRequest.Kind.EXPORT, subject=subject, counts=counts, handled_by=acting_user
    )
    record(done, "cong.personal_data.export", user=acting_user, request=request, data={"counts": counts})
    return done, data


def erase_subject(subject: str, *, acting_user, request=None):
    """Xoá: erase ``subject``'s data in every registered app, all or nothing; returns the request record."""
    from .audit import record
    from .models import PersonalDataRequest

    with transaction.atomic():
        counts = {entry.name: int(entry.erase(subject) or 0) for entry in registrations() if entry.erase}
        done = PersonalDataRequest.objects.create(
            kind=PersonalDataRequest.Kind.ERASE, subject=subject, counts=counts, handled_by=acting_user
        )
        record(done, "cong.personal_data.erase", user=acting_user, request=request, data={"counts": counts})
    return done
