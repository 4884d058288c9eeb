"""What citizens send: zip bombs refused, attachments private, photos without EXIF, legacy text repaired."""

import tracemalloc

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from cong.citizens.models import Question
from cong.core.tests.test_archives import zip_bomb

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
