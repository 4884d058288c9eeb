"""Scale-out (issue 17): two app nodes — two gunicorn processes, DEBUG off, as a province runs them behind
nginx — against one PostgreSQL database and one Redis. Both serve an article from their anonymous page
cache; an editor signed in on node A publishes a new version through Wagtail's admin; node B serves the new
version within a second, because the purge generation lives in Redis.

It runs in CI's PostgreSQL run (`.ci/run`, which sets CONG_E2E_REQUIRED=1 there too): the nodes use the
test database itself (committed rows: a transactional test). On SQLite it is skipped — an in-memory test
database cannot be shared with other processes, and two nodes never share an SQLite file in production.
Without redis-server it is skipped on a developer's machine and fails in CI (``skip_or_fail``).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import connection

from cong.core.testing.tools import skip_or_fail

BIN = Path(sys.executable).parent
PROJECT_DIR = Path(__file__).resolve().parents[3]
OLD_TITLE = "Khai mạc hội chợ nông sản"
NEW_TITLE = "Khai mạc hội chợ nông sản – lịch mới"
PASSWORD = "Mat-khau-bien-tap-2026!"

pytestmark = pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="two app nodes share a PostgreSQL database: runs in CI's PostgreSQL run (.ci/run)",
)


def free_port(taken: set[int] = frozenset()) -> int:
    """A free loopback port; within CONG_TEST_PORTS ("8840-8859") when a shared machine gives one a range."""
    first, _, last = os.environ.get("CONG_TEST_PORTS", "").partition("-")
    candidates = range(int(first), int(last) + 1) if first and last else [0]
    for port in candidates:
        if port in taken:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError(f"no free port in CONG_TEST_PORTS={os.environ['CONG_TEST_PORTS']}")


def wait_until_listening(port: int, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"port {port} did not open:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def started(command: list[str], port: int, log: Path, env: dict | None = None):
    with open(log, "w") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_listening(port, process, log)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture
def redis_server(tmp_path):
    if not shutil.which("redis-server"):
        skip_or_fail("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    with started(command, port, tmp_path / "redis.log"):
        yield f"redis://127.0.0.1:{port}/0"


def database_url() -> str:
    """The test database, as the nodes reach it (pytest-xdist gives each worker its own)."""
    s = connection.settings_dict
    user = quote(s["USER"] or "", safe="")
    password = f":{quote(s['PASSWORD'], safe='')}" if s.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def node_env(tmp_path: Path, redis_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONG_", "DJANGO_")) and k != "REDIS_URL"}
    env.update(
        {
            "PYTHONPATH": str(PROJECT_DIR),
            "DATABASE_URL": database_url(),
            "REDIS_URL": redis_url,
            "DEBUG": "0",
            "SECRET_KEY": "khoa-chung-cua-cac-nut",  # one key for every node, as in production
            "CONG_VAR_DIR": str(tmp_path / "var"),  # nothing shared through it: the generation is in Redis
            "STATIC_ROOT": str(tmp_path / "static"),
            "CONG_HTTPS": "0",  # plain HTTP on loopback (nginx terminates TLS in production)
            "CONG_ENFORCE_ACCOUNT_POLICY": "0",  # the editor signs in without a second factor here
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        }
    )
    return env


def csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


@pytest.fixture
def wagtail_tree(transactional_db):
    """The rows Wagtail's own migrations create (a locale, the root page and collection), which a transactional
    test run before this one on the same worker has flushed away. Cheaper than a serialized rollback, which
    copies the whole database at set-up."""
    from wagtail.models import Collection, Locale, Page

    locale, _ = Locale.objects.get_or_create(language_code="vi")
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


@pytest.mark.django_db(transaction=True)
def test_a_publication_on_one_node_purges_the_page_cache_of_the_other_within_a_second(
    wagtail_tree, portal, django_user_model, redis_server, tmp_path
):
    section = portal.section("Tin tức", slug="tin-tuc")
    article = portal.article(section, title=OLD_TITLE)
    path = article.get_url()
    editor = django_user_model.objects.create_superuser("bientap", "bientap@hoason.gov.vn")
    editor.password = make_password(PASSWORD, hasher="pbkdf2_sha256")  # the nodes' hashers, not the tests'
    editor.save()
    draft = article.specific
    draft.title = NEW_TITLE
    draft.save_revision(user=editor)  # the edit, saved as a draft: not public yet

    env = node_env(tmp_path, redis_server)
    subprocess.run(
        [str(BIN / "cong"), "collectstatic", "--noinput", "-v", "0"], env=env, check=True, timeout=300
    )
    ports = [free_port()]
    ports.append(free_port(taken={ports[0]}))
    with contextlib.ExitStack() as nodes:
        for name, port in zip("AB", ports, strict=True):
            command = [
                str(BIN / "gunicorn"),
                "-c",
                "python:cong.gunicorn_conf",
                "cong.wsgi",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "1",
                "--timeout",
                "120",
            ]
            nodes.enter_context(started(command, port, tmp_path / f"node-{name}.log", env))
        a, b = (f"http://127.0.0.1:{port}" for port in ports)

        for node in (a, b):  # warm both caches with the published version
            first = requests.get(node + path, timeout=60)
            assert first.status_code == 200 and OLD_TITLE in first.text and NEW_TITLE not in first.text
            again = requests.get(node + path, timeout=10)
            assert again.headers["X-Cong-Cache"] == "hit", f"{node} did not cache the article"
            assert again.text == first.text

        # The editor signs in on node A and publishes the draft (Wagtail's bulk "Xuất bản" action).
        session = requests.Session()
        login = session.get(f"{a}/quan-tri/login/", timeout=30)
        signed_in = session.post(
            f"{a}/quan-tri/login/",
            data={"username": "bientap", "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(login.text)},
            timeout=60,
        )
        assert signed_in.status_code == 200 and "/quan-tri/login/" not in signed_in.url, signed_in.text[
            -2000:
        ]
        # nginx may send the editor's next request to the other node: the session is shared (Redis + database)
        dashboard = session.get(f"{b}/quan-tri/", timeout=60)
        assert dashboard.status_code == 200 and "/quan-tri/login/" not in dashboard.url
        publish_url = f"{a}/quan-tri/bulk/wagtailcore/page/publish/?id={article.pk}"
        confirm = session.get(publish_url, timeout=30)
        assert confirm.status_code == 200, confirm.text[-2000:]
        published = session.post(
            publish_url,
            data={"csrfmiddlewaretoken": csrf_token(confirm.text)},
            allow_redirects=False,
            timeout=60,
        )
        done = time.monotonic()
        assert published.status_code == 302, published.text[-2000:]

        # Node B, which never saw the publication, serves the new version within a second.
        while True:
            fresh = requests.get(b + path, timeout=10)
            elapsed = time.monotonic() - done
            if NEW_TITLE in fresh.text or elapsed > 1:
                break
            time.sleep(0.05)
        assert NEW_TITLE in fresh.text, (
            f"node B still served the old version {elapsed:.2f} s after the publication"
        )
        assert elapsed <= 1
        print(f"node B served the publication {elapsed * 1000:.0f} ms after node A answered it")
        assert fresh.headers["X-Cong-Cache"] == "miss"  # computed afresh, kept again
        assert requests.get(b + path, timeout=10).headers["X-Cong-Cache"] == "hit"
        # …and so does node A, and the section that lists it.
        assert NEW_TITLE in requests.get(a + path, timeout=10).text
        assert NEW_TITLE in requests.get(b + section.get_url(), timeout=10).text
