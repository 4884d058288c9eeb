"""Regulation profiles (hồ sơ quy định): every number or rule a regulation sets, as data.

A profile is a TOML file under ``profiles/``: ``national`` holds the defaults of Decree 43/2011/NĐ-CP
(ND43) and the national texts it rests on; each province file names ``parent = "national"`` and
overrides only what its regulation changes. Every value carries the clause it comes from
(``source = "LC-12.1.c"``, IDs of PROVISIONS.md). The active profile is ``settings.CONG_PROFILE``.

Code asks the profile, never hard-codes a rule::

    from cong.core.profiles import get_profile
    period = get_profile()["qa.answer"]           # Period(days=15, unit="working_days")
    get_profile().param("qa.answer").source       # "LC-13.6"
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext, gettext_lazy, gettext_noop

ROOT_PROFILE = "national"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# One clause ID (LC-12.1.c, BK-7.1.f¶2s2, ND43-17, BLDS-147, ND43) or "default" (Cổng's own choice).
_SOURCE_PART_RE = re.compile(r"^(default|[A-Z][A-Z0-9]*(-\S+)?)( \([^)]*\))?$")


def _(message: str) -> str:
    """``gettext`` once the apps are ready. cong/settings.py loads the profile while settings are imported,
    before Django's app registry is ready, when gettext raises AppRegistryNotReady: a profile error then
    reads in Vietnamese, the message id itself. Named ``_`` so that makemessages extracts the literal."""
    return gettext(message) if apps.ready else message


class PlannedKeyError(LookupError):
    """Code asked for a key of the [planned] table: its feature does not exist yet (chưa áp dụng)."""

    def __init__(self, key: str):
        self.key = key
        super().__init__(
            _(
                "Khoá «%(key)s» chưa áp dụng (bảng [planned] của hồ sơ quy định, tính năng: %(feature)s). "
                "Tính năng bắt đầu đọc khoá này phải bỏ nó khỏi PLANNED trong cong/core/profiles.py và chuyển "
                "nó ra khỏi bảng [planned] trong mọi tệp profiles/*.toml."
            )
            % {"key": key, "feature": _(PLANNED[key])}
        )


class ProfileError(ImproperlyConfigured):
    """An invalid profile file; the message names the file, the key and the problem (in Vietnamese)."""

    def __init__(self, path: Path | str, key: str, problem: str):
        self.path, self.key, self.problem = str(path), key, problem
        super().__init__(
            _("Hồ sơ quy định không hợp lệ — tệp %(path)s, khoá «%(key)s»: %(problem)s")
            % {"path": self.path, "key": key, "problem": problem}
        )


# --- Value types -------------------------------------------------------------------------------


class PeriodUnit(StrEnum):
    """The unit of a statutory time limit, as written in the profile files (``unit = "working_days"``)."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"  # the regulation says plain "ngày" (Civil Code 2015 art. 147)
    IMMEDIATE = "immediate"
    NONE = "none"


# Plain strings as keys: the Clock model's choices are written into its migration. The words are marked with
# gettext_noop (plain Vietnamese strings, as other apps compare and join them) and translated where shown.
PERIOD_UNITS = {
    PeriodUnit.WORKING_DAYS.value: gettext_noop("ngày làm việc"),
    PeriodUnit.CALENDAR_DAYS.value: gettext_noop("ngày"),
    PeriodUnit.IMMEDIATE.value: gettext_noop("ngay lập tức"),
    PeriodUnit.NONE.value: gettext_noop("không quy định thời hạn"),
}
INTERVAL_UNITS = {
    "hours": gettext_noop("giờ"),
    "days": gettext_noop("ngày"),
    "weeks": gettext_noop("tuần"),
    "months": gettext_noop("tháng"),
}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Period:
    """A statutory time limit (thời hạn): ``days`` in ``unit``; ``starts`` says which event starts it."""

    days: int | None
    unit: str
    starts: str = field(default="", compare=False)  # a description: two equal limits are equal

    @property
    def in_working_days(self) -> bool:
        return self.unit == PeriodUnit.WORKING_DAYS

    @property
    def in_calendar_days(self) -> bool:
        return self.unit == PeriodUnit.CALENDAR_DAYS

    @property
    def is_immediate(self) -> bool:
        return self.unit == PeriodUnit.IMMEDIATE

    @property
    def has_limit(self) -> bool:
        return self.unit != PeriodUnit.NONE

    def __str__(self) -> str:
        if self.days is None:
            return _(PERIOD_UNITS[self.unit])
        return f"{self.days} {_(PERIOD_UNITS[self.unit])}"

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"days": self.days, "unit": self.unit}
        if self.starts:
            data["starts"] = self.starts
        return data


@dataclass(frozen=True)
class Interval:
    """A recurring interval (chu kỳ): backups, password changes. ``value = 0`` means no limit."""

    value: int
    unit: str

    def __str__(self) -> str:
        return _("không giới hạn") if self.value == 0 else f"{self.value} {_(INTERVAL_UNITS[self.unit])}"

    def as_json(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit}


def add_interval(moment: dt.datetime, interval: Interval) -> dt.datetime:
    """``moment`` plus a profile interval; months are calendar months (31/1 + 1 month = 28 or 29/2)."""
    if interval.unit == "months":
        month_index = moment.month - 1 + interval.value
        year, month = moment.year + month_index // 12, month_index % 12 + 1
        day = min(moment.day, calendar.monthrange(year, month)[1])
        return moment.replace(year=year, month=month, day=day)
    return moment + dt.timedelta(**{interval.unit: interval.value})  # hours, days or weeks (INTERVAL_UNITS)


class _Invalid(Exception):
    """A problem in one value, turned into a ProfileError once the file and key are known."""


def _count(raw: Any, name: str) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise _Invalid(
            _("«%(name)s» phải là số nguyên, không phải %(type)s") % {"name": name, "type": _type_name(raw)}
        )
    if raw < 0:
        raise _Invalid(_("«%(name)s» không được âm (%(value)s)") % {"name": name, "value": raw})
    return raw


def _type_name(raw: Any) -> str:
    names = {
        bool: _("đúng/sai"), int: _("số"), float: _("số thực"), str: _("chuỗi"), list: _("danh sách"),
        dict: _("bảng"), dt.date: _("ngày"), dt.datetime: _("thời điểm"), dt.time: _("giờ"),
    }  # fmt: skip
    return names.get(type(raw), type(raw).__name__)


@dataclass(frozen=True)
class Kind:
    """How one profile value is written in TOML and checked."""

    name: str
    fields: tuple[str, ...] = ("value",)
    choices: tuple[str, ...] = ()

    def parse(self, raw: dict[str, Any]) -> Any:
        if self.name == "period":
            return self._period(raw)
        if self.name == "interval":
            unit = raw.get("unit")
            if unit not in INTERVAL_UNITS:
                raise _Invalid(
                    _("«unit» phải là một trong %(allowed)s, không phải %(value)s")
                    % {"allowed": ", ".join(INTERVAL_UNITS), "value": repr(unit)}
                )
            return Interval(_count(raw.get("value"), "value"), unit)
        value = raw["value"]
        if self.name == "text":
            if not isinstance(value, str):
                raise _Invalid(_("«value» phải là chuỗi, không phải %(type)s") % {"type": _type_name(value)})
            return value
        if self.name == "texts":
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise _Invalid(_("«value» phải là danh sách chuỗi"))
            if self.choices:
                unknown = [item for item in value if item not in self.choices]
                if unknown:
                    raise _Invalid(
                        _("giá trị không hợp lệ %(values)s; được phép: %(allowed)s")
                        % {"values": unknown, "allowed": ", ".join(self.choices)}
                    )
            return tuple(value)
        if self.name == "bool":
            if not isinstance(value, bool):
                raise _Invalid(
                    _("«value» phải là true hoặc false, không phải %(type)s") % {"type": _type_name(value)}
                )
            return value
        if self.name == "count":
            return _count(value, "value")
        if self.name == "choice":
            if value not in self.choices:
                raise _Invalid(
                    _("«value» phải là một trong %(allowed)s, không phải %(value)s")
                    % {"allowed": ", ".join(self.choices), "value": repr(value)}
                )
            return value
        if self.name == "date":  # a TOML date, or "" when the instrument has none
            if value == "":
                return None
            if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
                raise _Invalid(
                    _('«value» phải là ngày (YYYY-MM-DD) hoặc "", không phải %(type)s')
                    % {"type": _type_name(value)}
                )
            return value
        if self.name == "time":
            if not isinstance(value, str) or not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
                raise _Invalid(
                    _("«value» phải là giờ dạng HH:MM, không phải %(value)s") % {"value": repr(value)}
                )
            return dt.time.fromisoformat(value)
        raise AssertionError(self.name)  # pragma: no cover - the schema below uses only these kinds

    def _period(self, raw: dict[str, Any]) -> Period:
        unit = raw.get("unit")
        if unit not in PERIOD_UNITS:
            raise _Invalid(
                _("«unit» phải là một trong %(allowed)s, không phải %(value)s")
                % {"allowed": ", ".join(PERIOD_UNITS), "value": repr(unit)}
            )
        starts = raw.get("starts", "")
        if not isinstance(starts, str):
            raise _Invalid(_("«starts» phải là chuỗi"))
        if unit in (PeriodUnit.WORKING_DAYS, PeriodUnit.CALENDAR_DAYS):
            if "days" not in raw:
                raise _Invalid(_("thiếu «days» (số ngày)"))
            return Period(_count(raw["days"], "days"), unit, starts)
        if "days" in raw:
            raise _Invalid(_("«days» không dùng với unit = %(unit)s") % {"unit": repr(unit)})
        return Period(0 if unit == PeriodUnit.IMMEDIATE else None, unit, starts)


TEXT = Kind("text")
TEXTS = Kind("texts")
BOOL = Kind("bool")
COUNT = Kind("count")
DATE = Kind("date")
TIME = Kind("time")
PERIOD = Kind("period", fields=("days", "unit", "starts"))
INTERVAL = Kind("interval", fields=("value", "unit"))


def choice(*options: str) -> Kind:
    return Kind("choice", choices=options)


def choices(*options: str) -> Kind:
    return Kind("texts", choices=options)


ASKER_FIELDS = (
    "full_name", "position", "id_number", "founding_decision", "house_number", "street", "commune",
    "district", "province", "phone", "email",
)  # fmt: skip
# Ways an agency sends information to the board (cong.editorial.submissions.CHANNEL_LABELS).
SUBMISSION_CHANNELS = (
    "online", "paper_form", "paper", "email", "electronic_file", "signed_e_document", "member_website",
    "member_portal", "official_letter_and_email", "integrated_website",
)  # fmt: skip
# The numbered items of the phiếu (BK-App.1–6); unit, information and section make the draft article.
SUBMISSION_FORM_ITEMS = ("unit", "sender", "information", "documents", "photos", "section")
# Kinds of unit (cong.agencies.models.Agency.Kind) that may run a member portal.
UNIT_KINDS = ("department", "board", "district", "commune", "mass_organisation", "office", "other")
# What a legal document may be required to have before publication (fields of cong.legal.models.LegalDocument,
# and "file": at least one file to download).
LEGAL_PUBLICATION_FIELDS = (
    "kind", "number", "issuer", "issuer_level", "issued_on", "effective_on", "summary", "signer_name", "file",
)  # fmt: skip
FREQUENCIES = ("monthly", "quarterly", "half_yearly", "yearly", "on_request", "periodic")

# Every key of PROVISIONS.md §3 "Profile parameters": kind and Vietnamese label for the admin.
SCHEMA: dict[str, tuple[Kind, str]] = {
    # 3.1 Identity, site, languages, standards
    "meta.instrument": (TEXT, gettext_lazy("Văn bản quy định")),
    "meta.title": (TEXT, gettext_lazy("Trích yếu")),
    "meta.signed": (DATE, gettext_lazy("Ngày ký")),
    "meta.in_force": (DATE, gettext_lazy("Ngày có hiệu lực")),
    "meta.replaces": (TEXT, gettext_lazy("Thay thế văn bản")),
    "meta.lapsed": (DATE, gettext_lazy("Ngày hết hiệu lực")),
    "meta.replaced_by": (TEXT, gettext_lazy("Được thay thế bởi")),
    "site.kind": (choice("provincial_portal", "office_website"), gettext_lazy("Loại cổng/trang")),
    "owner": (TEXT, gettext_lazy("Cơ quan chủ quản")),
    "operator": (TEXT, gettext_lazy("Cơ quan vận hành")),
    "focal_unit": (TEXT, gettext_lazy("Đơn vị đầu mối")),
    "site.domain.primary": (TEXT, gettext_lazy("Tên miền chính")),
    "site.domain.aliases": (TEXTS, gettext_lazy("Tên miền phụ")),
    "site.https_required": (BOOL, gettext_lazy("Bắt buộc HTTPS")),
    "i18n.languages": (TEXTS, gettext_lazy("Ngôn ngữ")),
    "text.unicode_standard": (TEXT, gettext_lazy("Chuẩn mã ký tự")),
    "files.open_formats": (TEXT, gettext_lazy("Định dạng tệp mở")),
    "content.media_types": (
        choices("text", "audio", "images", "video", "graphics"),
        gettext_lazy("Loại nội dung"),
    ),
    "standards.cited": (TEXTS, gettext_lazy("Tiêu chuẩn kỹ thuật viện dẫn")),
    "participation.mandatory": (TEXT, gettext_lazy("Bắt buộc tham gia")),
    "categories": (TEXTS, gettext_lazy("Chuyên mục thông tin bắt buộc")),
    "legal.required_fields": (
        choices(*LEGAL_PUBLICATION_FIELDS),
        gettext_lazy("Thông tin bắt buộc của văn bản khi xuất bản"),
    ),
    # 3.2 Time limits for posting information
    "deadlines.regular_sections": (PERIOD, gettext_lazy("Chuyên mục cập nhật thường xuyên")),
    "deadlines.law_dissemination": (PERIOD, gettext_lazy("Phổ biến, hướng dẫn pháp luật")),
    "deadlines.legal_doc_issuer": (PERIOD, gettext_lazy("Văn bản — cơ quan ban hành")),
    "deadlines.legal_doc_affected": (PERIOD, gettext_lazy("Văn bản — cơ quan thuộc phạm vi điều chỉnh")),
    "deadlines.legal_database_entry": (PERIOD, gettext_lazy("Đưa văn bản vào cơ sở dữ liệu văn bản")),
    "deadlines.draft_posting": (PERIOD, gettext_lazy("Đăng dự thảo lấy ý kiến")),
    "consultation.period": (PERIOD, gettext_lazy("Thời hạn góp ý dự thảo")),
    "deadlines.planning_projects": (PERIOD, gettext_lazy("Chiến lược, quy hoạch, dự án, đấu thầu")),
    "deadlines.science": (PERIOD, gettext_lazy("Chương trình, đề tài khoa học")),
    "deadlines.statistics": (PERIOD, gettext_lazy("Thông tin thống kê")),
    "deadlines.admin_procedures": (PERIOD, gettext_lazy("Thủ tục hành chính")),
    "deadlines.leader_activity_news": (PERIOD, gettext_lazy("Tin hoạt động của lãnh đạo")),
    "deadlines.meeting_invitation": (PERIOD, gettext_lazy("Giấy mời họp")),
    "deadlines.changed_information": (PERIOD, gettext_lazy("Thông tin thay đổi")),
    "calendar.basis": (TEXT, gettext_lazy("Cách tính ngày làm việc")),
    "calendar.weekend": (choices(*WEEKDAYS), gettext_lazy("Ngày nghỉ hằng tuần")),
    "calendar.working_hours.start": (TIME, gettext_lazy("Giờ bắt đầu làm việc")),
    "calendar.working_hours.end": (TIME, gettext_lazy("Giờ kết thúc làm việc")),
    "calendar.counting.start": (
        choice("next_working_day", "next_opening"),
        gettext_lazy("Thời điểm bắt đầu tính"),
    ),
    "calendar.counting.working_day_due": (
        choice("end_of_working_hours", "end_of_day"),
        gettext_lazy("Thời điểm hết hạn (thời hạn tính bằng ngày làm việc)"),
    ),
    "calendar.counting.calendar_day_roll": (
        BOOL,
        gettext_lazy("Ngày cuối là ngày nghỉ thì chuyển sang ngày làm việc kế"),
    ),
    "provision.window": (
        choice("any_time", "working_hours"),
        gettext_lazy("Thời gian cung cấp, trao đổi thông tin"),
    ),
    # 3.3 Intake of information and editorial workflow
    "submission.channels": (choices(*SUBMISSION_CHANNELS), gettext_lazy("Hình thức gửi thông tin")),
    "submission.emails": (TEXTS, gettext_lazy("Hộp thư nhận thông tin")),
    "submission.form": (
        choices(*SUBMISSION_FORM_ITEMS),
        gettext_lazy("Các mục của phiếu cung cấp thông tin"),
    ),
    "workflows.article": (TEXTS, gettext_lazy("Các bước duyệt tin bài")),
    "provider_matrix": (TEXT, gettext_lazy("Phân công cung cấp thông tin")),
    "citizens.online_interviews": (BOOL, gettext_lazy("Giao lưu trực tuyến")),
    # 3.4 Questions and answers, petitions
    "qa.enabled": (BOOL, gettext_lazy("Hỏi – Đáp")),
    "qa.title": (TEXT, gettext_lazy("Tên chuyên mục Hỏi – Đáp")),
    "petitions.enabled": (BOOL, gettext_lazy("Phản ánh, kiến nghị")),
    "qa.answer": (PERIOD, gettext_lazy("Thời hạn trả lời câu hỏi")),
    "qa.clock_start": (
        choice("portal_receipt", "agency_receipt"),
        gettext_lazy("Mốc bắt đầu tính thời hạn trả lời"),
    ),
    "qa.progress_notice": (BOOL, gettext_lazy("Được thông báo tiến độ thay cho trả lời")),
    "qa.out_of_scope_notice": (PERIOD, gettext_lazy("Thông báo câu hỏi không đúng thẩm quyền")),
    "qa.transfer_restarts_clock": (BOOL, gettext_lazy("Chuyển câu hỏi thì tính lại thời hạn")),
    "qa.default_router": (TEXT, gettext_lazy("Nơi chuyển câu hỏi chưa rõ thẩm quyền")),
    "qa.accepted_topics": (TEXTS, gettext_lazy("Nội dung được hỏi")),
    "qa.excluded_topics": (TEXTS, gettext_lazy("Nội dung không tiếp nhận")),
    "qa.asker_fields.individual": (choices(*ASKER_FIELDS), gettext_lazy("Thông tin bắt buộc — cá nhân")),
    "qa.asker_fields.organisation": (choices(*ASKER_FIELDS), gettext_lazy("Thông tin bắt buộc — tổ chức")),
    "qa.answerer_roles": (TEXTS, gettext_lazy("Người được trả lời")),
    "qa.answer_citations": (
        choices("number_symbol", "summary", "date", "issuer"),
        gettext_lazy("Trích dẫn văn bản"),
    ),
    "qa.publication": (choices("via_board", "direct"), gettext_lazy("Hình thức trả lời được phép")),
    "qa.retention_after_answer": (PERIOD, gettext_lazy("Thời gian lưu câu trả lời")),
    "qa.intake": (choice("always", "working_days"), gettext_lazy("Thời gian tiếp nhận câu hỏi")),
    "qa.disclaimer": (TEXT, gettext_lazy("Lưu ý pháp lý")),
    "qa.may_reject": (choices("violation", "complaint", "out_of_scope"), gettext_lazy("Lý do được từ chối")),
    "qa.classification": (
        choices("field", "policy_group"),
        gettext_lazy("Phân loại bắt buộc khi chuyển câu hỏi"),
    ),
    "qa.answer_delegation": (BOOL, gettext_lazy("Thủ trưởng được ủy quyền người khác trả lời")),
    "qa.personal_data_retention": (PERIOD, gettext_lazy("Thời gian giữ dữ liệu cá nhân của người hỏi")),
    "qa.reminder_before": (PERIOD, gettext_lazy("Nhắc cơ quan trước hạn trả lời")),
    # 3.5 Security, personal data, operation
    "security.access_levels": (TEXTS, gettext_lazy("Mức truy cập")),
    "security.min_accounts_per_member": (COUNT, gettext_lazy("Số tài khoản tối thiểu mỗi thành viên")),
    "security.password_max_age": (INTERVAL, gettext_lazy("Chu kỳ đổi mật khẩu")),
    "security.force_change_first_login": (BOOL, gettext_lazy("Đổi mật khẩu khi đăng nhập lần đầu")),
    "security.account_sharing": (
        choice("prohibited", "with_authorisation"),
        gettext_lazy("Dùng chung tài khoản"),
    ),
    "security.backup_interval": (INTERVAL, gettext_lazy("Chu kỳ sao lưu")),
    "security.backup_interval_max": (INTERVAL, gettext_lazy("Chu kỳ sao lưu dài nhất được phép")),
    "security.backup_scope": (
        choices("configuration", "database", "media"),
        gettext_lazy("Nội dung sao lưu"),
    ),
    "security.backup_media": (TEXTS, gettext_lazy("Phương tiện sao lưu")),
    "archive.policy": (TEXT, gettext_lazy("Lưu trữ")),
    "ops.availability": (TEXT, gettext_lazy("Thời gian hoạt động")),
    "ops.hosting": (TEXT, gettext_lazy("Nơi đặt hệ thống")),
    "privacy.basis": (TEXTS, gettext_lazy("Căn cứ bảo vệ dữ liệu cá nhân")),
    "terms.prohibited": (TEXTS, gettext_lazy("Hành vi bị cấm")),
    # 3.6 Member portals, reporting, services, royalties, advertising, attribution
    "member_portals.enabled": (BOOL, gettext_lazy("Cổng thành viên")),
    "member_portals.term": (TEXT, gettext_lazy("Tên gọi cổng thành viên")),
    "member_portals.unit_types": (choices(*UNIT_KINDS), gettext_lazy("Đơn vị có cổng thành viên")),
    "member_portals.domain_pattern": (TEXT, gettext_lazy("Mẫu tên miền cổng thành viên")),
    "member_portals.local_label": (
        choice("full_name", "any"),
        gettext_lazy("Tên miền cổng thành viên của huyện, xã: tên đầy đủ không dấu"),
    ),
    "member_portals.approval": (
        choice("administrator", "provincial_board"),
        gettext_lazy("Người tạo, phê duyệt cổng thành viên"),
    ),
    "member_portals.self_approval": (
        BOOL,
        gettext_lazy("Cổng thành viên nhỏ: kiểm duyệt viên được tự duyệt tin của mình"),
    ),
    "reports.member_frequency": (choices(*FREQUENCIES), gettext_lazy("Báo cáo của cổng thành viên")),
    "reports.portal_frequency": (choices(*FREQUENCIES), gettext_lazy("Báo cáo của Cổng")),
    "reports.board_review": (choices(*FREQUENCIES), gettext_lazy("Họp sơ kết Ban Biên tập")),
    "public_services.scheme": (choice("nd43", "nd42"), gettext_lazy("Phân loại dịch vụ công trực tuyến")),
    "public_services.policy": (TEXT, gettext_lazy("Dịch vụ công trực tuyến")),
    "public_services.min_level": (
        COUNT,
        gettext_lazy(
            "Mức độ dịch vụ công trực tuyến tối thiểu trên cổng của sở, ngành, huyện (theo mức 1–4; 0: không quy định)"
        ),
    ),
    "registers.edoc_exchange": (BOOL, gettext_lazy("Công khai tiến độ trao đổi văn bản điện tử")),
    "registers.schedules": (
        choices("work_schedule", "weekly_schedule", "meeting_invitations", "citizen_reception"),
        gettext_lazy("Lịch công tác"),
    ),
    "royalties.basis": (TEXT, gettext_lazy("Căn cứ nhuận bút")),
    "ads.enabled": (BOOL, gettext_lazy("Quảng cáo")),
    "ads.allowed_purposes": (TEXTS, gettext_lazy("Nội dung quảng cáo được phép")),
    "attribution.required": (
        choices("author", "source", "verbatim", "time_posted", "link"),
        gettext_lazy("Ghi nguồn"),
    ),
    "attribution.reuse_citation": (TEXT, gettext_lazy("Câu ghi nguồn khi sử dụng lại")),
    "spokesperson.fields": (
        choices("name", "position", "phone", "email"),
        gettext_lazy("Thông tin người phát ngôn"),
    ),
    "spokesperson.basis": (TEXT, gettext_lazy("Căn cứ người phát ngôn")),
    "gazette.mode": (choice("internal", "external_link", "none"), gettext_lazy("Công báo")),
    "gazette.external_url": (TEXT, gettext_lazy("Địa chỉ Công báo bên ngoài")),
    "complaint_channels": (TEXTS, gettext_lazy("Nơi tiếp nhận phản ánh về Cổng")),
    "org.messaging_group": (TEXT, gettext_lazy("Nhóm trao đổi")),
    "org.staff_training": (TEXT, gettext_lazy("Tập huấn cán bộ")),
}
_GROUPS = {".".join(key.split(".")[:depth]) for key in SCHEMA for depth in range(1, key.count(".") + 1)}

# Headings of the admin profile page, in the order of PROVISIONS.md §3: first segment of a key → section.
PROFILE_SECTIONS = (
    (
        gettext_lazy("Văn bản, tên gọi, tên miền, ngôn ngữ"),
        (
            "meta",
            "site",
            "owner",
            "operator",
            "focal_unit",
            "i18n",
            "text",
            "files",
            "content",
            "standards",
            "participation",
            "categories",
            "legal",
        ),
    ),
    (gettext_lazy("Thời hạn đăng thông tin"), ("deadlines", "consultation")),
    (gettext_lazy("Ngày làm việc và cách tính thời hạn"), ("calendar", "provision")),
    (
        gettext_lazy("Tiếp nhận thông tin, quy trình biên tập"),
        ("submission", "workflows", "provider_matrix", "citizens"),
    ),
    (gettext_lazy("Hỏi – Đáp, phản ánh, kiến nghị"), ("qa", "petitions")),
    (
        gettext_lazy("An toàn thông tin, dữ liệu cá nhân, vận hành"),
        ("security", "archive", "ops", "privacy", "terms"),
    ),
    (
        gettext_lazy("Cổng thành viên, báo cáo, dịch vụ công, nhuận bút, quảng cáo, ghi nguồn"),
        (
            "member_portals",
            "reports",
            "public_services",
            "registers",
            "royalties",
            "ads",
            "attribution",
            "spokesperson",
            "gazette",
            "complaint_channels",
            "org",
        ),
    ),
)


# Keys whose feature does not exist yet (chưa áp dụng), with the feature that will read them. Every profile
# file writes them under a [planned] table; the profile page lists them apart; code that asks for one gets
# PlannedKeyError. A feature that starts reading a key removes it from here and moves it out of [planned]
# in every file (tests/test_profile_keys.py checks both directions).
_REPORTS = gettext_noop("Báo cáo định kỳ và báo cáo tuân thủ")
_REGISTERS = gettext_noop("Danh mục công khai: lịch công tác, giấy mời họp, người phát ngôn")
_STALENESS = gettext_noop("Báo cáo thông tin chậm cập nhật")
PLANNED: dict[str, str] = {
    "reports.member_frequency": _REPORTS,
    "reports.portal_frequency": _REPORTS,
    "reports.board_review": _REPORTS,
    "org.messaging_group": _REPORTS,
    "org.staff_training": _REPORTS,
    "archive.policy": _REPORTS,
    "ops.hosting": _REPORTS,
    "security.backup_media": _REPORTS,
    "security.min_accounts_per_member": _REPORTS,
    "security.account_sharing": _REPORTS,
    "standards.cited": _REPORTS,
    "participation.mandatory": _REPORTS,
    "public_services.policy": gettext_noop("Dịch vụ công trực tuyến"),
    "spokesperson.basis": _REGISTERS,
    "deadlines.leader_activity_news": _REGISTERS,
    "citizens.online_interviews": _REGISTERS,
    "royalties.basis": gettext_noop("Nhuận bút"),
    "ads.enabled": gettext_noop("Quảng cáo"),
    "ads.allowed_purposes": gettext_noop("Quảng cáo"),
    "deadlines.regular_sections": _STALENESS,
    "deadlines.changed_information": _STALENESS,
    # Text is always stored as precomposed Unicode (NFC, cong/core/text.py), the one encoding TCVN 6909:2001
    # allows and every profile names; KT-9.1 names no formats, only a circular not in the seeds. Both wait
    # for the compliance report that states them.
    "text.unicode_standard": _REPORTS,
    "files.open_formats": _REPORTS,
    # The posts that disseminate a law are articles of the «Phổ biến, hướng dẫn pháp luật» section; no model
    # links such an article to the document it explains, so no clock can start from the document.
    "deadlines.law_dissemination": gettext_noop("Liên kết bài phổ biến, hướng dẫn pháp luật với văn bản"),
    # Every province writes it as prose naming agencies and sections; enforcing it needs each section
    # assigned to the agency that supplies it.
    "provider_matrix": gettext_noop("Phân công cơ quan cung cấp thông tin cho từng chuyên mục"),
}

# Vietnamese words for the identifiers profiles use (choices, weekdays, roles, channels): the profile page
# never shows a raw identifier where one is listed here; every option of a choice kind must be listed.
OPTION_LABELS: dict[str, str] = {
    "provincial_portal": gettext_noop("Cổng Thông tin điện tử"),
    "office_website": gettext_noop("Trang thông tin điện tử"),
    "text": gettext_noop("văn bản"),
    "audio": gettext_noop("âm thanh"),
    "images": gettext_noop("hình ảnh"),
    "video": "video",
    "graphics": gettext_noop("đồ họa"),
    "mon": gettext_noop("thứ Hai"),
    "tue": gettext_noop("thứ Ba"),
    "wed": gettext_noop("thứ Tư"),
    "thu": gettext_noop("thứ Năm"),
    "fri": gettext_noop("thứ Sáu"),
    "sat": gettext_noop("thứ Bảy"),
    "sun": gettext_noop("Chủ nhật"),
    "next_working_day": gettext_noop("từ ngày làm việc kế tiếp (ngày xảy ra sự việc không tính)"),
    "next_opening": gettext_noop("từ giờ làm việc kế tiếp (nhận trước giờ làm việc thì tính ngay ngày đó)"),
    "end_of_working_hours": gettext_noop("hết giờ làm việc của ngày cuối"),
    "end_of_day": gettext_noop("hết ngày cuối (24 giờ)"),
    "any_time": gettext_noop("mọi lúc"),
    "working_hours": gettext_noop("trong giờ làm việc"),
    "portal_receipt": gettext_noop("khi Cổng tiếp nhận"),
    "agency_receipt": gettext_noop("khi cơ quan có thẩm quyền nhận"),
    "always": gettext_noop("mọi lúc"),
    "working_days": gettext_noop("ngày làm việc"),
    "full_name": gettext_noop("họ tên"),
    "position": gettext_noop("chức vụ"),
    "id_number": gettext_noop("số định danh (CMND/CCCD)"),
    "founding_decision": gettext_noop("quyết định thành lập"),
    "house_number": gettext_noop("số nhà"),
    "street": gettext_noop("đường, phố"),
    "commune": gettext_noop("xã, phường"),
    "district": gettext_noop("quận, huyện"),
    "province": gettext_noop("tỉnh, thành phố"),
    "phone": gettext_noop("điện thoại"),
    "email": gettext_noop("thư điện tử"),
    "name": gettext_noop("họ tên"),
    "number_symbol": gettext_noop("số, ký hiệu"),
    "summary": gettext_noop("trích yếu"),
    "date": gettext_noop("ngày ban hành"),
    "issuer": gettext_noop("cơ quan ban hành"),
    "kind": gettext_noop("hình thức văn bản"),
    "number": gettext_noop("số, ký hiệu"),
    "issuer_level": gettext_noop("cấp ban hành"),
    "issued_on": gettext_noop("ngày ban hành"),
    "effective_on": gettext_noop("ngày có hiệu lực"),
    "signer_name": gettext_noop("người ký"),
    "file": gettext_noop("tệp văn bản để tải về"),
    "prohibited": gettext_noop("cấm"),
    "with_authorisation": gettext_noop("chỉ khi được ủy quyền"),
    "monthly": gettext_noop("hằng tháng"),
    "quarterly": gettext_noop("hằng quý"),
    "half_yearly": gettext_noop("6 tháng một lần"),
    "yearly": gettext_noop("hằng năm"),
    "on_request": gettext_noop("khi có yêu cầu"),
    "periodic": gettext_noop("định kỳ"),
    "nd43": gettext_noop("mức 1–4 (Nghị định 43/2011/NĐ-CP)"),
    "nd42": gettext_noop("toàn trình, một phần (Nghị định 42/2022/NĐ-CP)"),
    "work_schedule": gettext_noop("lịch công tác"),
    "weekly_schedule": gettext_noop("lịch làm việc tuần"),
    "meeting_invitations": gettext_noop("giấy mời họp"),
    "citizen_reception": gettext_noop("lịch tiếp công dân"),
    "author": gettext_noop("tác giả"),
    "source": gettext_noop("nguồn tin"),
    "verbatim": gettext_noop("giữ nguyên nội dung"),
    "time_posted": gettext_noop("thời gian đăng"),
    "link": gettext_noop("đường liên kết"),
    "internal": gettext_noop("Công báo đăng trên Cổng"),
    "external_link": gettext_noop("liên kết tới Công báo bên ngoài"),
    "none": gettext_noop("không có"),
    "configuration": gettext_noop("cấu hình"),
    "database": gettext_noop("cơ sở dữ liệu"),
    "media": gettext_noop("tệp tải lên (ảnh, tài liệu)"),
    "private": gettext_noop("tệp đính kèm của người dân"),
    # access levels and workflow steps (cong/editorial/roles.py)
    "administer": gettext_noop("quản trị"),
    "administration": gettext_noop("quản trị"),
    "moderate": gettext_noop("kiểm duyệt"),
    "update": gettext_noop("cập nhật"),
    "editing": gettext_noop("biên tập"),
    "section_moderator": gettext_noop("kiểm duyệt chuyên mục"),
    "authenticated": gettext_noop("xác thực"),
    "authorised": gettext_noop("được cấp quyền"),
    "identified": gettext_noop("định danh"),
    "team_leader": gettext_noop("Tổ trưởng"),
    "deputy": gettext_noop("Tổ phó"),
    "member": gettext_noop("thành viên"),
    "updater": gettext_noop("cán bộ cập nhật"),
    "unit_head": gettext_noop("thủ trưởng đơn vị"),
    "board_secretary": gettext_noop("Thư ký Ban Biên tập"),
    "board_leader": gettext_noop("Lãnh đạo Ban Biên tập"),
    "editorial_board": gettext_noop("Ban Biên tập"),
    "provider": gettext_noop("đơn vị cung cấp"),
    "editor": gettext_noop("biên tập viên"),
    # submission channels and Q&A classification
    "online": gettext_noop("trực tuyến"),
    "paper_form": gettext_noop("phiếu giấy"),
    "member_website": gettext_noop("website thành viên"),
    "member_portal": gettext_noop("cổng thành viên"),
    "official_letter_and_email": gettext_noop("công văn kèm thư điện tử"),
    "integrated_website": gettext_noop("trang tích hợp"),
    "signed_e_document": gettext_noop("văn bản điện tử có chữ ký số"),
    "paper": gettext_noop("văn bản giấy"),
    "electronic_file": gettext_noop("tệp điện tử"),
    "field": gettext_noop("lĩnh vực"),
    "policy_group": gettext_noop("nhóm chính sách"),
    "via_board": gettext_noop("qua Ban Biên tập đăng trên Cổng"),
    "direct": gettext_noop("trả lời trực tiếp người hỏi"),
    "violation": gettext_noop("câu hỏi vi phạm quy định"),
    "complaint": gettext_noop("khiếu nại, tố cáo"),
    "out_of_scope": gettext_noop("không thuộc thẩm quyền của cơ quan trong tỉnh"),
    # items of the phiếu (cong/editorial/submissions.py), kinds of unit, member-portal rules
    "unit": gettext_noop("tên đơn vị"),
    "sender": gettext_noop("tên người gửi"),
    "information": gettext_noop("thông tin"),
    "documents": gettext_noop("văn bản kèm theo"),
    "photos": gettext_noop("ảnh"),
    "section": gettext_noop("đề nghị đăng mục"),
    "department": gettext_noop("sở, ngành"),
    "board": gettext_noop("ban, cơ quan ngang sở"),
    "mass_organisation": gettext_noop("tổ chức chính trị – xã hội"),
    "office": gettext_noop("Văn phòng UBND tỉnh"),
    "other": gettext_noop("đơn vị khác"),
    "any": gettext_noop("tên viết tắt tùy chọn"),
    "administrator": gettext_noop("quản trị Cổng"),
    "provincial_board": gettext_noop("Ban Biên tập tỉnh"),
}


def option_label(identifier: str) -> str:
    """The translated word for a profile identifier (OPTION_LABELS); a value not listed is shown as written."""
    return _(OPTION_LABELS[identifier]) if identifier in OPTION_LABELS else identifier


# --- Profiles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One resolved value with the clause it comes from and the profile that set it."""

    key: str
    value: Any
    source: str
    note: str
    defined_in: str

    @property
    def label(self) -> str:
        return SCHEMA[self.key][1]

    @property
    def planned(self) -> bool:
        """Chưa áp dụng: the feature that reads this key does not exist yet."""
        return self.key in PLANNED

    @property
    def feature(self) -> str:
        return _(PLANNED[self.key]) if self.key in PLANNED else ""

    @property
    def unit(self) -> str:
        """The unit in words: "ngày làm việc", "tuần", "giờ (HH:MM)", "ngày (dd/mm/yyyy)", or ""."""
        value = self.value
        if isinstance(value, Period):
            return _(PERIOD_UNITS[value.unit]) if value.has_limit and not value.is_immediate else ""
        if isinstance(value, Interval):
            return _(INTERVAL_UNITS[value.unit])
        kind = SCHEMA[self.key][0].name
        if kind == "time":
            return _("giờ (HH:MM)")
        if kind == "date":
            return _("ngày (ngày/tháng/năm)")
        return _("số lượng") if kind == "count" else ""

    @property
    def starts(self) -> str:
        """For a time limit, the event that starts it ("văn bản được ban hành")."""
        return self.value.starts if isinstance(self.value, Period) else ""

    @property
    def display(self) -> str:
        """The value as an operator reads it: "15 ngày làm việc", "08:00", "vi, en", "có"."""
        value = self.value
        if value is None or value == "" or value == ():
            return "—"
        if isinstance(value, bool):
            return _("có") if value else _("không")
        if isinstance(value, tuple):
            return ", ".join(option_label(item) for item in value)
        if isinstance(value, str) and SCHEMA[self.key][0].name == "choice":
            return option_label(value)
        if isinstance(value, dt.time):
            return value.strftime("%H:%M")
        if isinstance(value, dt.date):
            return value.strftime("%d/%m/%Y")
        return str(value)

    def json_value(self) -> Any:
        value = self.value
        if isinstance(value, Period | Interval):
            return value.as_json()
        if isinstance(value, dt.date | dt.time):
            return value.isoformat()[:5] if isinstance(value, dt.time) else value.isoformat()
        if isinstance(value, tuple):
            return list(value)
        return value


@dataclass
class Profile:
    """A resolved regulation profile: its own values over those of its parents."""

    name: str
    path: Path
    parent: str | None
    chain: tuple[str, ...]
    params: dict[str, Param] = field(default_factory=dict)  # enforced keys only
    planned: dict[str, Param] = field(default_factory=dict)  # chưa áp dụng: shown, never read by code

    def __getitem__(self, key: str) -> Any:
        return self.param(key).value

    def param(self, key: str) -> Param:
        if key in PLANNED:
            raise PlannedKeyError(key)
        try:
            return self.params[key]
        except KeyError:
            raise KeyError(_("Hồ sơ quy định không có khoá «%(key)s»") % {"key": key}) from None

    def period(self, key: str) -> Period:
        value = self[key]
        if not isinstance(value, Period):
            raise TypeError(_("Khoá «%(key)s» không phải là thời hạn") % {"key": key})
        return value

    def lapsed_on(self, today: dt.date) -> dt.date | None:
        """The day the instrument stopped applying (hết hiệu lực), if that day has come by ``today``."""
        lapsed = self["meta.lapsed"]
        return lapsed if lapsed is not None and lapsed <= today else None

    def as_json(self) -> dict[str, Any]:
        def entry(param: Param) -> dict[str, Any]:
            return {
                "value": param.json_value(),
                "source": param.source,
                **({"note": param.note} if param.note else {}),
                "from": param.defined_in,
            }

        return {
            "name": self.name,
            "file": str(self.path),
            "parent": self.parent,
            "chain": list(self.chain),
            "values": {key: entry(param) for key, param in sorted(self.params.items())},
            "planned": {
                key: {**entry(param), "feature": PLANNED[key]} for key, param in sorted(self.planned.items())
            },
        }


def profiles_dir() -> Path:
    """Where profile files live: ``settings.CONG_PROFILES_DIR`` or ``profiles/`` beside the package."""
    configured = getattr(settings, "CONG_PROFILES_DIR", None)
    return Path(configured) if configured else Path(settings.PROJECT_DIR) / "profiles"


def available_profiles(directory: Path | None = None) -> list[str]:
    return sorted(path.stem for path in (directory or profiles_dir()).glob("*.toml"))


def _read_file(path: Path) -> tuple[str | None, dict[str, tuple[Any, str, str]]]:
    """Parse and check one file: its parent and its own values (not yet merged)."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ProfileError(path, "parent", _("không tìm thấy tệp hồ sơ")) from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(path, "-", _("sai cú pháp TOML: %(error)s") % {"error": error}) from None
    except UnicodeDecodeError:
        raise ProfileError(path, "-", _("tệp phải được lưu bằng UTF-8")) from None
    parent = data.pop("parent", None)
    if parent is not None and (not isinstance(parent, str) or not _NAME_RE.match(parent)):
        raise ProfileError(
            path, "parent", _("tên hồ sơ cha không hợp lệ: %(parent)s") % {"parent": repr(parent)}
        )
    values: dict[str, tuple[Any, str, str]] = {}
    planned = data.pop("planned", {})
    if not isinstance(planned, dict):
        raise ProfileError(path, "planned", _("phải là bảng [planned] chứa các khoá chưa áp dụng"))
    _walk(path, data, "", values, in_planned=False)
    _walk(path, planned, "", values, in_planned=True)
    return parent, values


def _walk(
    path: Path,
    table: dict[str, Any],
    prefix: str,
    values: dict[str, tuple[Any, str, str]],
    *,
    in_planned: bool,
) -> None:
    for name, raw in table.items():
        key = f"{prefix}{name}"
        if key in SCHEMA:
            if in_planned and key not in PLANNED:
                raise ProfileError(
                    path,
                    key,
                    _("khoá này đã được áp dụng: đặt ngoài bảng [planned] (chỉ khoá chưa áp dụng ở đó)"),
                )
            if not in_planned and key in PLANNED:
                raise ProfileError(
                    path,
                    key,
                    _("khoá chưa áp dụng (%(feature)s): phải đặt trong bảng [planned.%(table)s]")
                    % {"feature": _(PLANNED[key]), "table": prefix[:-1] or "…"},
                )
            values[key] = _leaf(path, key, raw)
        elif key in _GROUPS and isinstance(raw, dict):
            _walk(path, raw, f"{key}.", values, in_planned=in_planned)
        else:
            raise ProfileError(path, key, _("khoá không có trong danh mục tham số (PROVISIONS.md §3)"))


def _leaf(path: Path, key: str, raw: Any) -> tuple[Any, str, str]:
    kind = SCHEMA[key][0]
    if not isinstance(raw, dict):
        raise ProfileError(path, key, _('phải là bảng { value = …, source = "…" } kèm điều khoản nguồn'))
    unknown = set(raw) - set(kind.fields) - {"source", "note"}
    if unknown:
        raise ProfileError(
            path, key, _("trường không được phép: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    source, note = raw.get("source"), raw.get("note", "")
    if not isinstance(source, str) or not source.strip():
        raise ProfileError(
            path, key, _('thiếu «source» (điều khoản quy định giá trị này, ví dụ "LC-12.1.c")')
        )
    bad = [part for part in re.split(r"\s*[;,]\s*", source.strip()) if not _SOURCE_PART_RE.match(part)]
    if bad:
        raise ProfileError(
            path, key, _("«source» không đúng dạng mã điều khoản: %(source)s") % {"source": repr(bad[0])}
        )
    if not isinstance(note, str):
        raise ProfileError(path, key, _("«note» phải là chuỗi"))
    if source.strip() == "default" and not note:
        raise ProfileError(path, key, _('giá trị mặc định (source = "default") phải có «note» giải thích'))
    if "value" in kind.fields and kind.name != "interval" and "value" not in raw:
        raise ProfileError(path, key, _("thiếu «value»"))
    try:
        return kind.parse(raw), source.strip(), note
    except _Invalid as problem:
        raise ProfileError(path, key, str(problem)) from None


def _check_consistency(profile: Profile) -> None:
    """Rules between values that no single value can check."""
    start = profile.param("calendar.working_hours.start")
    end = profile.param("calendar.working_hours.end")
    if start.value >= end.value:
        raise ProfileError(profile.path, "calendar.working_hours", _("giờ bắt đầu phải trước giờ kết thúc"))
    if len(profile["calendar.weekend"]) >= 7:
        raise ProfileError(
            profile.path, "calendar.weekend", _("phải còn ít nhất một ngày làm việc trong tuần")
        )
    missing = {"unit", "information", "section"} - set(profile["submission.form"])
    if missing:
        raise ProfileError(
            profile.path,
            "submission.form",
            _("phiếu phải có các mục %(items)s để tạo tin, bài") % {"items": ", ".join(sorted(missing))},
        )
    if "database" not in profile["security.backup_scope"]:
        raise ProfileError(
            profile.path, "security.backup_scope", _("bản sao lưu phải gồm cơ sở dữ liệu («database»)")
        )
    pattern = profile.param("member_portals.domain_pattern")
    if profile["member_portals.enabled"] and "{unit}" not in pattern.value:
        raise ProfileError(
            profile.path, "member_portals.domain_pattern", _("mẫu tên miền phải chứa «{unit}»")
        )


def _resolve_path(name_or_path: str, directory: Path) -> tuple[str, Path]:
    if name_or_path.endswith(".toml"):  # a file outside profiles/, e.g. a province's own copy
        path = Path(name_or_path)
        return path.stem, path
    if not _NAME_RE.match(name_or_path):
        raise ProfileError(directory / f"{name_or_path}.toml", "CONG_PROFILE", _("tên hồ sơ không hợp lệ"))
    return name_or_path, directory / f"{name_or_path}.toml"


def load_profile(name_or_path: str, directory: Path | None = None) -> Profile:
    """Read, check and resolve a profile (by name in ``profiles/`` or by path to a .toml file).

    Raises ``ProfileError`` naming the file, key and problem for anything invalid: unknown key, wrong
    type, negative days, missing source, missing or circular parent, a root profile missing a key.
    """
    directory = directory or profiles_dir()
    name, path = _resolve_path(name_or_path, directory)
    if not path.exists():
        known = ", ".join(available_profiles(directory)) or _("không có")
        raise ProfileError(
            path,
            "CONG_PROFILE",
            _("không có hồ sơ «%(name)s» (các hồ sơ hiện có: %(known)s)") % {"name": name, "known": known},
        )
    layers: list[tuple[str, Path, dict[str, tuple[Any, str, str]]]] = []
    seen: set[Path] = set()
    current_name, current_path, parent = name, path, None
    while True:
        if current_path.resolve() in seen:
            raise ProfileError(
                current_path, "parent", _("kế thừa vòng tròn qua «%(name)s»") % {"name": current_name}
            )
        seen.add(current_path.resolve())
        parent_name, values = _read_file(current_path)
        layers.append((current_name, current_path, values))
        if len(layers) == 1:
            parent = parent_name
        if parent_name is None:
            break
        parent_path = current_path.parent / f"{parent_name}.toml"
        if not parent_path.exists():
            parent_path = directory / f"{parent_name}.toml"
        if not parent_path.exists():
            raise ProfileError(
                current_path, "parent", _("không tìm thấy hồ sơ cha «%(name)s»") % {"name": parent_name}
            )
        current_name, current_path = parent_name, parent_path
    root_name, root_path, root_values = layers[-1]
    missing = sorted(set(SCHEMA) - set(root_values))
    if missing:
        raise ProfileError(
            root_path,
            missing[0],
            _("hồ sơ gốc phải có mọi khoá; thiếu %(count)s khoá") % {"count": len(missing)},
        )
    params: dict[str, Param] = {}
    planned: dict[str, Param] = {}
    for layer_name, _layer_path, values in reversed(layers):
        for key, (value, source, note) in values.items():
            (planned if key in PLANNED else params)[key] = Param(key, value, source, note, layer_name)
    profile = Profile(name, path, parent, tuple(layer[0] for layer in layers), params, planned)
    _check_consistency(profile)
    return profile


_cache: dict[tuple[str, str], Profile] = {}
# The same, under the settings' own values (no path built): asked a dozen times a page.
_by_settings: dict[tuple, Profile] = {}


def get_profile(name: str | None = None) -> Profile:
    """The active profile (``settings.CONG_PROFILE``) or the one named, read once per process."""
    name = name or settings.CONG_PROFILE
    quick = (getattr(settings, "CONG_PROFILES_DIR", None), settings.PROJECT_DIR, name)
    profile = _by_settings.get(quick)
    if profile is None:
        key = (str(profiles_dir()), name)
        if key not in _cache:
            _cache[key] = load_profile(name)
        profile = _by_settings[quick] = _cache[key]
    return profile


def clear_profile_cache() -> None:
    _cache.clear()
    _by_settings.clear()


def check_all_profiles(directory: Path | None = None) -> list[ProfileError]:
    """Load every profile file in the directory; return the problems found (for the system check)."""
    errors = []
    for name in available_profiles(directory):
        try:
            load_profile(name, directory)
        except ProfileError as error:
            errors.append(error)
    return errors
