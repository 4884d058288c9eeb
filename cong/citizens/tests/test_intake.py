"""What citizens send: zip bombs refused, attachments private, photos without EXIF, legacy text repaired."""

import io
import tracemalloc
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import ModelLogEntry

from cong.citizens import actions
from cong.citizens.models import Attachment, Question
from cong.core.tests.test_archives import zip_bomb

from . import factories as f
from .test_public import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()
    yield
    cache.clear()


def test_an_odt_bomb_posted_to_the_ask_form_is_refused_with_bounded_memory(client, portal):
    bomb = SimpleUploadedFile(
        "don.odt", zip_bomb(200), content_type="application/vnd.oasis.opendocument.text"
    )
    tracemalloc.start()
    response = client.post("/hoi-dap/dat-cau-hoi/", {**form_data(), "attachments": [bomb]})
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert response.status_code == 400  # the form again, with the reason
    body = response.content.decode()
    assert "don.odt" in body and "bom nén" in body
    assert not Question.objects.exists()
    assert peak < 32 * 1024 * 1024, f"peak {peak / 1048576:.1f} MB for a 200 MB bomb"


# --- Attachments are private -------------------------------------------------------------------------


def jpeg_with_gps() -> bytes:
    picture = Image.new("RGB", (60, 40), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Hang may anh"  # Make
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)}  # GPSInfo
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


@pytest.fixture
def asked_with_id_card(client, portal, settings, tmp_path):
    """A question posted through the public form with an ID-card photo carrying GPS, routed to an agency."""
    settings.MEDIA_ROOT = tmp_path / "media"
    photo = SimpleUploadedFile("cccd.jpg", jpeg_with_gps(), content_type="image/jpeg")
    assert client.post("/hoi-dap/dat-cau-hoi/", {**form_data(), "attachments": [photo]}).status_code == 302
    question = Question.objects.get()
    agency = f.agency()
    actions.route_question(question, agency, acting_user=f.board_member())
    return question, agency


def test_an_attachment_is_stored_privately_under_a_random_name_without_exif(asked_with_id_card, settings):
    question, _ = asked_with_id_card
    attachment = question.attachments.get()
    assert attachment.name == "cccd.jpg"  # the citizen's name, for the download only
    stored = Path(attachment.file.path)
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert "cccd" not in stored.name and len(stored.stem) == 32
    assert not any(Path(settings.MEDIA_ROOT).rglob("*.jpg")) if Path(settings.MEDIA_ROOT).exists() else True
    with Image.open(stored) as picture:
        assert not picture.getexif() and "exif" not in picture.info


def test_the_old_public_address_and_the_file_path_answer_404_to_anyone(asked_with_id_card, client, settings):
    question, _ = asked_with_id_card
    attachment = question.attachments.get()
    settings.CONG_SERVE_MEDIA = True  # even where Django serves MEDIA_ROOT, as the demo does
    for url in (
        "/media/citizens/2026/11/cccd.jpg",
        f"/media/{attachment.file.name}",
        f"/media/../private/{attachment.file.name}",
    ):
        assert client.get(url).status_code == 404, url
    with pytest.raises(ValueError):
        attachment.file.storage.url(attachment.file.name)  # the private store has no public address


def test_only_the_staff_who_handle_the_question_download_the_attachment(asked_with_id_card, client):
    question, agency = asked_with_id_card
    attachment = question.attachments.get()
    url = f"/quan-tri/hoi-dap/tep/{attachment.pk}/"
    assert client.get(url).status_code in (302, 403)  # anonymous: to the sign-in page
    other_agency = f.agency("soyt", "Sở Y tế", "soyt@example.gov.vn")
    outsider = f.staff(other_agency, "cv.soyt")
    client.force_login(outsider)
    assert client.get(url).status_code in (403, 404)
    handler = f.staff(agency, "cv.sotc")
    client.force_login(handler)
    response = client.get(url)
    assert response.status_code == 200
    assert "cccd.jpg" in response["Content-Disposition"] and response["Content-Disposition"].startswith(
        "attachment"
    )
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    with Image.open(io.BytesIO(body)) as picture:
        assert picture.size == (60, 40) and not picture.getexif()
    assert ModelLogEntry.objects.filter(action="citizens.download_attachment", user=handler).exists()


def test_nginx_sends_the_file_through_an_internal_location(asked_with_id_card, client, settings):
    question, agency = asked_with_id_card
    attachment = question.attachments.get()
    settings.CONG_PRIVATE_MEDIA_SERVER = "nginx"
    client.force_login(f.staff(agency, "cv.sotc"))
    response = client.get(f"/quan-tri/hoi-dap/tep/{attachment.pk}/")
    assert response.status_code == 200 and not response.content
    assert response["X-Accel-Redirect"] == f"/_private/{attachment.file.name}"
    settings.CONG_PRIVATE_MEDIA_SERVER = "apache"
    response = client.get(f"/quan-tri/hoi-dap/tep/{attachment.pk}/")
    assert response["X-Sendfile"] == attachment.file.path


def test_the_migration_moves_existing_public_files_to_the_private_store(portal, settings, tmp_path):
    from importlib import import_module

    from django.apps import apps as django_apps

    settings.MEDIA_ROOT = tmp_path / "media"
    question = f.question()
    old = Path(settings.MEDIA_ROOT) / "citizens/2026/11/cccd.jpg"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"%PDF-1.4 giay to")
    attachment = Attachment.objects.create(
        question=question, file="citizens/2026/11/cccd.jpg", name="cccd.jpg", size=16
    )
    migration = import_module("cong.citizens.migrations.0002_attachments_private_store")
    migration.move_to_private_store(django_apps, None)
    migration.move_to_private_store(django_apps, None)  # twice: nothing moves again
    attachment.refresh_from_db()
    assert not old.exists()
    assert attachment.file.name.startswith("citizens/") and "cccd" not in attachment.file.name
    assert Path(attachment.file.path).read_bytes() == b"%PDF-1.4 giay to"
    assert Path(attachment.file.path).is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))


@pytest.mark.django_db(transaction=True)
def test_the_backup_carries_the_private_store(asked_with_id_card, settings, tmp_path):
    from cong.ops.backup import create_backup, verify_archive

    settings.CONG_BACKUP_DIR = tmp_path / "backups"
    question, _ = asked_with_id_card
    attachment = question.attachments.get()
    manifest = verify_archive(create_backup(tmp_path / "kho").path)
    assert f"private/{attachment.file.name}" in manifest["parts"]
