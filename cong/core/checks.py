"""System checks: every profile file must be valid (``cong check``, ``cong migrate``, ``cong runserver``)."""

from django.core.checks import Error, register

from .profiles import check_all_profiles


@register("cong")
def check_profiles(app_configs=None, **kwargs):
    return [
        Error(str(error), hint="Sửa tệp hồ sơ rồi chạy lại.", obj=error.path, id="cong.E001")
        for error in check_all_profiles()
    ]
