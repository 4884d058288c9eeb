"""Permission names are Vietnamese in the admin (issue 16): Django and Wagtail store them in English."""

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command

from cong.accounts.permission_names import rename_permissions, vietnamese_name

pytestmark = pytest.mark.django_db


def test_migrated_database_has_vietnamese_permission_names():
    assert Permission.objects.get(codename="add_page").name == "Thêm trang"
    assert Permission.objects.get(codename="change_image").name == "Sửa hình ảnh"
    assert Permission.objects.get(codename="publish_page").name == "Xuất bản mọi trang"
    assert Permission.objects.get(codename="access_admin").name == "Được vào trang quản trị"
    assert not Permission.objects.filter(name__startswith="Can add ").exists()


def test_an_english_name_is_renamed_again_and_codenames_stay():
    permission = Permission.objects.get(codename="delete_document")
    Permission.objects.filter(pk=permission.pk).update(name="Can delete document")
    rename_permissions()
    permission.refresh_from_db()
    assert (permission.codename, permission.name) == ("delete_document", "Xóa tài liệu")


def test_a_name_without_translation_is_left_alone():
    permission = Permission(name="Can frobnicate", codename="frobnicate_page")
    permission.content_type = Permission.objects.get(codename="add_page").content_type
    assert vietnamese_name(permission) is None


def test_migrate_keeps_the_names_vietnamese():
    call_command("migrate", verbosity=0, interactive=False)
    assert not Permission.objects.filter(name__regex=r"^Can ").exists()
