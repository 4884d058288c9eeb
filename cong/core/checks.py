"""System checks: every profile file must be valid (``cong check``, ``cong migrate``, ``cong runserver``)."""

from django.core.checks import Error, register

from .official_calendar import check_official_calendar
from .profiles import check_all_profiles


@register("cong")
def check_profiles(app_configs=None, **kwargs):
    return [
        Error(str(error), hint="Sửa tệp hồ sơ rồi chạy lại.", obj=error.path, id="cong.E001")
        for error in check_all_profiles()
    ]


@register("cong")
def check_official_calendar_file(app_configs=None, **kwargs):
    """The official calendar's data file (days off with their instruments) must be valid."""
    return [
        Error(str(error), hint="Sửa tệp lịch nghỉ chính thức rồi chạy lại.", obj=error.path, id="cong.E003")
        for error in check_official_calendar()
    ]


@register("cong")
def check_private_media_root(app_configs=None, **kwargs):
    """Citizens' attachments must never sit where a web server serves files (docs/features/private-files.md)."""
    from pathlib import Path

    from django.conf import settings

    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    problems = []
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        public = Path(getattr(settings, name)).resolve()
        if private == public or public in private.parents or private in public.parents:
            problems.append(
                Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) nằm chung với {name} ({public}): tệp đính kèm của người "
                    "dân (ảnh CCCD…) sẽ tải được công khai.",
                    hint="Đặt PRIVATE_MEDIA_ROOT ở một thư mục riêng, ngoài MEDIA_ROOT và STATIC_ROOT.",
                    id="cong.E002",
                )
            )
    return problems
