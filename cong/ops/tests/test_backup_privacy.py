"""Backups hold password hashes, authenticator keys and citizens' personal data.

The finding: archives were created 0644 in a world-readable folder, so any local account could copy them.
Now they are 0600 in a 0700 folder, and encrypted when a key is configured: without the key, the file
gives nothing away, and the restore drill with the key gives back every record and file.
"""

import gzip
import os
import shutil
import stat
import tarfile

import pytest
from django.core.management import call_command
from django.db import connection

from cong.ops.backup import (
    BackupError,
    archives,
    create_backup,
    new_backup_key,
    restore_backup,
    verify_archive,
)

from .test_backup import build_content, media, snapshot, wipe_database  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def lax_umask():
    """The usual umask 022, under which a plain open() would have made the archive world-readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_archive_is_owner_only_in_an_owner_only_folder(media, django_user_model, tmp_path, lax_umask):  # noqa: F811
    build_content(django_user_model)
    result = create_backup(tmp_path / "moi")
    assert mode(result.path) == 0o600 and mode(result.path.parent) == 0o700

    existing = tmp_path / "da-co"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    result = create_backup(existing)
    assert mode(existing) == 0o700 and mode(result.path) == 0o600

    shared = tmp_path / "dung-chung"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    with pytest.raises(BackupError, match="dùng chung"):
        create_backup(shared)
    assert not list(shared.iterdir())


def test_encrypted_archive_is_unreadable_without_the_key(media, django_user_model, tmp_path):  # noqa: F811
    user = build_content(django_user_model)
    media.CONG_BACKUP_KEY = new_backup_key()
    result = create_backup(tmp_path / "kho")
    assert result.path.name.endswith(".tar.gz.enc") and archives(tmp_path / "kho") == [result.path]
    content = result.path.read_bytes()
    hash_tail = user.password.split("$")[-1].encode()
    for secret in (hash_tail, b"bientap", b"configuration.json", b"SQLite format 3"):
        assert secret not in content
    with pytest.raises(tarfile.ReadError):
        tarfile.open(result.path)
    with pytest.raises(OSError):
        gzip.decompress(content)

    media.CONG_BACKUP_KEY = ""
    with pytest.raises(BackupError, match="CONG_BACKUP_KEY"):
        verify_archive(result.path)
    media.CONG_BACKUP_KEY = new_backup_key()  # somebody else's key
    with pytest.raises(BackupError, match="khoá sao lưu không đúng"):
        restore_backup(result.path, force=True)
    assert django_user_model.objects.filter(username="bientap").exists()  # nothing changed


def test_restore_drill_with_the_key_and_a_rotated_key(media, django_user_model, tmp_path):  # noqa: F811
    build_content(django_user_model)
    old_key = new_backup_key()
    key_file = tmp_path / "khoa-sao-luu"
    key_file.write_text(old_key + "\n")
    media.CONG_BACKUP_KEY_FILE = str(key_file)
    before = snapshot()
    result = create_backup(tmp_path / "kho")

    cut = tmp_path / "cut.tar.gz.enc"
    cut.write_bytes(result.path.read_bytes()[: result.size - 100])
    with pytest.raises(BackupError, match="cắt cụt|không đúng"):
        verify_archive(cut)

    # The key is rotated: new archives use the new key, the old one still opens older archives.
    key_file.write_text(f"{new_backup_key()}\n{old_key}\n")
    wipe_database()
    shutil.rmtree(media.MEDIA_ROOT)
    assert not connection.introspection.table_names()
    call_command("restore", str(result.path))
    after = snapshot()
    assert after["rows"] == before["rows"] and after["files"] == before["files"]


def test_new_key_command_prints_a_usable_key(capsys):
    from cryptography.fernet import Fernet

    call_command("backup", "--new-key")
    key = capsys.readouterr().out.strip()
    assert Fernet(key).decrypt(Fernet(key).encrypt(b"thu")) == b"thu"
