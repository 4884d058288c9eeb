"""Audit log search and CSV export, personal-data rights and purge, security headers, deploy check."""

import csv
import io
import os
import secrets
import subprocess
import sys

import pytest
from django.test import Client
from wagtail.models import ModelLogEntry

from cong.accounts.models import PersonalDataRequest
from cong.accounts.purge import register_purge, run_purges, unregister_purge

from .conftest import confirmed_device, make_user, verify

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, enforced, django_user_model):
    admin = make_user(django_user_model, "quantri", superuser=True)
    client.force_login(admin)
    verify(client, confirmed_device(admin))
    client.admin = admin
    return client


def test_audit_log_is_searchable_and_exports_csv_with_address(admin_client, django_user_model, portal):
    make_user(django_user_model, "bientap")
    page = admin_client.get("/quan-tri/bao-mat/nhat-ky/", {"action": "cong.account.created"})
    html = page.content.decode()
    assert "bientap" in html and "Tạo tài khoản" in html
    table = html.split("<tbody>")[1]
    assert "Xác thực hai bước thành công" not in table  # filtered out
    response = admin_client.get("/quan-tri/bao-mat/nhat-ky/tai-ve.csv", {"user": "quantri"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Thời điểm", "Hành động"]
    verified = [row for row in rows if row[2] == "cong.account.two_factor_verified"]
    assert verified and verified[0][6] == "quantri" and verified[0][7] == "127.0.0.1"
    assert ModelLogEntry.objects.filter(action="cong.audit.export", user=admin_client.admin).exists()


def test_privacy_notice_lists_what_is_collected_and_the_rights(client, portal):
    register_purge("thu.cau_hoi", lambda now: 0, label="Câu hỏi thử", purpose="Trả lời người hỏi",
                   retention="20 ngày sau khi trả lời")  # fmt: skip
    try:
        html = client.get("/bao-ve-du-lieu-ca-nhan/").content.decode()
    finally:
        unregister_purge("thu.cau_hoi")
    assert "Câu hỏi thử" in html and "Trả lời người hỏi" in html and "20 ngày sau khi trả lời" in html
    assert "Thông tư 25/2010/TT-BTTTT" in html and "Quyền của bạn" in html
    assert '<th scope="col">' in html


def test_scheduled_purge_runs_every_registration_and_reports_a_failure(portal):
    calls = []
    register_purge("thu.mot", lambda now: calls.append(now) or 3)
    register_purge("thu.hai", lambda now: 1 / 0)
    try:
        with pytest.raises(RuntimeError, match="thu.hai"):
            run_purges()
    finally:
        unregister_purge("thu.mot")
        unregister_purge("thu.hai")
    assert len(calls) == 1
    entry = ModelLogEntry.objects.get(action="cong.personal_data.purge")
    assert entry.data["counts"]["thu.mot"] == 3 and entry.data["counts"]["thu.hai"] == -1


def test_administrator_exports_and_erases_one_persons_data(admin_client, portal):
    store = {"dan@example.vn": [{"question": "Hỏi về đất đai"}]}
    register_purge("thu.dl", lambda now: 0, label="Dữ liệu thử",
                   export=lambda subject: store.get(subject, []),
                   erase=lambda subject: len(store.pop(subject, [])))  # fmt: skip
    try:
        exported = admin_client.post(
            "/quan-tri/bao-mat/du-lieu-ca-nhan/", {"subject": "dan@example.vn", "action": "export"}
        )
        assert "Hỏi về đất đai" in exported.content.decode()
        refused = admin_client.post(
            "/quan-tri/bao-mat/du-lieu-ca-nhan/", {"subject": "dan@example.vn", "action": "erase"}
        )
        assert refused.status_code == 400 and "dan@example.vn" in store
        admin_client.post("/quan-tri/bao-mat/du-lieu-ca-nhan/",
                          {"subject": "dan@example.vn", "action": "erase", "confirm": "on"})  # fmt: skip
    finally:
        unregister_purge("thu.dl")
    assert "dan@example.vn" not in store
    kinds = list(PersonalDataRequest.objects.order_by("handled_at").values_list("kind", flat=True))
    assert kinds == ["export", "erase"]
    assert ModelLogEntry.objects.filter(action="cong.personal_data.erase", user=admin_client.admin).exists()


def test_public_pages_get_a_strict_policy_and_security_headers(client, portal):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    admin_login = client.get("/quan-tri/login/")
    assert "'unsafe-inline'" in admin_login["Content-Security-Policy"]  # Wagtail's admin needs it


def test_server_error_page_leaks_nothing(portal, settings):
    settings.DEBUG = False
    from django.urls import path

    from cong import urls

    def boom(request):
        raise RuntimeError("SECRET-DETAIL " + settings.SECRET_KEY)

    urls.urlpatterns.insert(0, path("loi-thu/", boom))
    try:
        response = Client(raise_request_exception=False).get("/loi-thu/")
    finally:
        urls.urlpatterns.pop(0)
        from django.urls import clear_url_caches

        clear_url_caches()
    body = response.content.decode()
    assert response.status_code == 500
    assert "SECRET-DETAIL" not in body and "Traceback" not in body and settings.SECRET_KEY not in body
    assert "Hệ thống đang gặp sự cố" in body


def test_deploy_check_passes_with_only_debug_secret_key_and_allowed_hosts(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CONG_", "DJANGO_", "DATABASE"))
    }
    env.update(DEBUG="0", SECRET_KEY=secrets.token_urlsafe(60), ALLOWED_HOSTS="cong.thunghiem.gov.vn",
               CONG_VAR_DIR=str(tmp_path))  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "cong.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    env["CONG_TESTING"] = "1"  # the test switch must never reach production
    result = subprocess.run(
        [sys.executable, "-m", "cong.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0 and "cong.E101" in result.stderr + result.stdout


def test_privacy_notice_names_the_basis_the_regulation_gives(client, portal, settings):
    """privacy.basis: national TT25 and ND13/2023; Lai Châu (LC-17) the IT Law art. 21–22 and TT25."""
    settings.CONG_PROFILE = "national"
    html = client.get("/bao-ve-du-lieu-ca-nhan/").content.decode()
    assert "Nghị định 13/2023/NĐ-CP" in html and "Luật Công nghệ thông tin Điều 21–22" not in html
    settings.CONG_PROFILE = "lai-chau"
    html = client.get("/bao-ve-du-lieu-ca-nhan/").content.decode()
    assert "Luật Công nghệ thông tin Điều 21–22" in html and "Nghị định 13/2023/NĐ-CP" not in html
