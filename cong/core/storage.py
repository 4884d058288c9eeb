"""Private files (tệp riêng tư): citizens' ID-card photos and personal documents, kept out of MEDIA_ROOT.

``PrivateStorage`` writes under ``PRIVATE_MEDIA_ROOT`` (default ``var/private/``), which no web server
maps to a URL; the names are random, so even a path that leaks says nothing and cannot be guessed. A file
leaves only through a view that first checks who asks, then answers with ``private_file_response``:
Django streams the file itself, or hands the sending to the web server when
``CONG_PRIVATE_MEDIA_SERVER`` says which one fronts it (``nginx``: ``X-Accel-Redirect`` to an
``internal`` location; ``apache``: ``X-Sendfile``). See docs/features/private-files.md.
"""

from __future__ import annotations

import os
import secrets
from pathlib import PurePath
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, HttpResponse
from django.utils.deconstruct import deconstructible


@deconstructible(path="cong.core.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, read from the settings at each use (tests point it elsewhere)."""

    def __init__(self):
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError(
            "Tệp riêng tư không có địa chỉ công khai; tải qua màn hình quản trị có kiểm tra quyền."
        )


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
