"""Tên quyền bằng tiếng Việt (issue 16): Django stores each permission's name in the database in English
when it creates it ("Can add page", Wagtail's "Publish any page"), and the admin's group screens, the
user screens and the security log show that name. After every ``migrate`` the names are rewritten in
Vietnamese: the model permissions as «Thêm/Sửa/Xóa/Xem/Xuất bản… <model>», any other through the catalogue
(cong/locale/vi) when it has the English name. The codenames, which the code checks, never change."""

from __future__ import annotations

import re

from django.utils import translation
from django.utils.translation import gettext_lazy

# Django's four model permissions, and those Wagtail adds to models with drafts, locking and choosers.
VERBS = {
    "add": gettext_lazy("Thêm"),
    "change": gettext_lazy("Sửa"),
    "delete": gettext_lazy("Xóa"),
    "view": "Xem",
    "publish": gettext_lazy("Xuất bản"),
    "lock": gettext_lazy("Khóa"),
    "unlock": gettext_lazy("Mở khóa"),
    "choose": gettext_lazy("Chọn"),
}
DEFAULT_NAME = re.compile(r"^Can (" + "|".join(VERBS) + ") ")


def vietnamese_name(permission) -> str | None:
    """The Vietnamese name of ``permission``, or None when it has none (already Vietnamese, or unknown)."""
    action, _, model = permission.codename.partition("_")
    model_class = permission.content_type.model_class()
    if DEFAULT_NAME.match(permission.name) and action in VERBS and model_class is not None:
        with translation.override("vi"):
            return f"{VERBS[action]} {model_class._meta.verbose_name}"[:255]
    with translation.override("vi"):
        translated = translation.gettext(permission.name)
        if translated == permission.name and permission.name.startswith("Can "):
            # Wagtail's "Can choose image", "Can access Wagtail admin": try the id without "Can".
            rest = permission.name[4:]
            candidate = translation.gettext(rest[:1].upper() + rest[1:])
            if candidate != rest[:1].upper() + rest[1:]:
                translated = candidate
    return translated[:255] if translated != permission.name else None


def rename_permissions(using: str = "default", **kwargs) -> None:
    """post_migrate receiver (sent once per app): give every permission still named in English its
    Vietnamese name. Only English names are read again, so the later calls cost one query."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission
    from django.db.models import Q

    if "app_config" in kwargs:  # this receiver may run before Django's: create the app's permissions first
        # `flush` (a transactional test's teardown) sends post_migrate without `apps`: the installed ones.
        extra = {"apps": kwargs["apps"]} if kwargs.get("apps") is not None else {}
        create_permissions(kwargs["app_config"], verbosity=0, using=using, **extra)
    # Not renamed yet: Django's "Can …" names, and names in plain ASCII (Wagtail's "Publish any page").
    english = Permission.objects.using(using).filter(Q(name__startswith="Can ") | Q(name__regex=r"^[ -~]*$"))
    renamed = []
    for permission in english.select_related("content_type"):
        name = vietnamese_name(permission)
        if name and name != permission.name:
            permission.name = name
            renamed.append(permission)
    Permission.objects.using(using).bulk_update(renamed, ["name"], batch_size=500)
