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
