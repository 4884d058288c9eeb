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

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ROOT_PROFILE = "national"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# One clause ID (LC-12.1.c, BK-7.1.f¶2s2, ND43-17, BLDS-147, ND43) or "default" (Cổng's own choice).
_SOURCE_PART_RE = re.compile(r"^(default|[A-Z][A-Z0-9]*(-\S+)?)( \([^)]*\))?$")


class PlannedKeyError(LookupError):
    """Code asked for a key of the [planned] table: its feature does not exist yet (chưa áp dụng)."""

    def __init__(self, key: str):
        self.key = key
        super().__init__(
            f"Khoá «{key}» chưa áp dụng (bảng [planned] của hồ sơ quy định, tính năng: {PLANNED[key]}). "
            "Tính năng bắt đầu đọc khoá này phải bỏ nó khỏi PLANNED trong cong/core/profiles.py và chuyển "
            "nó ra khỏi bảng [planned] trong mọi tệp profiles/*.toml."
        )


class ProfileError(ImproperlyConfigured):
    """An invalid profile file; the message names the file, the key and the problem (in Vietnamese)."""

    def __init__(self, path: Path | str, key: str, problem: str):
        self.path, self.key, self.problem = str(path), key, problem
        super().__init__(f"Hồ sơ quy định không hợp lệ — tệp {self.path}, khoá «{key}»: {problem}")


# --- Value types -------------------------------------------------------------------------------


class PeriodUnit(StrEnum):
    """The unit of a statutory time limit, as written in the profile files (``unit = "working_days"``)."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"  # the regulation says plain "ngày" (Civil Code 2015 art. 147)
    IMMEDIATE = "immediate"
    NONE = "none"


# Plain strings as keys: the Clock model's choices are written into its migration.
PERIOD_UNITS = {
    PeriodUnit.WORKING_DAYS.value: "ngày làm việc",
    PeriodUnit.CALENDAR_DAYS.value: "ngày",
    PeriodUnit.IMMEDIATE.value: "ngay lập tức",
    PeriodUnit.NONE.value: "không quy định thời hạn",
}
INTERVAL_UNITS = {"hours": "giờ", "days": "ngày", "weeks": "tuần", "months": "tháng"}
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
            return PERIOD_UNITS[self.unit]
        return f"{self.days} {PERIOD_UNITS[self.unit]}"

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
        return "không giới hạn" if self.value == 0 else f"{self.value} {INTERVAL_UNITS[self.unit]}"

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
        raise _Invalid(f"«{name}» phải là số nguyên, không phải {_type_name(raw)}")
    if raw < 0:
        raise _Invalid(f"«{name}» không được âm ({raw})")
    return raw


def _type_name(raw: Any) -> str:
    return {
        bool: "đúng/sai", int: "số", float: "số thực", str: "chuỗi", list: "danh sách", dict: "bảng",
        dt.date: "ngày", dt.datetime: "thời điểm", dt.time: "giờ",
    }.get(type(raw), type(raw).__name__)  # fmt: skip


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
                raise _Invalid(f"«unit» phải là một trong {', '.join(INTERVAL_UNITS)}, không phải {unit!r}")
            return Interval(_count(raw.get("value"), "value"), unit)
        value = raw["value"]
        if self.name == "text":
            if not isinstance(value, str):
                raise _Invalid(f"«value» phải là chuỗi, không phải {_type_name(value)}")
            return value
        if self.name == "texts":
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise _Invalid("«value» phải là danh sách chuỗi")
            if self.choices:
                unknown = [item for item in value if item not in self.choices]
                if unknown:
                    raise _Invalid(f"giá trị không hợp lệ {unknown}; được phép: {', '.join(self.choices)}")
            return tuple(value)
        if self.name == "bool":
            if not isinstance(value, bool):
                raise _Invalid(f"«value» phải là true hoặc false, không phải {_type_name(value)}")
            return value
        if self.name == "count":
            return _count(value, "value")
        if self.name == "choice":
            if value not in self.choices:
                raise _Invalid(f"«value» phải là một trong {', '.join(self.choices)}, không phải {value!r}")
            return value
        if self.name == "date":  # a TOML date, or "" when the instrument has none
            if value == "":
                return None
            if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
                raise _Invalid(f'«value» phải là ngày (YYYY-MM-DD) hoặc "", không phải {_type_name(value)}')
            return value
        if self.name == "time":
            if not isinstance(value, str) or not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
                raise _Invalid(f"«value» phải là giờ dạng HH:MM, không phải {value!r}")
            return dt.time.fromisoformat(value)
        raise AssertionError(self.name)  # pragma: no cover - the schema below uses only these kinds

    def _period(self, raw: dict[str, Any]) -> Period:
        unit = raw.get("unit")
        if unit not in PERIOD_UNITS:
            raise _Invalid(f"«unit» phải là một trong {', '.join(PERIOD_UNITS)}, không phải {unit!r}")
        starts = raw.get("starts", "")
        if not isinstance(starts, str):
            raise _Invalid("«starts» phải là chuỗi")
        if unit in (PeriodUnit.WORKING_DAYS, PeriodUnit.CALENDAR_DAYS):
            if "days" not in raw:
                raise _Invalid("thiếu «days» (số ngày)")
            return Period(_count(raw["days"], "days"), unit, starts)
        if "days" in raw:
            raise _Invalid(f"«days» không dùng với unit = {unit!r}")
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
    "meta.instrument": (TEXT, "Văn bản quy định"),
    "meta.title": (TEXT, "Trích yếu"),
    "meta.signed": (DATE, "Ngày ký"),
    "meta.in_force": (DATE, "Ngày có hiệu lực"),
    "meta.replaces": (TEXT, "Thay thế văn bản"),
    "meta.lapsed": (DATE, "Ngày hết hiệu lực"),
    "meta.replaced_by": (TEXT, "Được thay thế bởi"),
    "site.kind": (choice("provincial_portal", "office_website"), "Loại cổng/trang"),
    "owner": (TEXT, "Cơ quan chủ quản"),
    "operator": (TEXT, "Cơ quan vận hành"),
    "focal_unit": (TEXT, "Đơn vị đầu mối"),
    "site.domain.primary": (TEXT, "Tên miền chính"),
    "site.domain.aliases": (TEXTS, "Tên miền phụ"),
    "site.https_required": (BOOL, "Bắt buộc HTTPS"),
    "i18n.languages": (TEXTS, "Ngôn ngữ"),
    "text.unicode_standard": (TEXT, "Chuẩn mã ký tự"),
    "files.open_formats": (TEXT, "Định dạng tệp mở"),
    "content.media_types": (choices("text", "audio", "images", "video", "graphics"), "Loại nội dung"),
    "standards.cited": (TEXTS, "Tiêu chuẩn kỹ thuật viện dẫn"),
    "participation.mandatory": (TEXT, "Bắt buộc tham gia"),
    "categories": (TEXTS, "Chuyên mục thông tin bắt buộc"),
    "legal.required_fields": (
        choices(*LEGAL_PUBLICATION_FIELDS),
        "Thông tin bắt buộc của văn bản khi xuất bản",
    ),
    # 3.2 Time limits for posting information
    "deadlines.regular_sections": (PERIOD, "Chuyên mục cập nhật thường xuyên"),
    "deadlines.law_dissemination": (PERIOD, "Phổ biến, hướng dẫn pháp luật"),
    "deadlines.legal_doc_issuer": (PERIOD, "Văn bản — cơ quan ban hành"),
    "deadlines.legal_doc_affected": (PERIOD, "Văn bản — cơ quan thuộc phạm vi điều chỉnh"),
    "deadlines.legal_database_entry": (PERIOD, "Đưa văn bản vào cơ sở dữ liệu văn bản"),
    "deadlines.draft_posting": (PERIOD, "Đăng dự thảo lấy ý kiến"),
    "consultation.period": (PERIOD, "Thời hạn góp ý dự thảo"),
    "deadlines.planning_projects": (PERIOD, "Chiến lược, quy hoạch, dự án, đấu thầu"),
    "deadlines.science": (PERIOD, "Chương trình, đề tài khoa học"),
    "deadlines.statistics": (PERIOD, "Thông tin thống kê"),
    "deadlines.admin_procedures": (PERIOD, "Thủ tục hành chính"),
    "deadlines.leader_activity_news": (PERIOD, "Tin hoạt động của lãnh đạo"),
    "deadlines.meeting_invitation": (PERIOD, "Giấy mời họp"),
    "deadlines.changed_information": (PERIOD, "Thông tin thay đổi"),
    "calendar.basis": (TEXT, "Cách tính ngày làm việc"),
    "calendar.weekend": (choices(*WEEKDAYS), "Ngày nghỉ hằng tuần"),
    "calendar.working_hours.start": (TIME, "Giờ bắt đầu làm việc"),
    "calendar.working_hours.end": (TIME, "Giờ kết thúc làm việc"),
    "calendar.counting.start": (choice("next_working_day", "next_opening"), "Thời điểm bắt đầu tính"),
    "calendar.counting.working_day_due": (
        choice("end_of_working_hours", "end_of_day"),
        "Thời điểm hết hạn (thời hạn tính bằng ngày làm việc)",
    ),
    "calendar.counting.calendar_day_roll": (BOOL, "Ngày cuối là ngày nghỉ thì chuyển sang ngày làm việc kế"),
    "provision.window": (choice("any_time", "working_hours"), "Thời gian cung cấp, trao đổi thông tin"),
    # 3.3 Intake of information and editorial workflow
    "submission.channels": (choices(*SUBMISSION_CHANNELS), "Hình thức gửi thông tin"),
    "submission.emails": (TEXTS, "Hộp thư nhận thông tin"),
    "submission.form": (choices(*SUBMISSION_FORM_ITEMS), "Các mục của phiếu cung cấp thông tin"),
    "workflows.article": (TEXTS, "Các bước duyệt tin bài"),
    "provider_matrix": (TEXT, "Phân công cung cấp thông tin"),
    "citizens.online_interviews": (BOOL, "Giao lưu trực tuyến"),
    # 3.4 Questions and answers, petitions
    "qa.enabled": (BOOL, "Hỏi – Đáp"),
    "qa.title": (TEXT, "Tên chuyên mục Hỏi – Đáp"),
    "petitions.enabled": (BOOL, "Phản ánh, kiến nghị"),
    "qa.answer": (PERIOD, "Thời hạn trả lời câu hỏi"),
    "qa.clock_start": (choice("portal_receipt", "agency_receipt"), "Mốc bắt đầu tính thời hạn trả lời"),
    "qa.progress_notice": (BOOL, "Được thông báo tiến độ thay cho trả lời"),
    "qa.out_of_scope_notice": (PERIOD, "Thông báo câu hỏi không đúng thẩm quyền"),
    "qa.transfer_restarts_clock": (BOOL, "Chuyển câu hỏi thì tính lại thời hạn"),
    "qa.default_router": (TEXT, "Nơi chuyển câu hỏi chưa rõ thẩm quyền"),
    "qa.accepted_topics": (TEXTS, "Nội dung được hỏi"),
    "qa.excluded_topics": (TEXTS, "Nội dung không tiếp nhận"),
    "qa.asker_fields.individual": (choices(*ASKER_FIELDS), "Thông tin bắt buộc — cá nhân"),
    "qa.asker_fields.organisation": (choices(*ASKER_FIELDS), "Thông tin bắt buộc — tổ chức"),
    "qa.answerer_roles": (TEXTS, "Người được trả lời"),
    "qa.answer_citations": (choices("number_symbol", "summary", "date", "issuer"), "Trích dẫn văn bản"),
    "qa.publication": (choices("via_board", "direct"), "Hình thức trả lời được phép"),
    "qa.retention_after_answer": (PERIOD, "Thời gian lưu câu trả lời"),
    "qa.intake": (choice("always", "working_days"), "Thời gian tiếp nhận câu hỏi"),
    "qa.disclaimer": (TEXT, "Lưu ý pháp lý"),
    "qa.may_reject": (choices("violation", "complaint", "out_of_scope"), "Lý do được từ chối"),
    "qa.classification": (choices("field", "policy_group"), "Phân loại bắt buộc khi chuyển câu hỏi"),
    "qa.answer_delegation": (BOOL, "Thủ trưởng được ủy quyền người khác trả lời"),
    "qa.personal_data_retention": (PERIOD, "Thời gian giữ dữ liệu cá nhân của người hỏi"),
    "qa.reminder_before": (PERIOD, "Nhắc cơ quan trước hạn trả lời"),
    # 3.5 Security, personal data, operation
    "security.access_levels": (TEXTS, "Mức truy cập"),
    "security.min_accounts_per_member": (COUNT, "Số tài khoản tối thiểu mỗi thành viên"),
    "security.password_max_age": (INTERVAL, "Chu kỳ đổi mật khẩu"),
    "security.force_change_first_login": (BOOL, "Đổi mật khẩu khi đăng nhập lần đầu"),
    "security.account_sharing": (choice("prohibited", "with_authorisation"), "Dùng chung tài khoản"),
    "security.backup_interval": (INTERVAL, "Chu kỳ sao lưu"),
    "security.backup_interval_max": (INTERVAL, "Chu kỳ sao lưu dài nhất được phép"),
    "security.backup_scope": (choices("configuration", "database", "media"), "Nội dung sao lưu"),
    "security.backup_media": (TEXTS, "Phương tiện sao lưu"),
    "archive.policy": (TEXT, "Lưu trữ"),
    "ops.availability": (TEXT, "Thời gian hoạt động"),
    "ops.hosting": (TEXT, "Nơi đặt hệ thống"),
    "privacy.basis": (TEXTS, "Căn cứ bảo vệ dữ liệu cá nhân"),
    "terms.prohibited": (TEXTS, "Hành vi bị cấm"),
    # 3.6 Member portals, reporting, services, royalties, advertising, attribution
    "member_portals.enabled": (BOOL, "Cổng thành viên"),
    "member_portals.term": (TEXT, "Tên gọi cổng thành viên"),
    "member_portals.unit_types": (choices(*UNIT_KINDS), "Đơn vị có cổng thành viên"),
    "member_portals.domain_pattern": (TEXT, "Mẫu tên miền cổng thành viên"),
    "member_portals.local_label": (
        choice("full_name", "any"),
        "Tên miền cổng thành viên của huyện, xã: tên đầy đủ không dấu",
    ),
    "member_portals.approval": (
        choice("administrator", "provincial_board"),
        "Người tạo, phê duyệt cổng thành viên",
    ),
    "member_portals.self_approval": (BOOL, "Cổng thành viên nhỏ: kiểm duyệt viên được tự duyệt tin của mình"),
    "reports.member_frequency": (choices(*FREQUENCIES), "Báo cáo của cổng thành viên"),
    "reports.portal_frequency": (choices(*FREQUENCIES), "Báo cáo của Cổng"),
    "reports.board_review": (choices(*FREQUENCIES), "Họp sơ kết Ban Biên tập"),
    "public_services.scheme": (choice("nd43", "nd42"), "Phân loại dịch vụ công trực tuyến"),
    "public_services.policy": (TEXT, "Dịch vụ công trực tuyến"),
    "public_services.min_level": (
        COUNT,
        "Mức độ dịch vụ công trực tuyến tối thiểu trên cổng của sở, ngành, huyện (theo mức 1–4; 0: không quy định)",
    ),
    "registers.edoc_exchange": (BOOL, "Công khai tiến độ trao đổi văn bản điện tử"),
    "registers.schedules": (
        choices("work_schedule", "weekly_schedule", "meeting_invitations", "citizen_reception"),
        "Lịch công tác",
    ),
    "royalties.basis": (TEXT, "Căn cứ nhuận bút"),
    "ads.enabled": (BOOL, "Quảng cáo"),
    "ads.allowed_purposes": (TEXTS, "Nội dung quảng cáo được phép"),
    "attribution.required": (choices("author", "source", "verbatim", "time_posted", "link"), "Ghi nguồn"),
    "attribution.reuse_citation": (TEXT, "Câu ghi nguồn khi sử dụng lại"),
    "spokesperson.fields": (choices("name", "position", "phone", "email"), "Thông tin người phát ngôn"),
    "spokesperson.basis": (TEXT, "Căn cứ người phát ngôn"),
    "gazette.mode": (choice("internal", "external_link", "none"), "Công báo"),
    "gazette.external_url": (TEXT, "Địa chỉ Công báo bên ngoài"),
    "complaint_channels": (TEXTS, "Nơi tiếp nhận phản ánh về Cổng"),
    "org.messaging_group": (TEXT, "Nhóm trao đổi"),
    "org.staff_training": (TEXT, "Tập huấn cán bộ"),
}
_GROUPS = {".".join(key.split(".")[:depth]) for key in SCHEMA for depth in range(1, key.count(".") + 1)}

# Headings of the admin profile page, in the order of PROVISIONS.md §3: first segment of a key → section.
PROFILE_SECTIONS = (
    ("Văn bản, tên gọi, tên miền, ngôn ngữ", ("meta", "site", "owner", "operator", "focal_unit", "i18n", "text",
                                                "files", "content", "standards", "participation", "categories",
                                                "legal")),
    ("Thời hạn đăng thông tin", ("deadlines", "consultation")),
    ("Ngày làm việc và cách tính thời hạn", ("calendar", "provision")),
    ("Tiếp nhận thông tin, quy trình biên tập", ("submission", "workflows", "provider_matrix", "citizens")),
    ("Hỏi – Đáp, phản ánh, kiến nghị", ("qa", "petitions")),
    ("An toàn thông tin, dữ liệu cá nhân, vận hành", ("security", "archive", "ops", "privacy", "terms")),
    ("Cổng thành viên, báo cáo, dịch vụ công, nhuận bút, quảng cáo, ghi nguồn",
     ("member_portals", "reports", "public_services", "registers", "royalties", "ads", "attribution",
      "spokesperson", "gazette", "complaint_channels", "org")),
)  # fmt: skip


# Keys whose feature does not exist yet (chưa áp dụng), with the feature that will read them. Every profile
# file writes them under a [planned] table; the profile page lists them apart; code that asks for one gets
# PlannedKeyError. A feature that starts reading a key removes it from here and moves it out of [planned]
# in every file (tests/test_profile_keys.py checks both directions).
_REPORTS = "Báo cáo định kỳ và báo cáo tuân thủ"
_REGISTERS = "Danh mục công khai: lịch công tác, giấy mời họp, người phát ngôn"
_STALENESS = "Báo cáo thông tin chậm cập nhật"
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
    "public_services.policy": "Dịch vụ công trực tuyến",
    "spokesperson.basis": _REGISTERS,
    "deadlines.leader_activity_news": _REGISTERS,
    "citizens.online_interviews": _REGISTERS,
    "royalties.basis": "Nhuận bút",
    "ads.enabled": "Quảng cáo",
    "ads.allowed_purposes": "Quảng cáo",
    "deadlines.regular_sections": _STALENESS,
    "deadlines.changed_information": _STALENESS,
    # Text is always stored as precomposed Unicode (NFC, cong/core/text.py), the one encoding TCVN 6909:2001
    # allows and every profile names; KT-9.1 names no formats, only a circular not in the seeds. Both wait
    # for the compliance report that states them.
    "text.unicode_standard": _REPORTS,
    "files.open_formats": _REPORTS,
    # The posts that disseminate a law are articles of the «Phổ biến, hướng dẫn pháp luật» section; no model
    # links such an article to the document it explains, so no clock can start from the document.
    "deadlines.law_dissemination": "Liên kết bài phổ biến, hướng dẫn pháp luật với văn bản",
    # Every province writes it as prose naming agencies and sections; enforcing it needs each section
    # assigned to the agency that supplies it.
    "provider_matrix": "Phân công cơ quan cung cấp thông tin cho từng chuyên mục",
}

# Vietnamese words for the identifiers profiles use (choices, weekdays, roles, channels): the profile page
# never shows a raw identifier where one is listed here; every option of a choice kind must be listed.
OPTION_LABELS: dict[str, str] = {
    "provincial_portal": "Cổng Thông tin điện tử",
    "office_website": "Trang thông tin điện tử",
    "text": "văn bản", "audio": "âm thanh", "images": "hình ảnh", "video": "video", "graphics": "đồ họa",
    "mon": "thứ Hai", "tue": "thứ Ba", "wed": "thứ Tư", "thu": "thứ Năm", "fri": "thứ Sáu",
    "sat": "thứ Bảy", "sun": "Chủ nhật",
    "next_working_day": "từ ngày làm việc kế tiếp (ngày xảy ra sự việc không tính)",
    "next_opening": "từ giờ làm việc kế tiếp (nhận trước giờ làm việc thì tính ngay ngày đó)",
    "end_of_working_hours": "hết giờ làm việc của ngày cuối",
    "end_of_day": "hết ngày cuối (24 giờ)",
    "any_time": "mọi lúc", "working_hours": "trong giờ làm việc",
    "portal_receipt": "khi Cổng tiếp nhận", "agency_receipt": "khi cơ quan có thẩm quyền nhận",
    "always": "mọi lúc", "working_days": "ngày làm việc",
    "full_name": "họ tên", "position": "chức vụ", "id_number": "số định danh (CMND/CCCD)",
    "founding_decision": "quyết định thành lập", "house_number": "số nhà", "street": "đường, phố",
    "commune": "xã, phường", "district": "quận, huyện", "province": "tỉnh, thành phố", "phone": "điện thoại",
    "email": "thư điện tử", "name": "họ tên",
    "number_symbol": "số, ký hiệu", "summary": "trích yếu", "date": "ngày ban hành", "issuer": "cơ quan ban hành",
    "kind": "hình thức văn bản", "number": "số, ký hiệu", "issuer_level": "cấp ban hành",
    "issued_on": "ngày ban hành", "effective_on": "ngày có hiệu lực", "signer_name": "người ký",
    "file": "tệp văn bản để tải về",
    "prohibited": "cấm", "with_authorisation": "chỉ khi được ủy quyền",
    "monthly": "hằng tháng", "quarterly": "hằng quý", "half_yearly": "6 tháng một lần", "yearly": "hằng năm",
    "on_request": "khi có yêu cầu", "periodic": "định kỳ",
    "nd43": "mức 1–4 (Nghị định 43/2011/NĐ-CP)", "nd42": "toàn trình, một phần (Nghị định 42/2022/NĐ-CP)",
    "work_schedule": "lịch công tác", "weekly_schedule": "lịch làm việc tuần",
    "meeting_invitations": "giấy mời họp", "citizen_reception": "lịch tiếp công dân",
    "author": "tác giả", "source": "nguồn tin", "verbatim": "giữ nguyên nội dung", "time_posted": "thời gian đăng",
    "link": "đường liên kết",
    "internal": "Công báo đăng trên Cổng", "external_link": "liên kết tới Công báo bên ngoài", "none": "không có",
    "configuration": "cấu hình", "database": "cơ sở dữ liệu", "media": "tệp tải lên (ảnh, tài liệu)",
    "private": "tệp đính kèm của người dân",
    # access levels and workflow steps (cong/editorial/roles.py)
    "administer": "quản trị", "administration": "quản trị", "moderate": "kiểm duyệt", "update": "cập nhật",
    "editing": "biên tập", "section_moderator": "kiểm duyệt chuyên mục", "authenticated": "xác thực",
    "authorised": "được cấp quyền", "identified": "định danh", "team_leader": "Tổ trưởng",
    "deputy": "Tổ phó", "member": "thành viên", "updater": "cán bộ cập nhật", "unit_head": "thủ trưởng đơn vị",
    "board_secretary": "Thư ký Ban Biên tập", "board_leader": "Lãnh đạo Ban Biên tập",
    "editorial_board": "Ban Biên tập", "provider": "đơn vị cung cấp", "editor": "biên tập viên",
    # submission channels and Q&A classification
    "online": "trực tuyến", "paper_form": "phiếu giấy", "member_website": "website thành viên",
    "member_portal": "cổng thành viên", "official_letter_and_email": "công văn kèm thư điện tử",
    "integrated_website": "trang tích hợp", "signed_e_document": "văn bản điện tử có chữ ký số",
    "paper": "văn bản giấy", "electronic_file": "tệp điện tử",
    "field": "lĩnh vực", "policy_group": "nhóm chính sách",
    "via_board": "qua Ban Biên tập đăng trên Cổng", "direct": "trả lời trực tiếp người hỏi",
    "violation": "câu hỏi vi phạm quy định", "complaint": "khiếu nại, tố cáo",
    "out_of_scope": "không thuộc thẩm quyền của cơ quan trong tỉnh",
    # items of the phiếu (cong/editorial/submissions.py), kinds of unit, member-portal rules
    "unit": "tên đơn vị", "sender": "tên người gửi", "information": "thông tin", "documents": "văn bản kèm theo",
    "photos": "ảnh", "section": "đề nghị đăng mục",
    "department": "sở, ngành", "board": "ban, cơ quan ngang sở", "mass_organisation": "tổ chức chính trị – xã hội",
    "office": "Văn phòng UBND tỉnh", "other": "đơn vị khác",
    "any": "tên viết tắt tùy chọn", "administrator": "quản trị Cổng", "provincial_board": "Ban Biên tập tỉnh",
}  # fmt: skip


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
        return PLANNED.get(self.key, "")

    @property
    def unit(self) -> str:
        """The unit in words: "ngày làm việc", "tuần", "giờ (HH:MM)", "ngày (dd/mm/yyyy)", or ""."""
        value = self.value
        if isinstance(value, Period):
            return PERIOD_UNITS[value.unit] if value.has_limit and not value.is_immediate else ""
        if isinstance(value, Interval):
            return INTERVAL_UNITS[value.unit]
        kind = SCHEMA[self.key][0].name
        return {"time": "giờ (HH:MM)", "date": "ngày (ngày/tháng/năm)", "count": "số lượng"}.get(kind, "")

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
            return "có" if value else "không"
        if isinstance(value, tuple):
            return ", ".join(OPTION_LABELS.get(item, item) for item in value)
        if isinstance(value, str) and SCHEMA[self.key][0].name == "choice":
            return OPTION_LABELS.get(value, value)
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
            raise KeyError(f"Hồ sơ quy định không có khoá «{key}»") from None

    def period(self, key: str) -> Period:
        value = self[key]
        if not isinstance(value, Period):
            raise TypeError(f"Khoá «{key}» không phải là thời hạn")
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
        raise ProfileError(path, "parent", "không tìm thấy tệp hồ sơ") from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(path, "-", f"sai cú pháp TOML: {error}") from None
    except UnicodeDecodeError:
        raise ProfileError(path, "-", "tệp phải được lưu bằng UTF-8") from None
    parent = data.pop("parent", None)
    if parent is not None and (not isinstance(parent, str) or not _NAME_RE.match(parent)):
        raise ProfileError(path, "parent", f"tên hồ sơ cha không hợp lệ: {parent!r}")
    values: dict[str, tuple[Any, str, str]] = {}
    planned = data.pop("planned", {})
    if not isinstance(planned, dict):
        raise ProfileError(path, "planned", "phải là bảng [planned] chứa các khoá chưa áp dụng")
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
                    "khoá này đã được áp dụng: đặt ngoài bảng [planned] (chỉ khoá chưa áp dụng ở đó)",
                )
            if not in_planned and key in PLANNED:
                raise ProfileError(
                    path,
                    key,
                    f"khoá chưa áp dụng ({PLANNED[key]}): phải đặt trong bảng [planned.{prefix[:-1] or '…'}]",
                )
            values[key] = _leaf(path, key, raw)
        elif key in _GROUPS and isinstance(raw, dict):
            _walk(path, raw, f"{key}.", values, in_planned=in_planned)
        else:
            raise ProfileError(path, key, "khoá không có trong danh mục tham số (PROVISIONS.md §3)")


def _leaf(path: Path, key: str, raw: Any) -> tuple[Any, str, str]:
    kind = SCHEMA[key][0]
    if not isinstance(raw, dict):
        raise ProfileError(path, key, 'phải là bảng { value = …, source = "…" } kèm điều khoản nguồn')
    unknown = set(raw) - set(kind.fields) - {"source", "note"}
    if unknown:
        raise ProfileError(path, key, f"trường không được phép: {', '.join(sorted(unknown))}")
    source, note = raw.get("source"), raw.get("note", "")
    if not isinstance(source, str) or not source.strip():
        raise ProfileError(path, key, 'thiếu «source» (điều khoản quy định giá trị này, ví dụ "LC-12.1.c")')
    bad = [part for part in re.split(r"\s*[;,]\s*", source.strip()) if not _SOURCE_PART_RE.match(part)]
    if bad:
        raise ProfileError(path, key, f"«source» không đúng dạng mã điều khoản: {bad[0]!r}")
    if not isinstance(note, str):
        raise ProfileError(path, key, "«note» phải là chuỗi")
    if source.strip() == "default" and not note:
        raise ProfileError(path, key, 'giá trị mặc định (source = "default") phải có «note» giải thích')
    if "value" in kind.fields and kind.name != "interval" and "value" not in raw:
        raise ProfileError(path, key, "thiếu «value»")
    try:
        return kind.parse(raw), source.strip(), note
    except _Invalid as problem:
        raise ProfileError(path, key, str(problem)) from None


def _check_consistency(profile: Profile) -> None:
    """Rules between values that no single value can check."""
    start = profile.param("calendar.working_hours.start")
    end = profile.param("calendar.working_hours.end")
    if start.value >= end.value:
        raise ProfileError(profile.path, "calendar.working_hours", "giờ bắt đầu phải trước giờ kết thúc")
    if len(profile["calendar.weekend"]) >= 7:
        raise ProfileError(profile.path, "calendar.weekend", "phải còn ít nhất một ngày làm việc trong tuần")
    missing = {"unit", "information", "section"} - set(profile["submission.form"])
    if missing:
        raise ProfileError(
            profile.path,
            "submission.form",
            f"phiếu phải có các mục {', '.join(sorted(missing))} để tạo tin, bài",
        )
    if "database" not in profile["security.backup_scope"]:
        raise ProfileError(
            profile.path, "security.backup_scope", "bản sao lưu phải gồm cơ sở dữ liệu («database»)"
        )
    pattern = profile.param("member_portals.domain_pattern")
    if profile["member_portals.enabled"] and "{unit}" not in pattern.value:
        raise ProfileError(profile.path, "member_portals.domain_pattern", "mẫu tên miền phải chứa «{unit}»")


def _resolve_path(name_or_path: str, directory: Path) -> tuple[str, Path]:
    if name_or_path.endswith(".toml"):  # a file outside profiles/, e.g. a province's own copy
        path = Path(name_or_path)
        return path.stem, path
    if not _NAME_RE.match(name_or_path):
        raise ProfileError(directory / f"{name_or_path}.toml", "CONG_PROFILE", "tên hồ sơ không hợp lệ")
    return name_or_path, directory / f"{name_or_path}.toml"


def load_profile(name_or_path: str, directory: Path | None = None) -> Profile:
    """Read, check and resolve a profile (by name in ``profiles/`` or by path to a .toml file).

    Raises ``ProfileError`` naming the file, key and problem for anything invalid: unknown key, wrong
    type, negative days, missing source, missing or circular parent, a root profile missing a key.
    """
    directory = directory or profiles_dir()
    name, path = _resolve_path(name_or_path, directory)
    if not path.exists():
        known = ", ".join(available_profiles(directory)) or "không có"
        raise ProfileError(path, "CONG_PROFILE", f"không có hồ sơ «{name}» (các hồ sơ hiện có: {known})")
    layers: list[tuple[str, Path, dict[str, tuple[Any, str, str]]]] = []
    seen: set[Path] = set()
    current_name, current_path, parent = name, path, None
    while True:
        if current_path.resolve() in seen:
            raise ProfileError(current_path, "parent", f"kế thừa vòng tròn qua «{current_name}»")
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
            raise ProfileError(current_path, "parent", f"không tìm thấy hồ sơ cha «{parent_name}»")
        current_name, current_path = parent_name, parent_path
    root_name, root_path, root_values = layers[-1]
    missing = sorted(set(SCHEMA) - set(root_values))
    if missing:
        raise ProfileError(root_path, missing[0], f"hồ sơ gốc phải có mọi khoá; thiếu {len(missing)} khoá")
    params: dict[str, Param] = {}
    planned: dict[str, Param] = {}
    for layer_name, _layer_path, values in reversed(layers):
        for key, (value, source, note) in values.items():
            (planned if key in PLANNED else params)[key] = Param(key, value, source, note, layer_name)
    profile = Profile(name, path, parent, tuple(layer[0] for layer in layers), params, planned)
    _check_consistency(profile)
    return profile


_cache: dict[tuple[str, str], Profile] = {}


def get_profile(name: str | None = None) -> Profile:
    """The active profile (``settings.CONG_PROFILE``) or the one named, read once per process."""
    name = name or settings.CONG_PROFILE
    key = (str(profiles_dir()), name)
    if key not in _cache:
        _cache[key] = load_profile(name)
    return _cache[key]


def clear_profile_cache() -> None:
    _cache.clear()


def check_all_profiles(directory: Path | None = None) -> list[ProfileError]:
    """Load every profile file in the directory; return the problems found (for the system check)."""
    errors = []
    for name in available_profiles(directory):
        try:
            load_profile(name, directory)
        except ProfileError as error:
            errors.append(error)
    return errors
