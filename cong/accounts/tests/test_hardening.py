"""Smaller hardening findings of the penetration test, each reproduced."""

import re

import pytest

from cong.accounts.checks import check_shared_cache, declared_web_workers

from .conftest import PASSWORD, make_user

REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1"}
}
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "cong"}}


@pytest.mark.parametrize(
    ("environment", "workers"),
    [
        ({"WEB_CONCURRENCY": "4"}, 4),
        ({"GUNICORN_CMD_ARGS": "--bind 127.0.0.1:8000 --workers 3"}, 3),
        ({"GUNICORN_CMD_ARGS": "-w 2"}, 2),
        ({"GUNICORN_CMD_ARGS": "--workers=5", "WEB_CONCURRENCY": "4"}, 5),
        ({}, 0),
        ({"WEB_CONCURRENCY": "nhiều"}, 0),
    ],
)
def test_declared_web_workers(monkeypatch, environment, workers):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.delenv("GUNICORN_CMD_ARGS", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert declared_web_workers() == workers


def test_deploy_check_warns_of_several_workers_without_a_shared_cache(monkeypatch, settings):
    monkeypatch.delenv("GUNICORN_CMD_ARGS", raising=False)
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    settings.CACHES = LOCMEM
    assert [problem.id for problem in check_shared_cache()] == ["cong.W110"]
    settings.CACHES = REDIS
    assert check_shared_cache() == []
    monkeypatch.setenv("WEB_CONCURRENCY", "1")
    settings.CACHES = LOCMEM
    assert check_shared_cache() == []


@pytest.mark.django_db
def test_lockout_page_says_after_how_many_minutes(client, enforced, django_user_model):
    enforced.CONG_RATE_LIMITS = False
    enforced.AXES_COOLOFF_TIME = 1  # hours
    make_user(django_user_model, "bientap")
    for _ in range(enforced.AXES_FAILURE_LIMIT):
        client.post("/quan-tri/login/", {"username": "bientap", "password": "sai-mat-khau"})
    locked = client.post("/quan-tri/login/", {"username": "bientap", "password": PASSWORD})
    text = " ".join(locked.content.decode().split())
    assert locked.status_code == 429
    assert "Tài khoản tự mở lại sau 60 phút" in text and f"sai quá {enforced.AXES_FAILURE_LIMIT} lần" in text


@pytest.mark.django_db
def test_every_password_rule_speaks_vietnamese(django_user_model):
    from django.contrib.auth.password_validation import password_validators_help_texts, validate_password
    from django.core.exceptions import ValidationError
    from django.utils import translation

    user = django_user_model(username="nguyenvana", email="nguyenvana@hoason.gov.vn")
    english = re.compile(
        r"\b(password|must|contain|least|characters?|too|short|common|numeric|similar)\b", re.I
    )
    with translation.override("vi"):
        messages = list(password_validators_help_texts())
        for weak in ("ngan", "nguyenvana1", "password123", "12345678901234", "chuthuongdai"):
            with pytest.raises(ValidationError) as refused:
                validate_password(weak, user)
            messages += refused.value.messages
    assert "Mật khẩu quá ngắn: phải có ít nhất 10 ký tự." in messages
    assert [message for message in messages if english.search(message)] == []


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/khong-co-trang-nay/", "/quan-tri/login/", "/robots.txt"])
def test_permissions_policy_on_every_response(client, portal, path):
    policy = client.get(path)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in policy


@pytest.mark.django_db
def test_unknown_hosts_get_the_default_portal_or_400_never_500(client, portal, settings):
    settings.ALLOWED_HOSTS = [".localhost", "127.0.0.1"]
    client.raise_request_exception = False
    answers = {}
    for host in ("khong-co.localhost", "a.b.localhost:8000", "127.0.0.1:65535", "ke-gian.example", "bad host",
                 "x" * 300, "[::1", "localhost\r\nX: y"):  # fmt: skip
        for path in (
            "/",
            "/tim-kiem/?q=a",
            "/rss/",
            "/sitemap.xml",
            "/hoi-dap/",
            "/van-ban/",
            "/quan-tri/login/",
        ):
            answers[(host, path)] = client.get(path, HTTP_HOST=host).status_code
    assert {key: status for key, status in answers.items() if status >= 500} == {}
    assert answers[("khong-co.localhost", "/")] == 200  # the default portal
    assert answers[("ke-gian.example", "/")] == 400 and answers[("bad host", "/")] == 400
    assert "Permissions-Policy" in client.get("/", HTTP_HOST="ke-gian.example")
