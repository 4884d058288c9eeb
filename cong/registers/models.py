"""The base of every register record: schedules, officials, projects, plans, statistics…

Each register app (``schedules``, ``officials``, ``projects``, ``statistics``) subclasses ``RegisterRecord``.
A record belongs to the agency that publishes it (``agency``; empty for the provincial portal's own): its
member portal lists it, the provincial portal lists everyone's. A record whose clause sets a posting time
(BK-7.1.d/đ/e, LC-12.1.d/đ/e, ND43-17) names the profile key and the date fields that start the clock in
``POSTING_CLOCKS``; ``cong.registers.posting`` starts the clock on save and stops it at publication.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _

from cong.core.records import PublishedRecord, folded_words

from .forms import RegisterRecordForm


class RegisterRecord(PublishedRecord):
    """A published record of a government register, owned by an agency (or by the province)."""

    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("cơ quan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Cơ quan công bố; để trống nếu là thông tin của Cổng tỉnh. Cổng thành viên của cơ quan "
            "hiển thị thông tin của mình; Cổng tỉnh hiển thị của mọi cơ quan."
        ),
    )
    search_folded = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)

    # (profile key, date field) pairs: each date, once set, starts the key's posting clock. Science has two:
    # approval starts the listing's clock, acceptance the results' (BK-7.1.đ).
    POSTING_CLOCKS: ClassVar[tuple[tuple[str, str], ...]] = ()

    base_form_class = RegisterRecordForm

    class Meta:
        abstract = True

    def search_parts(self) -> list[str]:
        """The texts the register's diacritic-free search matches; a subclass lists its own fields."""
        return [str(self)]

    def save(self, *args, **kwargs):
        # A save of chosen fields (Wagtail's «save draft» of a published record writes only its revision
        # pointers) leaves the search text as published: a draft's words must not be found.
        if kwargs.get("update_fields") is None:
            self.search_folded = folded_words(*self.search_parts())
        super().save(*args, **kwargs)
