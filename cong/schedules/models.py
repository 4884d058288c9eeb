"""Records of direction and administration (chỉ đạo điều hành) that have a date and a place:

* ``WorkScheduleEvent`` — lịch công tác of the province's leaders (BK-3.3.c, LC-9.1.c, KT-10.3, LC-10.1.b);
* ``MeetingInvitation`` — giấy mời họp and thông báo of the PPC and its Office (KT-10.4), posted right after
  signing (KT-11.1.c: the ``deadlines.meeting_invitation`` posting clock starts at ``signed_at``);
* ``ReceptionSession`` — lịch tiếp công dân (LC-10.1.b).

Each is a ``RegisterRecord`` (draft/publish through Wagtail revisions, owning agency, folded search text)
and a ``CalendarEntry``: a stable iCalendar UID, a SEQUENCE raised each time a change is published and a
status that a cancellation sets (RFC 5545 §3.8.1.11, §3.8.4.7, §3.8.7.4). Changes of state are the
functions of ``actions.py``.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from cong.core.text import nfc, slugify
from cong.registers.forms import RegisterRecordForm
from cong.registers.models import RegisterRecord

# What each register's clause requires, as (field, Vietnamese name); ``missing_fields`` names the clause.
WORK_CLAUSE = "KT-10.3"
INVITATION_CLAUSE = "KT-10.4"
RECEPTION_CLAUSE = "LC-10.1.b"


class CalendarEntry(RegisterRecord):
    """What the three registers share: a time, a place, and the iCalendar identity of the event."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Theo lịch")
        CANCELLED = "cancelled", _("Đã hủy")

    uid = models.UUIDField(_("mã sự kiện (UID)"), default=uuid.uuid4, unique=True, editable=False)
    starts_at = models.DateTimeField(_("bắt đầu"), null=True, blank=True)
    ends_at = models.DateTimeField(_("kết thúc"), null=True, blank=True)
    place = models.CharField(_("địa điểm"), max_length=255, blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=16, choices=Status.choices, default=Status.SCHEDULED, editable=False
    )
    cancel_reason = models.CharField(_("lý do hủy"), max_length=500, blank=True, editable=False)
    moved_from = models.DateTimeField(
        _("thời gian cũ (đã dời)"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Thời gian ban đầu khi lịch bị dời."),
    )
    # RFC 5545 SEQUENCE: 0 at the first publication, +1 at each later publication (a change or a cancellation),
    # so a subscribed calendar replaces its copy of the event.
    sequence = models.PositiveIntegerField(_("lần sửa đã công bố (SEQUENCE)"), default=0, editable=False)

    # (field, Vietnamese name) that the clause requires; ``CLAUSE`` names it in the refusal.
    REQUIRED: ClassVar[tuple[tuple[str, str], ...]] = ()
    CLAUSE: ClassVar[str] = ""

    class Meta:
        abstract = True

    @property
    def cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def moved(self) -> bool:
        return self.moved_from is not None and not self.cancelled

    def required_fields(self) -> tuple[tuple[str, str], ...]:
        return self.REQUIRED

    def with_content_json(self, content):
        """A revision brings its fields, never an older SEQUENCE: the counter is the row's own."""
        obj = super().with_content_json(content)
        obj.sequence = self.sequence
        return obj

    # iCalendar
    def ical_summary(self) -> str:
        return str(self)

    def ical_description(self) -> str:
        return ""


def _leader_slug(name: str) -> str:
    return slugify(name, max_length=120)


class CalendarEntryForm(RegisterRecordForm):
    """The admin form refuses what the actions refuse: a missing field of the clause, an end before start
    (and, like every register's form, files an agency's staff's records under their agency)."""

    def clean(self):
        from .actions import problems

        cleaned = super().clean()
        for field, value in cleaned.items():
            setattr(self.instance, field, value)
        for message in problems(self.instance):
            self.add_error(None, message)
        return cleaned


class WorkScheduleEvent(CalendarEntry):
    """Lịch công tác: one engagement of a provincial leader (BK-3.3.c, KT-10.3, LC-10.1.b).

    The leader is written as text (name and position) with a stable ``leader_slug`` for the filter and the
    per-leader calendar feed; the leaders' register lives in another app.
    """

    leader_name = models.CharField(_("lãnh đạo"), max_length=120, blank=True)
    leader_position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    leader_slug = models.SlugField(
        _("mã lãnh đạo"),
        max_length=120,
        blank=True,
        db_index=True,
        help_text=_(
            "Dùng cho bộ lọc ?leader= và lịch riêng /lich-cong-tac/<mã>.ics; để trống để tạo từ họ tên."
        ),
    )
    content = models.TextField(_("nội dung"), blank=True)
    participants = models.TextField(_("thành phần tham dự"), blank=True)
    preparing_unit = models.CharField(_("đơn vị chuẩn bị"), max_length=255, blank=True)

    REQUIRED = (
        ("leader_name", _("lãnh đạo")),
        ("starts_at", _("thời gian bắt đầu")),
        ("place", _("địa điểm")),
        ("content", _("nội dung")),
    )
    CLAUSE = WORK_CLAUSE

    base_form_class = CalendarEntryForm
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("leader_name"), FieldPanel("leader_position")]),
                FieldPanel("leader_slug"),
            ],
            heading=_("Lãnh đạo"),
        ),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("place"),
        FieldPanel("content"),
        FieldPanel("participants"),
        FieldPanel("preparing_unit"),
        FieldPanel("agency"),
    ]
    search_fields = [
        index.SearchField("content"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("lịch công tác")
        verbose_name_plural = _("lịch công tác")
        indexes = [
            models.Index(fields=["live", "starts_at"]),
            models.Index(fields=["leader_slug", "starts_at"]),
        ]

    def __str__(self) -> str:
        when = timezone.localtime(self.starts_at).strftime("%H:%M %d/%m/%Y") if self.starts_at else ""
        return f"{when} {self.leader_name}: {self.content[:80]}".strip()

    @property
    def leader_label(self) -> str:
        return (
            f"{self.leader_position} {self.leader_name}".strip() if self.leader_position else self.leader_name
        )

    def search_parts(self) -> list[str]:
        return [self.leader_name, self.leader_position, self.content, self.place, self.participants,
                self.preparing_unit]  # fmt: skip

    def save(self, *args, **kwargs):
        self.leader_name = nfc(self.leader_name).strip()
        self.leader_slug = self.leader_slug or _leader_slug(self.leader_name)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "leader_slug", "leader_name"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("schedules:event", args=[self.pk])

    def ical_summary(self) -> str:
        return f"{self.leader_name}: {self.content}" if self.leader_name else self.content

    def ical_description(self) -> str:
        lines = [self.content]
        if self.leader_label:
            lines.append(gettext("Lãnh đạo: %(leader)s") % {"leader": self.leader_label})
        if self.participants:
            lines.append(gettext("Thành phần: %(participants)s") % {"participants": self.participants})
        if self.preparing_unit:
            lines.append(gettext("Đơn vị chuẩn bị: %(unit)s") % {"unit": self.preparing_unit})
        return "\n".join(lines)


class MeetingInvitation(CalendarEntry):
    """Giấy mời họp or thông báo (KT-10.4), posted right after it is signed (KT-11.1.c).

    ``signed_at`` starts the posting clock ``deadlines.meeting_invitation`` (Kon Tum: immediate; the
    national profile: none); publication stops it.
    """

    class Kind(models.TextChoices):
        INVITATION = "invitation", _("Giấy mời họp")
        NOTICE = "notice", _("Thông báo")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.INVITATION)
    number = models.CharField(_("số, ký hiệu"), max_length=80, blank=True, help_text=_("Ví dụ: 125/GM-UBND."))
    subject = models.TextField(_("trích yếu, nội dung"), blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    signer_position = models.CharField(_("chức vụ người ký"), max_length=200, blank=True)
    signed_at = models.DateTimeField(_("ký lúc"), null=True, blank=True)
    chair = models.CharField(_("chủ trì"), max_length=255, blank=True)
    attendees = models.TextField(_("thành phần mời"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp đính kèm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    POSTING_CLOCKS = (("deadlines.meeting_invitation", "signed_at"),)
    REQUIRED = (
        ("number", _("số, ký hiệu")),
        ("subject", _("trích yếu")),
        ("signer_name", _("người ký")),
        ("signed_at", _("thời điểm ký")),
    )
    MEETING_REQUIRED = (
        ("starts_at", _("thời gian họp")),
        ("place", _("địa điểm họp")),
        ("chair", _("người chủ trì")),
        ("attendees", _("thành phần mời")),
    )
    CLAUSE = INVITATION_CLAUSE

    base_form_class = CalendarEntryForm
    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("number")]),
        FieldPanel("subject"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("signer_name"), FieldPanel("signer_position")]),
                FieldPanel("signed_at"),
            ],
            heading=_("Người ký"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("place"),
                FieldPanel("chair"),
                FieldPanel("attendees"),
            ],
            heading=_("Cuộc họp"),
        ),
        FieldPanel("document"),
        FieldPanel("agency"),
    ]
    search_fields = [
        index.SearchField("number"),
        index.SearchField("subject"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["-signed_at", "-id"]
        verbose_name = _("giấy mời họp, thông báo")
        verbose_name_plural = _("giấy mời họp, thông báo")
        indexes = [models.Index(fields=["live", "signed_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}".strip() if self.number else self.get_kind_display()

    def required_fields(self):
        return self.REQUIRED + (self.MEETING_REQUIRED if self.kind == self.Kind.INVITATION else ())

    def search_parts(self) -> list[str]:
        return [self.number, self.subject, self.signer_name, self.chair, self.place, self.attendees]

    def get_absolute_url(self) -> str:
        return reverse("schedules:invitation", args=[self.pk])

    def ical_summary(self) -> str:
        return f"{self.subject} ({self.number})" if self.number else self.subject

    def ical_description(self) -> str:
        kind = self.get_kind_display()
        lines = [
            gettext("%(kind)s số %(number)s") % {"kind": kind, "number": self.number} if self.number else kind
        ]
        if self.chair:
            lines.append(gettext("Chủ trì: %(chair)s") % {"chair": self.chair})
        if self.attendees:
            lines.append(gettext("Thành phần: %(participants)s") % {"participants": self.attendees})
        if self.signer_name:
            signer = gettext("Người ký: %(position)s %(name)s") % {
                "position": self.signer_position,
                "name": self.signer_name,
            }
            lines.append(signer.replace("  ", " "))
        return "\n".join(lines)


class ReceptionSession(CalendarEntry):
    """Lịch tiếp công dân: who receives citizens, when and where (LC-10.1.b)."""

    receiver_name = models.CharField(_("người tiếp công dân"), max_length=120, blank=True)
    receiver_position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    note = models.TextField(
        _("nội dung"), blank=True, help_text=_("Ví dụ: tiếp công dân định kỳ; lĩnh vực đất đai, môi trường.")
    )

    REQUIRED = (
        ("receiver_name", _("người tiếp công dân")),
        ("starts_at", _("thời gian tiếp")),
        ("place", _("địa điểm tiếp")),
    )
    CLAUSE = RECEPTION_CLAUSE

    base_form_class = CalendarEntryForm
    panels = [
        FieldRowPanel([FieldPanel("receiver_name"), FieldPanel("receiver_position")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("place"),
        FieldPanel("note"),
        FieldPanel("agency"),
    ]
    search_fields = [index.SearchField("search_folded"), index.FilterField("live")]

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("lịch tiếp công dân")
        verbose_name_plural = _("lịch tiếp công dân")
        indexes = [models.Index(fields=["live", "starts_at"])]

    def __str__(self) -> str:
        when = timezone.localtime(self.starts_at).strftime("%d/%m/%Y") if self.starts_at else ""
        return (
            gettext("Tiếp công dân %(date)s: %(name)s") % {"date": when, "name": self.receiver_name}
        ).strip()

    @property
    def receiver_label(self) -> str:
        return (
            f"{self.receiver_position} {self.receiver_name}".strip()
            if self.receiver_position
            else self.receiver_name
        )

    def search_parts(self) -> list[str]:
        return [self.receiver_name, self.receiver_position, self.place, self.note]

    def get_absolute_url(self) -> str:
        return reverse("schedules:reception", args=[self.pk])

    def ical_summary(self) -> str:
        return gettext("Tiếp công dân: %(receiver)s") % {"receiver": self.receiver_label}

    def ical_description(self) -> str:
        return self.note
