"""Smaller hardening findings of the penetration test, each reproduced."""

import pytest

from cong.accounts.checks import check_shared_cache, declared_web_workers

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
