"""The restore drill (BK-8.3, ST-18.2): content, users, questions and media → backup → wipe → restore →
every record, file and password hash identical. Runs on whichever database the suite uses (SQLite by
default, PostgreSQL with DATABASE_URL — CI runs both)."""

import hashlib
import io
import json
import sqlite3
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core import serializers
from django.core.management import CommandError, call_command
from django.db import connection

from cong.ops.backup import BackupError, create_backup, restore_backup, verify_archive
from cong.portal.tests.factories import PortalBuilder, make_image


def snapshot() -> dict:
    """Every row of every model, serialised, plus every media file's hash."""
    from django.conf import settings

    rows = {}
    for model in apps.get_models():
        if model._meta.managed and not model._meta.proxy:
            rows[model._meta.label] = serializers.serialize("json", model._base_manager.order_by("pk"))
    root = Path(settings.MEDIA_ROOT)
    files = {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }
    return {"rows": rows, "files": files}


def wipe_database():
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        empty = sqlite3.connect(":memory:")
        empty.backup(connection.connection)
        empty.close()
    else:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    connection.close()


def build_content(django_user_model):
    # Transactional tests start from flushed tables: the rows Wagtail's migrations create are gone.
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code="vi")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(title="Root", slug="root")
    portal = PortalBuilder.create()
    section = portal.section("Tin tức")
    portal.article(section, title="Tin có ảnh")
    make_image("Ảnh hội nghị")
    group = Group.objects.create(name="Biên tập viên")
    group.permissions.add(Permission.objects.get(codename="update_content"))
    user = django_user_model.objects.create_user("bientap", "bt@hoason.gov.vn", "Mat-khau-Manh-2026!")
    user.groups.add(group)
    django_user_model.objects.create_superuser("quantri", "qt@hoason.gov.vn", "Mat-khau-Quan-Tri-1!")

    return user


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CONG_BACKUP_DIR = tmp_path / "backups"
    return settings


@pytest.mark.django_db(transaction=True)
def test_restore_drill_gives_back_every_record_file_and_password_hash(media, django_user_model, tmp_path):
    user = build_content(django_user_model)
    from cong.citizens.models import Question
    from cong.citizens.tests.factories import question

    asked = question(title="Hỏi về cấp phép xây dựng")
    before = snapshot()
    assert before["files"], "the drill needs media files"
    password_hash = user.password

    result = create_backup(tmp_path / "kho")
    manifest = verify_archive(result.path)
    assert {"configuration.json"} <= set(manifest["parts"])
    assert any(name.startswith("media/original_images/") for name in manifest["parts"])
    with tarfile.open(result.path) as archive:
        configuration = json.load(archive.extractfile("configuration.json"))
    usernames = {row["fields"]["username"] for row in configuration["records"]["auth.User"]}
    assert {"bientap", "quantri"} <= usernames
    assert "Biên tập viên" in {row["fields"]["name"] for row in configuration["records"]["auth.Group"]}
    assert configuration["records"]["wagtailcore.Site"]

    # Refuses to overwrite a database that has data, and leaves it as it was.
    with pytest.raises(BackupError, match="đã có dữ liệu"):
        restore_backup(result.path)
    assert django_user_model.objects.filter(username="bientap").exists()

    wipe_database()
    import shutil

    shutil.rmtree(media.MEDIA_ROOT)
    assert not connection.introspection.table_names()

    restore_backup(result.path)
    after = snapshot()
    assert after["files"] == before["files"]
    assert after["rows"] == before["rows"]
    assert django_user_model.objects.get(username="bientap").password == password_hash
    assert Question.objects.get(pk=asked.pk).title == "Hỏi về cấp phép xây dựng"


def _rewrite(archive: Path, target: Path, change):
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as out:
        for member in source:
            data = source.extractfile(member).read()
            data = change(member.name, data)
            if data is None:
                continue
            member.size = len(data)
            out.addfile(member, io.BytesIO(data))


@pytest.mark.django_db(transaction=True)
def test_a_damaged_archive_is_refused_and_nothing_changes(media, django_user_model, tmp_path):
    build_content(django_user_model)
    result = create_backup(tmp_path / "kho")
    before = snapshot()

    flipped = tmp_path / "hong.tar.gz"
    _rewrite(
        result.path, flipped, lambda name, data: data[:-1] + b"X" if name == "configuration.json" else data
    )
    with pytest.raises(BackupError, match="sai mã SHA-256"):
        restore_backup(flipped, force=True)

    missing = tmp_path / "thieu.tar.gz"
    _rewrite(result.path, missing, lambda name, data: None if name.startswith("media/") else data)
    with pytest.raises(BackupError, match="thiếu phần"):
        restore_backup(missing, force=True)

    truncated = tmp_path / "cut.tar.gz"
    truncated.write_bytes(result.path.read_bytes()[: result.size // 2])
    with pytest.raises(CommandError, match="hỏng"):
        call_command("restore", str(truncated), "--force")
    assert snapshot() == before


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_commands_with_force(media, django_user_model, tmp_path, capsys):
    build_content(django_user_model)
    call_command("backup", "--to", str(tmp_path / "kho"))
    archive = next((tmp_path / "kho").glob("cong-backup-*.tar.gz"))
    assert "Đã sao lưu" in capsys.readouterr().out
    django_user_model.objects.filter(username="bientap").delete()
    with pytest.raises(CommandError, match="--force"):
        call_command("restore", str(archive))
    call_command("restore", str(archive), "--force")
    assert django_user_model.objects.filter(username="bientap").exists()


@pytest.mark.django_db(transaction=True)
def test_a_scope_without_media_makes_a_backup_without_media_and_restore_keeps_the_files(
    media, django_user_model, tmp_path
):
    """HG-14.2 names «nội dung, tư liệu»; a scope (security.backup_scope) without media leaves the files out."""
    from cong.core.tests.test_profiles import write_province

    build_content(django_user_model)
    files = snapshot()["files"]
    assert files
    (tmp_path / "ho-so").mkdir()
    profile = write_province(
        tmp_path / "ho-so",
        'parent = "national"\n[security]\nbackup_scope = { value = ["database"], source = "HG-14.2" }\n',
    )
    media.CONG_PROFILE = str(profile)
    manifest = verify_archive(create_backup(tmp_path / "kho").path)
    assert manifest["scope"] == ["database"]
    assert not any(name.startswith(("media/", "private/")) for name in manifest["parts"])
    assert "configuration.json" not in manifest["parts"]
    restore_backup(create_backup(tmp_path / "kho2").path, force=True)
    assert snapshot()["files"] == files  # the uploaded files stay: the archive had none to put back
    media.CONG_PROFILE = "hau-giang"  # HG-14.2: content and materials, no configuration file
    parts = verify_archive(create_backup(tmp_path / "kho3").path)["parts"]
    assert (
        any(name.startswith("media/original_images/") for name in parts) and "configuration.json" not in parts
    )
    media.CONG_PROFILE = "bac-kan"  # BK-8.3.b: configuration, content database and related data
    parts = verify_archive(create_backup(tmp_path / "kho4").path)["parts"]
    assert any(name.startswith("media/") for name in parts) and "configuration.json" in parts
