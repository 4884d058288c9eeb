"""Media on S3-compatible storage (django-storages): the environment selects the backend, public media get
plain permanent addresses the Content-Security-Policy allows, and citizens' private files never get an
address — in their own private bucket, sent by Django after the permission check (moto: S3 in memory)."""

import io
import runpy
from pathlib import Path

import boto3
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cong.citizens import actions
from cong.citizens.models import Question
from cong.citizens.tests import factories as f
from cong.citizens.tests.test_intake import jpeg_with_gps
from cong.citizens.tests.test_public import form_data
from cong.core import storage as private

SETTINGS = Path(__file__).resolve().parents[2] / "settings.py"
S3_VARIABLES = (
    "CONG_S3_BUCKET", "CONG_S3_PRIVATE_BUCKET", "CONG_S3_ENDPOINT_URL", "CONG_S3_ACCESS_KEY_ID",
    "CONG_S3_SECRET_ACCESS_KEY", "CONG_S3_REGION", "CONG_S3_CUSTOM_DOMAIN", "CONG_S3_LOCATION",
)  # fmt: skip


def load_settings(monkeypatch, tmp_path, **environment):
    for name in S3_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CONG_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "khoa-thu")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def s3_storage(values):
    from storages.backends.s3 import S3Storage

    return S3Storage(**values["STORAGES"]["default"]["OPTIONS"])


def test_without_a_bucket_media_stay_on_the_disk(monkeypatch, tmp_path):
    values = load_settings(monkeypatch, tmp_path)
    assert values["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert "CONG_S3_PRIVATE_OPTIONS" not in values and "WAGTAILDOCS_SERVE_METHOD" not in values
    assert values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == ["'self'", "data:"]


def test_a_bucket_with_a_custom_domain_gives_plain_addresses_the_csp_allows(monkeypatch, tmp_path):
    values = load_settings(
        monkeypatch, tmp_path,
        CONG_S3_BUCKET="cong-media", CONG_S3_REGION="ap-southeast-1",
        CONG_S3_ACCESS_KEY_ID="AKIATHU", CONG_S3_SECRET_ACCESS_KEY="bi-mat",
        CONG_S3_CUSTOM_DOMAIN="media.hoason.gov.vn",
    )  # fmt: skip
    assert values["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    storage = s3_storage(values)
    assert (storage.bucket_name, storage.region_name, storage.access_key) == (
        "cong-media", "ap-southeast-1", "AKIATHU",
    )  # fmt: skip
    url = storage.url("original_images/hoi-cho.jpg")
    assert url == "https://media.hoason.gov.vn/media/original_images/hoi-cho.jpg"
    directives = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert "https://media.hoason.gov.vn" in directives["img-src"]
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"  # restricted documents stay behind the view


def test_a_bucket_on_the_provinces_own_s3_service_is_addressed_by_path(monkeypatch, tmp_path):
    values = load_settings(
        monkeypatch, tmp_path,
        CONG_S3_BUCKET="cong-media", CONG_S3_ENDPOINT_URL="http://10.0.0.7:9000/",
        CONG_S3_ACCESS_KEY_ID="minio", CONG_S3_SECRET_ACCESS_KEY="bi-mat",
    )  # fmt: skip
    url = s3_storage(values).url("documents/ke-hoach.pdf")
    assert url == "http://10.0.0.7:9000/cong-media/media/documents/ke-hoach.pdf"
    assert "Signature" not in url and "X-Amz" not in url  # permanent: a cached page keeps it
    assert "http://10.0.0.7:9000" in values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]


def test_private_files_never_share_the_public_bucket(monkeypatch, tmp_path):
    with pytest.raises(ImproperlyConfigured, match="bucket riêng"):
        load_settings(monkeypatch, tmp_path, CONG_S3_BUCKET="cong", CONG_S3_PRIVATE_BUCKET="cong")


@pytest.fixture
def private_bucket(settings, monkeypatch):
    from moto import mock_aws

    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "thu")
    with mock_aws():
        boto3.client("s3", region_name="us-east-1").create_bucket(Bucket="cong-rieng-tu")
        settings.CONG_S3_PRIVATE_BUCKET = "cong-rieng-tu"
        settings.CONG_S3_PRIVATE_OPTIONS = {
            "bucket_name": "cong-rieng-tu", "region_name": "us-east-1", "location": "private",
            "default_acl": "private", "querystring_auth": True, "custom_domain": None, "file_overwrite": False,
        }  # fmt: skip
        private._s3_backends.clear()
        yield boto3.client("s3", region_name="us-east-1")
        private._s3_backends.clear()


def test_a_citizens_attachment_goes_to_the_private_bucket_without_an_address(
    private_bucket, client, portal, settings
):
    photo = SimpleUploadedFile("cccd.jpg", jpeg_with_gps(), content_type="image/jpeg")
    assert client.post("/hoi-dap/dat-cau-hoi/", {**form_data(), "attachments": [photo]}).status_code == 302
    question = Question.objects.get()
    attachment = question.attachments.get()
    key = f"private/{attachment.file.name}"
    listed = [item["Key"] for item in private_bucket.list_objects_v2(Bucket="cong-rieng-tu")["Contents"]]
    assert listed == [key] and "cccd" not in key
    grants = private_bucket.get_object_acl(Bucket="cong-rieng-tu", Key=key)["Grants"]
    assert all("AllUsers" not in str(grant.get("Grantee")) for grant in grants)  # nobody reads it publicly
    assert not any(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.jpg"))
    with pytest.raises(ValueError, match="không có địa chỉ công khai"):
        _ = attachment.file.url  # what a template would print

    # The staff member handling the question downloads it: streamed by Django from the bucket, even where
    # nginx would send a local file (it has no path to this one), and no redirect to a signed address.
    agency = f.agency()
    actions.route_question(question, agency, acting_user=f.board_member())
    settings.CONG_PRIVATE_MEDIA_SERVER = "nginx"
    client.force_login(f.staff(agency, "cv.sotc"))
    response = client.get(f"/quan-tri/hoi-dap/tep/{attachment.pk}/")
    assert response.status_code == 200 and "X-Accel-Redirect" not in response and "Location" not in response
    assert (
        response["Content-Disposition"].startswith("attachment") and "no-store" in response["Cache-Control"]
    )
    with Image.open(io.BytesIO(b"".join(response.streaming_content))) as picture:
        assert picture.size == (60, 40) and not picture.getexif()
