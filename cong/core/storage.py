"""Private files (tệp riêng tư): citizens' ID-card photos and personal documents, kept out of MEDIA_ROOT.

``PrivateStorage`` writes under ``PRIVATE_MEDIA_ROOT`` (default ``var/private/``), which no web server
maps to a URL; the names are random, so even a path that leaks says nothing and cannot be guessed. A file
leaves only through a view that first checks who asks, then answers with ``private_file_response``:
Django streams the file itself, or hands the sending to the web server when
``CONG_PRIVATE_MEDIA_SERVER`` says which one fronts it (``nginx``: ``X-Accel-Redirect`` to an
``internal`` location; ``apache``: ``X-Sendfile``). See docs/features/private-files.md.

Several app nodes share no disk: with ``CONG_S3_PRIVATE_BUCKET`` set the private store is a bucket of its
own (objects with the ``private`` ACL, no public address, separate from the public media bucket), and
Django streams a file from it after the same check — never a signed address that would work for anyone
who got hold of it. See docs/deploy.md.
"""

from __future__ import annotations

import os
import secrets
from pathlib import PurePath
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage
from django.http import FileResponse, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _


class LocalPrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, read from the settings at each use (tests point it elsewhere)."""

    def __init__(self):
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)


_s3_backends: dict = {}


def _s3_private_storage():
    """The private bucket (``CONG_S3_PRIVATE_BUCKET``): objects with the ``private`` ACL, never a public
    address; one storage object per configuration (it holds the S3 client)."""
    from storages.backends.s3 import S3Storage

    options = dict(settings.CONG_S3_PRIVATE_OPTIONS)
    key = tuple(sorted((name, str(value)) for name, value in options.items()))
    if key not in _s3_backends:
        _s3_backends[key] = S3Storage(**options)
    return _s3_backends[key]


@deconstructible(path="cong.core.storage.PrivateStorage")
class PrivateStorage(Storage):
    """The private store: PRIVATE_MEDIA_ROOT on this machine, or the private S3 bucket when
    ``CONG_S3_PRIVATE_BUCKET`` is set (several app nodes, which share no disk). Chosen at each use from the
    settings. Either way no file has an address: ``url()`` refuses, and a file leaves only through
    ``private_file_response`` after the view checked who asks."""

    def backend(self) -> Storage:
        if getattr(settings, "CONG_S3_PRIVATE_BUCKET", ""):
            return _s3_private_storage()
        return LocalPrivateStorage()

    def is_local(self) -> bool:
        return isinstance(self.backend(), FileSystemStorage)

    def url(self, name):
        raise ValueError(
            _("Tệp riêng tư không có địa chỉ công khai; tải qua màn hình quản trị có kiểm tra quyền.")
        )

    # Everything else is the chosen backend's.
    def open(self, name, mode="rb"):
        return self.backend().open(name, mode)

    def save(self, name, content, max_length=None):
        return self.backend().save(name, content, max_length=max_length)

    def _open(self, name, mode="rb"):
        return self.backend()._open(name, mode)

    def _save(self, name, content):
        return self.backend()._save(name, content)

    def get_valid_name(self, name):
        return self.backend().get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return self.backend().get_available_name(name, max_length=max_length)

    def generate_filename(self, filename):
        return self.backend().generate_filename(filename)

    def path(self, name):
        return self.backend().path(name)

    def delete(self, name):
        return self.backend().delete(name)

    def exists(self, name):
        return self.backend().exists(name)

    def listdir(self, path):
        return self.backend().listdir(path)

    def size(self, name):
        return self.backend().size(name)

    def get_accessed_time(self, name):
        return self.backend().get_accessed_time(name)

    def get_created_time(self, name):
        return self.backend().get_created_time(name)

    def get_modified_time(self, name):
        return self.backend().get_modified_time(name)


def random_name(folder: str, original_name: str) -> str:
    """``folder/ab/<32 random hex>.ext``: the original name is kept only in the database, for download."""
    suffix = PurePath(original_name or "").suffix.lower()
    if not suffix[1:].isalnum() or len(suffix) > 8:
        suffix = ""
    token = secrets.token_hex(16)
    return f"{folder}/{token[:2]}/{token}{suffix}"


def private_file_response(field_file, download_name: str) -> HttpResponse:
    """A download of a private file, named ``download_name``, never cached, never rendered inline."""
    server = settings.CONG_PRIVATE_MEDIA_SERVER
    storage = field_file.storage
    local = (
        storage.is_local() if isinstance(storage, PrivateStorage) else isinstance(storage, FileSystemStorage)
    )
    if not local:
        server = ""  # in a bucket: the web server has no path to send; Django streams it from the bucket
    if server == "nginx":
        response = HttpResponse(content_type="application/octet-stream")
        internal = settings.CONG_PRIVATE_MEDIA_INTERNAL_URL.rstrip("/") + "/" + quote(field_file.name)
        response["X-Accel-Redirect"] = internal
    elif server == "apache":
        response = HttpResponse(content_type="application/octet-stream")
        response["X-Sendfile"] = field_file.path
    else:
        response = FileResponse(field_file.open("rb"), content_type="application/octet-stream")
    # RFC 6266: an ASCII fallback and the Vietnamese name in UTF-8.
    fallback = download_name.encode("ascii", "replace").decode().replace('"', "").replace("?", "_")
    response["Content-Disposition"] = (
        f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(download_name)}"
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
