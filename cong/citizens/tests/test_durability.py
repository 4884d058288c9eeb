"""Nothing acknowledged is lost: a question that got a receipt survives the server being killed (-9)."""

import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from cong.core.testing.database import seed_migrated

CONG = str(Path(sys.executable).with_name("cong"))


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(env, port):
    server = subprocess.Popen(
        [CONG, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/hoi-dap/tra-cuu/", timeout=5)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    pytest.fail("the server did not answer")


def browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def post(opener, url, fields):
    page = opener.open(url, timeout=20).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
    request = urllib.request.Request(url, data=data, headers={"Referer": url})
    with opener.open(request, timeout=20) as response:
        return response.geturl(), response.read().decode()


@pytest.mark.smoke
def test_a_receipted_question_survives_kill_9(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL"}}
    env.update(
        {"CONG_VAR_DIR": str(tmp_path), "DEBUG": "1", "TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}
    )
    seed_migrated(tmp_path)
    subprocess.run(
        [CONG, "migrate", "--noinput", "-v", "0"], env=env, check=True, capture_output=True, timeout=300
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start(env, port)
    try:
        final_url, receipt = post(browser(), base + "/hoi-dap/dat-cau-hoi/", {
            "asker_type": "individual", "full_name": "Lò Văn Bền", "email": "ben@example.com",
            "title": "Câu hỏi phải còn sau khi máy chủ bị tắt", "content": "Nội dung thử độ bền.", "consent": "on",
        })  # fmt: skip
        assert final_url.endswith("/hoi-dap/bien-nhan/")
        code = re.search(r'class="qa-code">([A-Z0-9-]+)<', receipt).group(1)
    finally:
        server.send_signal(signal.SIGKILL)  # no clean shutdown, between two requests
        server.wait(timeout=10)
    server = start(env, port)
    try:
        opener = browser()
        final_url, page = post(opener, base + "/hoi-dap/tra-cuu/", {"action": "find", "code": code})
        assert "Câu hỏi phải còn sau khi máy chủ bị tắt" in page and "Đã tiếp nhận" in page
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
    # The receipt e-mail is still queued for the worker: the task row was committed with the question.
    worker = subprocess.run(
        [CONG, "db_worker", "--batch", "--no-startup-delay"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert code in worker.stdout + worker.stderr  # console mail backend prints the message


@pytest.mark.django_db
def test_a_write_that_fails_gives_no_receipt_and_keeps_what_was_typed(client, portal, monkeypatch):
    """The database refuses the write halfway (SQLite's "database is locked" under load): the person gets a
    Vietnamese page saying nothing was received and no code, with the text they typed, never a receipt;
    nothing half-written stays behind."""
    from django.db import OperationalError

    from cong.citizens import actions
    from cong.citizens.models import AskerNotice, Question

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(actions, "log", locked)  # after the question's INSERT, inside its transaction
    response = client.post("/hoi-dap/dat-cau-hoi/", {
        "asker_type": "individual", "full_name": "Lò Văn Bền", "email": "ben@example.com",
        "title": "Câu hỏi gửi lúc hệ thống bận", "content": "Nội dung phải được giữ lại.", "consent": "on",
    })  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 503
    assert "chưa tiếp nhận được" in page and "chưa có mã tra cứu" in page
    assert "Câu hỏi gửi lúc hệ thống bận" in page and "Nội dung phải được giữ lại." in page
    assert 'class="qa-code"' not in page
    assert "cong-receipt" not in response.cookies  # nothing that would show a receipt
    assert not Question.objects.exists() and not AskerNotice.objects.exists()
    assert client.get("/hoi-dap/bien-nhan/")["Location"] == "/hoi-dap/dat-cau-hoi/"  # no receipt to show
    monkeypatch.undo()
    resent = client.post("/hoi-dap/dat-cau-hoi/", {
        "asker_type": "individual", "full_name": "Lò Văn Bền", "email": "ben@example.com",
        "title": "Câu hỏi gửi lúc hệ thống bận", "content": "Nội dung phải được giữ lại.", "consent": "on",
    })  # fmt: skip
    assert resent.status_code == 302
    receipt = client.get("/hoi-dap/bien-nhan/").content.decode()
    assert Question.objects.get().code in receipt
