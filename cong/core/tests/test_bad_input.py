"""Bad input gets a clear answer, never a 500: years in odd digits, broken pictures, a locked SQLite file."""

import io
import threading
import time

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cong.core.params import page_param, text_param, year_error, year_param
from cong.core.uploads import check_upload

# Superscript digits pass str.isdigit() and fail int(); Arabic-Indic digits pass int().
BAD_YEARS = ["²⁰²⁶", "٢٠٢٦", "20261", "-1", "10000", "0", "9" * 5000, " 1_999 ", "2026.0", "\x00"]
FAKE_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"khong phai anh" * 40


@pytest.mark.parametrize("raw", BAD_YEARS)
def test_malformed_years_are_not_years(raw):
    assert year_param(raw) is None
    assert "không hợp lệ" in year_error(raw) and len(year_error(raw)) < 200


def test_good_values_are_read():
    assert year_param("2026") == 2026 and year_param(" 1995 ") == 1995
    assert page_param("3") == 3
    assert [page_param(raw) for raw in ("", "abc", "-4", "0", "²", "9" * 5000, None)] == [1] * 7
    assert text_param("  Thủ\x00 tục\n hành chính ") == "Thủ tục hành chính"
    assert text_param("x" * 5000) == "x" * 200


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["²⁰²⁶", "20261", "-1", "10000", "9" * 5000])
def test_public_year_filters_answer_clearly(client, portal, raw):
    for url in ("/cong-bao/", "/van-ban/", "/hoi-dap/", "/phan-anh-kien-nghi/"):
        response = client.get(url, {"year": raw, "nam": raw})
        assert response.status_code in (200, 404), (url, response.status_code)
    listing = client.get("/van-ban/", {"year": raw}).content.decode()
    assert "không hợp lệ" in listing
    for url in ("/api/v1/gazette/", "/api/v1/legal-documents/", "/api/v1/questions/"):
        response = client.get(url, {"year": raw})
        assert response.status_code == 400, (url, response.status_code)
        assert "không hợp lệ" in response.json()["detail"]


@pytest.mark.django_db
def test_a_good_year_still_filters(client, portal):
    assert client.get("/api/v1/questions/", {"year": "2026"}).status_code == 200
    assert client.get("/api/v1/gazette/", {"year": "2026"}).status_code == 200


def test_jpeg_magic_bytes_that_are_no_picture_are_refused():
    with pytest.raises(ValidationError) as refused:
        check_upload(SimpleUploadedFile("cccd.jpg", FAKE_JPEG, "image/jpeg"), kind="image")
    assert refused.value.code == "broken_image" and "«cccd.jpg»" in refused.value.messages[0]


def test_a_pixel_bomb_is_refused_from_its_header(settings):
    settings.CONG_UPLOAD_MAX_IMAGE_PIXELS = 1_000_000
    buffer = io.BytesIO()
    Image.new("1", (2000, 2000)).save(buffer, format="PNG")  # 4 megapixels in a few KB
    with pytest.raises(ValidationError, match="triệu điểm ảnh"):
        check_upload(SimpleUploadedFile("ban-do.png", buffer.getvalue()), kind="image")


@pytest.mark.django_db
def test_admin_image_upload_of_a_fake_jpeg_is_a_message_not_a_500(
    client, django_user_model, settings, tmp_path
):
    from wagtail.images import get_image_model

    settings.MEDIA_ROOT = tmp_path
    client.force_login(django_user_model.objects.create_superuser("quantri", "q@x.vn", "Mat-khau-2026!"))
    response = client.post(
        "/quan-tri/images/add/",
        {
            "title": "Ảnh hỏng",
            "file": SimpleUploadedFile("anh.jpg", FAKE_JPEG, "image/jpeg"),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Ảnh hỏng").exists()
    assert "«anh.jpg» bị từ chối" in response.content.decode() or "anh.jpg" in response.content.decode()


@pytest.mark.django_db
def test_a_fake_jpeg_in_the_submission_photo_field_is_refused_by_name(newsroom, client):
    from cong.editorial.models import InformationSubmission

    response = newsroom.submit_form(
        client, photos=[SimpleUploadedFile("hoi-nghi.jpg", FAKE_JPEG, "image/jpeg")]
    )
    assert response.status_code == 302
    submission = InformationSubmission.objects.get()
    assert not submission.files.exists()
    assert "hoi-nghi.jpg" in submission.refused_files[0]["reason"]


@pytest.fixture
def sqlite_file(tmp_path, django_db_blocker):
    """A second database alias on a real SQLite file, configured exactly as settings.DATABASES["default"]."""
    from django.db import connections

    alias = "sqlite_file"
    connections.settings[alias] = {**connections.settings["default"], "NAME": str(tmp_path / "cong.sqlite3")}
    with django_db_blocker.unblock():
        yield alias
        connections[alias].close()
    del connections[alias]
    del connections.settings[alias]


def _writer_in_another_thread(alias: str, seconds: float) -> threading.Thread:
    """The task worker: a thread that begins a transaction on ``alias``, writes, and holds it ``seconds``
    (SQLite's busy handler off on its connection); returned once it holds the write lock."""
    from django.db import connections, transaction

    writing = threading.Event()

    def worker_writes():
        connections[alias].cursor().execute("PRAGMA busy_timeout = 0")
        with transaction.atomic(using=alias):
            connections[alias].cursor().execute("INSERT INTO task (note) VALUES ('tác vụ')")
            writing.set()
            time.sleep(seconds)
        connections[alias].close()

    worker = threading.Thread(target=worker_writes)
    worker.start()
    assert writing.wait(5)
    return worker


@pytest.mark.skipif(
    "sqlite" not in django_settings.DATABASES["default"]["ENGINE"],
    reason="checks the SQLite settings; PostgreSQL locks rows, not the file",
)
def test_a_save_while_the_task_worker_writes_waits_instead_of_database_is_locked(sqlite_file):
    """The web process reads then writes while the worker holds the write lock: with WAL, a busy timeout
    and BEGIN IMMEDIATE (settings.py) the page save waits its turn instead of "database is locked"."""
    from django.db import connections, transaction

    with connections[sqlite_file].cursor() as cursor:
        cursor.execute("CREATE TABLE task (id INTEGER PRIMARY KEY, note TEXT)")
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    worker = _writer_in_another_thread(sqlite_file, 0.5)
    with transaction.atomic(using=sqlite_file):
        cursor = connections[sqlite_file].cursor()
        cursor.execute("SELECT count(*) FROM task")  # a page save reads first …
        cursor.execute("INSERT INTO task (note) VALUES ('trang')")  # … then writes
    worker.join()
    with connections[sqlite_file].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM task")
        assert cursor.fetchone()[0] == 2


@pytest.mark.skipif(
    "sqlite" not in django_settings.DATABASES["default"]["ENGINE"],
    reason="SQLite's writers' queue (cong.core.sqlite)",
)
def test_a_waiting_writer_starts_when_the_other_commits_not_after_a_busy_handler_sleep(sqlite_file, tmp_path):
    """Without any busy timeout, a transaction begun while another process writes would fail at once with
    "database is locked": here it waits on the writers' lock file and begins when the other commits. The
    lock is held from BEGIN to COMMIT or ROLLBACK, never longer."""
    import fcntl

    from django.db import connections, transaction

    with connections[sqlite_file].cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout = 0")  # SQLite's busy handler off: only the lock file waits
        cursor.execute("CREATE TABLE task (id INTEGER PRIMARY KEY, note TEXT)")
    lock = open(tmp_path / "cong.sqlite3-writers.lock", "rb")  # noqa: SIM115 - closed below

    def free() -> bool:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(lock, fcntl.LOCK_UN)
        return True

    worker = _writer_in_another_thread(sqlite_file, 0.3)
    assert not free()
    with transaction.atomic(using=sqlite_file):
        connections[sqlite_file].cursor().execute("INSERT INTO task (note) VALUES ('trang')")
        assert not free()
    worker.join()
    assert free()
    with pytest.raises(ValueError), transaction.atomic(using=sqlite_file):
        connections[sqlite_file].cursor().execute("INSERT INTO task (note) VALUES ('hỏng')")
        raise ValueError("a failure inside the transaction")
    assert free()  # released by the rollback
    with connections[sqlite_file].cursor() as cursor:
        cursor.execute("SELECT note FROM task ORDER BY id")
        assert [row[0] for row in cursor.fetchall()] == ["tác vụ", "trang"]
    lock.close()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/api/v1/articles/?section=a%00b", "/van-ban/?issuer=%00", "/api/v1/consultations/x%00y/", "/tin%00/"],
)
def test_a_nul_character_anywhere_in_the_request_is_a_400_in_vietnamese(client, portal, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "ký tự rỗng" in response.content.decode()


@pytest.mark.django_db
def test_a_nul_in_the_session_cookie_is_a_400(client, portal):
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "abcdefgh\x00ijkl"
    assert client.get("/").status_code == 400


def test_a_private_store_inside_the_public_media_folder_is_a_system_check_error(settings, tmp_path):
    from cong.core.checks import check_private_media_root

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    assert check_private_media_root() == []
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "media" / "private"
    errors = check_private_media_root()
    assert [error.id for error in errors] == ["cong.E002"] and "công khai" in errors[0].msg


@pytest.mark.skipif(
    "sqlite" not in django_settings.DATABASES["default"]["ENGINE"],
    reason="SQLite's writers' queue (cong.core.sqlite)",
)
def test_a_writer_that_never_ends_makes_the_others_fail_after_the_timeout_not_wait_for_ever(
    sqlite_file, tmp_path
):
    """The writers' lock is waited for as long as SQLite's own ``timeout``, then the transaction fails with
    "database is locked": a hung writer stops the site's writes for that long, not for ever."""
    import fcntl

    from django.db import OperationalError, connections, transaction

    settings_dict = connections.settings[sqlite_file]
    settings_dict["OPTIONS"] = {**settings_dict["OPTIONS"], "timeout": 0.3}
    connections[sqlite_file].close()
    with connections[sqlite_file].cursor() as cursor:
        cursor.execute("CREATE TABLE task (id INTEGER PRIMARY KEY, note TEXT)")
    with open(tmp_path / "cong.sqlite3-writers.lock", "rb") as hung:
        fcntl.flock(hung, fcntl.LOCK_EX)  # another process's transaction that never ends
        started = time.monotonic()
        with (
            pytest.raises(OperationalError, match="database is locked"),
            transaction.atomic(using=sqlite_file),
        ):
            connections[sqlite_file].cursor().execute("INSERT INTO task (note) VALUES ('trang')")
        assert 0.3 <= time.monotonic() - started < 3
    with transaction.atomic(using=sqlite_file):  # the lock released: writes go on
        connections[sqlite_file].cursor().execute("INSERT INTO task (note) VALUES ('trang')")
    with connections[sqlite_file].cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM task")
        assert cursor.fetchone()[0] == 1
