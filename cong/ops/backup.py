"""Backup and restore (sao lưu, phục hồi) — BK-8.3, ST-18.2, LC-18.2, HG-14.2.

One archive ``cong-backup-YYYYMMDD-HHMMSS.tar.gz`` holds:

- ``database.sqlite3`` (SQLite online backup API) or ``database.pgdump`` (``pg_dump --format=custom``):
  a consistent snapshot taken while the site keeps serving;
- ``media/…``: every uploaded file; ``private/…``: the private store (citizens' attachments);
- ``configuration.json``: the system configuration in readable form — users (with password hashes),
  groups, permissions, sites, site settings, agencies, the regulation profile files, deployment settings;
- ``manifest.json`` (last): SHA-256 and size of every other part.

Which parts go in is the profile's ``security.backup_scope`` (nội dung sao lưu): ``database`` always,
``configuration`` and ``media`` (both file stores) when listed. The manifest records the scope; restoring
an archive without media leaves the file stores as they are.

``restore_backup`` checks the whole archive against its manifest before touching anything.

The archive holds password hashes, authenticator keys and citizens' personal data, so it is created
readable by its owner only (0600, in a 0700 folder) and, when a backup key is configured
(``CONG_BACKUP_KEY`` or ``CONG_BACKUP_KEY_FILE``), encrypted: ``cong-backup-….tar.gz.enc`` is the same
archive cut into 1 MiB chunks, each sealed with Fernet (AES-128-CBC + HMAC-SHA256, ``cryptography``) and
numbered, the last one marked, so that a changed, reordered or truncated file is refused.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import struct
import subprocess
import tarfile
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT = "cong-backup/1"
MANIFEST = "manifest.json"
ARCHIVE_GLOB = "cong-backup-*.tar.gz"
ENCRYPTED_GLOB = "cong-backup-*.tar.gz.enc"
ENCRYPTED_MAGIC = b"CONG-BACKUP-FERNET/1\n"
CHUNK_SIZE = 1 << 20
_CHUNK_HEADER = struct.Struct(">Q?")  # chunk number, last chunk
_TOKEN_LENGTH = struct.Struct(">I")
Progress = Callable[[int, int, str], None]


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is Vietnamese and says what to do."""


@dataclass
class BackupResult:
    path: Path
    size: int
    parts: int


def _pg_env() -> tuple[list[str], dict[str, str]]:
    conf = connection.settings_dict
    env = {**os.environ}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if conf.get(key):
            env[var] = str(conf[key])
    return [conf["NAME"]], env


def _dump_database(target_dir: Path) -> Path:
    if connection.vendor == "sqlite":
        path = target_dir / "database.sqlite3"
        if connection.in_atomic_block:  # SQLite cannot copy a database its own connection is writing to
            raise BackupError(_("Không sao lưu được bên trong một giao dịch cơ sở dữ liệu đang mở."))
        connection.ensure_connection()
        destination = sqlite3.connect(path)
        try:
            connection.connection.backup(destination)  # online backup: readers and writers keep going
        finally:
            destination.close()
        return path
    if connection.vendor == "postgresql":
        path = target_dir / "database.pgdump"
        args, env = _pg_env()
        command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={path}", *args]
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise BackupError(_("pg_dump không chạy được: %(stderr)s") % {"stderr": result.stderr.strip()})
        return path
    raise BackupError(_("Chưa hỗ trợ sao lưu cơ sở dữ liệu loại %(vendor)s.") % {"vendor": connection.vendor})


CONFIGURATION_MODELS = (
    "auth.Permission", "auth.Group", "auth.User", "wagtailcore.Site", "wagtailcore.GroupPagePermission",
    "wagtailcore.GroupCollectionPermission", "wagtailcore.Collection", "agencies.Agency", "agencies.AgencyStaff",
    "otp_totp.TOTPDevice", "accounts.AccountSecurity",
)  # fmt: skip


def _configuration() -> dict:
    """The system configuration (BK-8.3.b: user management, channel configuration) as plain JSON."""
    from wagtail.contrib.settings.registry import registry as settings_registry

    from cong.core.profiles import get_profile

    labels = list(CONFIGURATION_MODELS) + [model._meta.label for model in settings_registry]
    records = {}
    for label in labels:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        records[label] = json.loads(serializers.serialize("json", model._default_manager.order_by("pk")))
    profile = get_profile()
    return {
        "records": records,
        "profile": {
            "name": profile.name,
            "files": {name: (Path(profile.path).parent / f"{name}.toml").read_text("utf-8") for name in profile.chain},
        },
        "settings": {
            "CONG_PROFILE": settings.CONG_PROFILE, "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
            "TIME_ZONE": settings.TIME_ZONE, "LANGUAGE_CODE": settings.LANGUAGE_CODE,
            "WAGTAILADMIN_BASE_URL": settings.WAGTAILADMIN_BASE_URL, "DATABASE_ENGINE": connection.vendor,
        },
    }  # fmt: skip


def _file_roots() -> dict[str, Path]:
    """Folders of uploaded files, by their folder in the archive: public media and the private store
    (citizens' attachments, PRIVATE_MEDIA_ROOT)."""
    return {"media": Path(settings.MEDIA_ROOT), "private": Path(settings.PRIVATE_MEDIA_ROOT)}


def _media_files() -> list[tuple[Path, str]]:
    found = []
    for prefix, root in _file_roots().items():
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                found.append((path, f"{prefix}/" + path.relative_to(root).as_posix()))
    return found


class _HashingReader:
    """Hands a file to tarfile while hashing exactly what goes into the archive."""

    def __init__(self, handle, progress: Callable[[int], None]):
        self.handle, self.progress, self.digest = handle, progress, hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        self.progress(len(data))
        return data


# --- Encryption at rest ----------------------------------------------------------------------------------


def backup_keys():
    """The configured backup keys as a MultiFernet (the first encrypts, every one decrypts, so that a key
    can be rotated while older archives stay readable); None when no key is configured."""
    from cryptography.fernet import Fernet, MultiFernet

    raw = settings.CONG_BACKUP_KEY
    key_file = settings.CONG_BACKUP_KEY_FILE
    if key_file:
        try:
            raw = Path(key_file).read_text("ascii")
        except OSError as error:
            raise BackupError(
                _("Không đọc được tệp khoá sao lưu %(key_file)s: %(strerror)s.")
                % {"key_file": key_file, "strerror": error.strerror}
            ) from None
    keys = [part.strip() for part in raw.replace("\n", ",").split(",") if part.strip()]
    if not keys:
        return None
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError:
        raise BackupError(
            _("Khoá sao lưu không hợp lệ: mỗi khoá là 44 ký tự base64 do «cong backup --new-key» tạo ra.")
        ) from None


def new_backup_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode("ascii")


class _EncryptingWriter:
    """A write-only file that seals what it is given in numbered chunks (see the module docstring)."""

    def __init__(self, raw, keys):
        self.raw, self.keys, self.buffer, self.number = raw, keys, bytearray(), 0
        raw.write(ENCRYPTED_MAGIC)

    def _seal(self, data: bytes, last: bool) -> None:
        token = self.keys.encrypt(_CHUNK_HEADER.pack(self.number, last) + data)
        self.raw.write(_TOKEN_LENGTH.pack(len(token)) + token)
        self.number += 1

    def write(self, data) -> int:
        self.buffer += data
        while len(self.buffer) > CHUNK_SIZE:
            self._seal(bytes(self.buffer[:CHUNK_SIZE]), last=False)
            del self.buffer[:CHUNK_SIZE]
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        self._seal(bytes(self.buffer), last=True)
        self.buffer.clear()


class _DecryptingReader:
    """Reads back what ``_EncryptingWriter`` wrote; refuses a wrong key, a changed, reordered or cut file."""

    def __init__(self, raw, keys, name: str):
        self.raw, self.keys, self.name = raw, keys, name
        self.buffer, self.number, self.ended = b"", 0, False
        if raw.read(len(ENCRYPTED_MAGIC)) != ENCRYPTED_MAGIC:
            raise BackupError(_("Tệp %(name)s không phải bản sao lưu mã hoá của Cổng.") % {"name": name})

    def _next_chunk(self) -> None:
        from cryptography.fernet import InvalidToken

        header = self.raw.read(_TOKEN_LENGTH.size)
        if len(header) < _TOKEN_LENGTH.size:
            raise BackupError(
                _("Tệp sao lưu %(name)s bị cắt cụt. Không có gì bị thay đổi.") % {"name": self.name}
            )
        token = self.raw.read(_TOKEN_LENGTH.unpack(header)[0])
        try:
            plain = self.keys.decrypt(token)
        except InvalidToken:
            raise BackupError(
                _(
                    "Không giải mã được %(name)s: khoá sao lưu không đúng hoặc tệp đã bị sửa. Không có gì bị thay đổi."
                )
                % {"name": self.name}
            ) from None
        number, last = _CHUNK_HEADER.unpack(plain[: _CHUNK_HEADER.size])
        if number != self.number:
            raise BackupError(
                _("Tệp sao lưu %(name)s bị xáo trộn. Không có gì bị thay đổi.") % {"name": self.name}
            )
        self.number += 1
        self.ended = last
        self.buffer += plain[_CHUNK_HEADER.size :]

    def read(self, size=-1) -> bytes:
        while not self.ended and (size < 0 or len(self.buffer) < size):
            self._next_chunk()
        if size < 0:
            size = len(self.buffer)
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC


class _open_archive:
    """``with _open_archive(path) as archive:`` a tarfile read in order, decrypting when the file is
    encrypted (with the configured key; a clear message without one)."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> tarfile.TarFile:
        self.raw = self.path.open("rb")
        try:
            if not is_encrypted(self.path):
                self.archive = tarfile.open(fileobj=self.raw, mode="r:gz")
                return self.archive
            keys = backup_keys()
            if keys is None:
                raise BackupError(
                    _(
                        "Tệp %(name)s đã được mã hoá. Đặt CONG_BACKUP_KEY hoặc CONG_BACKUP_KEY_FILE bằng khoá đã dùng khi sao lưu (xem docs/features/backup-and-restore.md)."
                    )
                    % {"name": self.path.name}
                )
            reader = _DecryptingReader(self.raw, keys, self.path.name)
            self.archive = tarfile.open(fileobj=reader, mode="r|gz")
            return self.archive
        except BaseException:
            self.raw.close()
            raise

    def __exit__(self, *exc):
        self.archive.close()
        self.raw.close()


def _private_directory(target: Path) -> None:
    """The backup folder: created 0700; an existing one of ours is tightened to 0700. A shared folder
    (sticky bit, like /tmp) is refused: others could list or replace what is written there."""
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    mode = target.stat().st_mode
    if mode & stat.S_ISVTX:
        raise BackupError(
            _("Thư mục %(target)s là thư mục dùng chung; chọn một thư mục riêng cho bản sao lưu (--to).")
            % {"target": target}
        )
    if stat.S_IMODE(mode) != 0o700:
        try:
            target.chmod(0o700)
        except PermissionError:
            raise BackupError(
                _(
                    "Thư mục sao lưu %(target)s cho người khác đọc được và không đổi quyền được; chọn thư mục khác hoặc đặt quyền 0700."
                )
                % {"target": target}
            ) from None


def backup_scope() -> tuple[str, ...]:
    """The parts a backup holds (``security.backup_scope``): BK-8.3.b "cấu hình hệ thống, cơ sở dữ liệu nội
    dung và dữ liệu liên quan", ST-18.2 "toàn bộ dữ liệu điện tử", HG-14.2 "nội dung, tư liệu"."""
    from cong.core.profiles import get_profile

    return tuple(get_profile()["security.backup_scope"])


def create_backup(to_dir: Path | str | None = None, progress: Progress | None = None) -> BackupResult:
    """Write one archive into ``to_dir`` (default CONG_BACKUP_DIR); nothing half-written is left behind."""
    scope = backup_scope()
    target = Path(to_dir or settings.CONG_BACKUP_DIR)
    _private_directory(target)
    keys = backup_keys()
    suffix = ".tar.gz.enc" if keys else ".tar.gz"
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    final = target / f"cong-backup-{stamp}{suffix}"
    counter = 1
    while final.exists():
        counter += 1
        final = target / f"cong-backup-{stamp}-{counter}{suffix}"
    partial = final.with_name(final.name + ".partial")
    with tempfile.TemporaryDirectory(dir=target, prefix=".cong-backup-") as work:
        work_dir = Path(work)
        database = _dump_database(work_dir)
        members = [(database, database.name)]
        if "configuration" in scope:
            config_path = work_dir / "configuration.json"
            config_path.write_text(
                json.dumps(_configuration(), ensure_ascii=False, indent=1, default=str), "utf-8"
            )
            members.append((config_path, "configuration.json"))
        if "media" in scope:
            members.extend(_media_files())
        total = sum(path.stat().st_size for path, _ in members)
        done = 0

        def advance(count: int, label: str = "") -> None:
            nonlocal done
            done += count
            if progress:
                progress(done, total, label)

        parts = {}
        # Owner-only from the first byte (not chmod afterwards: a reader could open it in between).
        raw = os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
        try:
            sink = _EncryptingWriter(raw, keys) if keys else raw
            with tarfile.open(fileobj=sink, mode="w:gz", compresslevel=6) as archive:
                for path, name in members:
                    with path.open("rb") as handle:
                        info = archive.gettarinfo(fileobj=handle, arcname=name)
                        info.uid = info.gid = 0
                        info.uname = info.gname = ""
                        reader = _HashingReader(handle, lambda n, name=name: advance(n, name))
                        archive.addfile(info, reader)
                    parts[name] = {"sha256": reader.digest.hexdigest(), "size": info.size}
                manifest = {
                    "format": FORMAT,
                    "created_at": timezone.now().isoformat(),
                    "engine": connection.vendor,
                    "profile": settings.CONG_PROFILE,
                    "scope": list(scope),
                    "parts": parts,
                }
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime = len(data), int(timezone.now().timestamp())
                archive.addfile(info, io.BytesIO(data))
            if keys:
                sink.finish()
            raw.close()
            os.replace(partial, final)
        except BaseException:
            raw.close()
            partial.unlink(missing_ok=True)
            raise
    return BackupResult(final, final.stat().st_size, len(parts))


# --- Verification and restore -----------------------------------------------------------------------------


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts


def verify_archive(archive_path: Path | str) -> dict:
    """Read the whole archive and compare every part with the manifest; return the manifest.

    Raises BackupError naming the first problem: unreadable archive, missing manifest, a part missing,
    changed or added, an unsafe name."""
    path = Path(archive_path)
    if not path.is_file():
        raise BackupError(_("Không tìm thấy tệp sao lưu %(path)s.") % {"path": path})
    seen: dict[str, tuple[str, int]] = {}
    manifest = None
    try:
        with _open_archive(path) as archive:
            for member in archive:
                if not member.isfile() or not _safe_name(member.name):
                    raise BackupError(
                        _("Tệp sao lưu hỏng hoặc không an toàn: mục «%(name)s» không hợp lệ.")
                        % {"name": member.name}
                    )
                handle = archive.extractfile(member)
                if member.name == MANIFEST:
                    manifest = json.loads(handle.read().decode("utf-8"))
                    continue
                digest = hashlib.sha256()
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
                seen[member.name] = (digest.hexdigest(), member.size)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
        raise BackupError(
            _("Tệp sao lưu %(name)s bị hỏng, không đọc được (%(error)s). Không có gì bị thay đổi.")
            % {"name": path.name, "error": error}
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise BackupError(
            _("Tệp sao lưu %(name)s bị hỏng: bản kê (manifest) không đọc được.") % {"name": path.name}
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            _("Tệp %(name)s không phải bản sao lưu của Cổng (thiếu hoặc sai manifest.json).")
            % {"name": path.name}
        )
    parts = manifest.get("parts") or {}
    for name, expected in parts.items():
        if name not in seen:
            raise BackupError(
                _("Tệp sao lưu hỏng: thiếu phần «%(name)s». Không có gì bị thay đổi.") % {"name": name}
            )
        if seen[name] != (expected.get("sha256"), expected.get("size")):
            raise BackupError(
                _("Tệp sao lưu hỏng: phần «%(name)s» sai mã SHA-256. Không có gì bị thay đổi.")
                % {"name": name}
            )
    extra = sorted(set(seen) - set(parts))
    if extra:
        raise BackupError(
            _("Tệp sao lưu hỏng: có phần lạ «%(extra)s» không có trong manifest.") % {"extra": extra[0]}
        )
    return manifest


def database_is_empty() -> bool:
    return not connection.introspection.table_names()


def media_is_empty() -> bool:
    return not any(
        root.exists() and any(path.is_file() for path in root.rglob("*")) for root in _file_roots().values()
    )


def restore_backup(
    archive_path: Path | str, *, force: bool = False, progress: Progress | None = None
) -> dict:
    """Restore database and media from a verified archive into the database and MEDIA_ROOT the
    environment names. Refuses a non-empty target unless ``force``; refuses a damaged archive always."""
    manifest = verify_archive(archive_path)
    engine = manifest.get("engine")
    if engine != connection.vendor:
        raise BackupError(
            _(
                "Bản sao lưu lấy từ cơ sở dữ liệu %(engine)s, không khôi phục vào %(vendor)s. Đặt DATABASE_URL trỏ tới cơ sở dữ liệu cùng loại."
            )
            % {"engine": engine, "vendor": connection.vendor}
        )
    if not force and not database_is_empty():
        raise BackupError(
            _("Cơ sở dữ liệu đích đã có dữ liệu. Dùng cơ sở dữ liệu trống, hoặc thêm --force để ghi đè.")
        )
    with_media = "media" in manifest.get("scope", ["media"])  # archives from before the scope: all parts
    if with_media and not force and not media_is_empty():
        raise BackupError(
            _("Thư mục tệp %(media_root)s đã có tệp. Dùng thư mục trống, hoặc thêm --force.")
            % {"media_root": settings.MEDIA_ROOT}
        )
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    total = sum(part["size"] for part in manifest["parts"].values())
    done = 0
    with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".cong-restore-") as work:
        work_dir = Path(work)
        staged = {prefix: work_dir / prefix for prefix in _file_roots()}
        for folder in staged.values():
            folder.mkdir()
        database_file = None
        with _open_archive(Path(archive_path)) as archive:
            for member in archive:
                if member.name == MANIFEST or member.name == "configuration.json":
                    continue
                prefix, _slash, rest = member.name.partition("/")
                if prefix in staged and rest:
                    destination = staged[prefix] / rest
                elif member.name in ("database.sqlite3", "database.pgdump"):
                    destination = database_file = work_dir / member.name
                else:
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                with archive.extractfile(member) as source, destination.open("wb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
                done += member.size
                if progress:
                    progress(done, total, member.name)
        if database_file is None:
            raise BackupError(_("Tệp sao lưu không có cơ sở dữ liệu."))
        _restore_database(database_file, force=force)
        for prefix, root in _file_roots().items() if with_media else ():
            if root.exists():
                shutil.rmtree(root)
            root.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(staged[prefix]), str(root))
        if with_media:
            Path(settings.PRIVATE_MEDIA_ROOT).chmod(0o700)
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    cache.clear()
    return manifest


def _restore_database(path: Path, *, force: bool) -> None:
    if connection.vendor == "sqlite":
        connection.close()
        connection.ensure_connection()
        source = sqlite3.connect(path)
        try:
            source.backup(connection.connection)  # replaces the whole target database in one step
        finally:
            source.close()
        connection.close()
        return
    args, env = _pg_env()
    if force:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    connection.close()
    command = ["pg_restore", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
               f"--dbname={args[0]}", str(path)]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(
            _("pg_restore báo lỗi, cơ sở dữ liệu không đổi: %(stderr)s")
            % {"stderr": result.stderr.strip()[:2000]}
        )


# --- Scheduled backup --------------------------------------------------------------------------------------


def backup_interval(now=None) -> timedelta:
    """How often the backup job runs: the profile's ``security.backup_interval``, never longer than its
    ``security.backup_interval_max`` (BK-8.3.a, ST-18.2: at least once a week; the core default for a
    province that sets no number). An interval of 0 (none set) backs up at the longest allowed; a maximum of
    0 sets no limit."""
    from cong.core.profiles import add_interval, get_profile

    profile = get_profile()
    now = now or timezone.now()
    spans = [
        add_interval(now, interval) - now
        for interval in (profile["security.backup_interval"], profile["security.backup_interval_max"])
        if interval.value
    ]
    if not spans:
        raise ImproperlyConfigured(
            _(
                "Hồ sơ quy định không đặt chu kỳ sao lưu (security.backup_interval) lẫn chu kỳ dài nhất "
                "(security.backup_interval_max): hãy đặt ít nhất một trong hai."
            )
        )
    return min(spans)


def archives(directory: Path | str | None = None) -> list[Path]:
    """Archives in the backup directory, newest first."""
    root = Path(directory or settings.CONG_BACKUP_DIR)
    if not root.exists():
        return []
    found = [*root.glob(ARCHIVE_GLOB), *root.glob(ENCRYPTED_GLOB)]
    return sorted(found, key=lambda path: (path.stat().st_mtime, path.name), reverse=True)


def prune_archives(keep: int | None = None, directory: Path | str | None = None) -> list[Path]:
    """Keep the newest ``keep`` archives (CONG_BACKUP_KEEP); delete the rest; return what was deleted."""
    keep = settings.CONG_BACKUP_KEEP if keep is None else keep
    removed = archives(directory)[max(keep, 1) :]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
