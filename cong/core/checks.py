"""System checks: every profile file must be valid (``cong check``, ``cong migrate``, ``cong runserver``)."""

from django.core.checks import Error, Tags, register
from django.utils.translation import gettext as _

from .official_calendar import check_official_calendar
from .profiles import check_all_profiles


@register("cong")
def check_profiles(app_configs=None, **kwargs):
    return [
        Error(str(error), hint=_("Sửa tệp hồ sơ rồi chạy lại."), obj=error.path, id="cong.E001")
        for error in check_all_profiles()
    ]


@register("cong")
def check_official_calendar_file(app_configs=None, **kwargs):
    """The official calendar's data file (days off with their instruments) must be valid."""
    return [
        Error(
            str(error), hint=_("Sửa tệp lịch nghỉ chính thức rồi chạy lại."), obj=error.path, id="cong.E003"
        )
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
                    _(
                        "PRIVATE_MEDIA_ROOT (%(private)s) nằm chung với %(name)s (%(public)s): tệp đính kèm của người dân (ảnh CCCD…) sẽ tải được công khai."
                    )
                    % {"private": private, "name": name, "public": public},
                    hint=_("Đặt PRIVATE_MEDIA_ROOT ở một thư mục riêng, ngoài MEDIA_ROOT và STATIC_ROOT."),
                    id="cong.E002",
                )
            )
    return problems


@register(Tags.security, deploy=True)
def check_https_required(app_configs=None, **kwargs):
    """``cong check --deploy``: the profile requires HTTPS (``site.https_required``, e.g. HG-2.1, TT32-20)
    but this deployment does not redirect plain HTTP to it."""
    from django.conf import settings

    from .profiles import get_profile

    param = get_profile().param("site.https_required")
    if not param.value or getattr(settings, "SECURE_SSL_REDIRECT", False):
        return []
    return [
        Error(
            _(
                "Hồ sơ quy định bắt buộc HTTPS (%(source)s) nhưng Cổng không chuyển HTTP sang HTTPS (SECURE_SSL_REDIRECT đang tắt)."
            )
            % {"source": param.source},
            hint=_(
                "Đặt CONG_HTTPS=1 và SECURE_SSL_REDIRECT=1 (mặc định khi chạy thật), hoặc cấu hình máy chủ web "
                "chuyển hướng rồi bỏ qua kiểm tra này bằng SILENCED_SYSTEM_CHECKS = ['cong.E003']."
            ),
            id="cong.E003",
        )
    ]
