"""Start the site the way `make demo` does (SQLite under a fresh var/, DEBUG=1, runserver) and read it."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

CONG = str(Path(sys.executable).with_name("cong"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 — our own local server
        return response.status, response.read().decode()


@pytest.mark.smoke
def test_demo_server_serves_home_article_feed_and_search(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CONG_TESTING", "REDIS_URL"}}
    env.update({"CONG_VAR_DIR": str(tmp_path), "DEBUG": "1"})
    for command in (
        ["migrate", "--noinput", "-v", "0"],
        ["demo"],
        ["db_worker", "--batch", "--no-startup-delay"],
    ):
        subprocess.run([CONG, *command], env=env, check=True, capture_output=True, timeout=300)
    assert (tmp_path / "cong.sqlite3").exists()
    port = free_port()
    server = subprocess.Popen(
        [CONG, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                status, home = fetch(base + "/")
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the demo server did not answer")
        assert status == 200 and "Hòa Sơn" in home

        article_path = next(
            line.split('href="')[1].split('"')[0]
            for line in home.splitlines()
            if 'class="card__title"' in line or 'class="featured__title"' in line
        )
        status, article = fetch(base + article_path)
        assert status == 200 and 'class="article__lead"' in article

        status, feed = fetch(base + "/tin-tuc-su-kien/rss/")
        assert status == 200 and len(ET.fromstring(feed).findall("./channel/item")) > 0

        status, results = fetch(base + "/tim-kiem/?q=thu+tuc+hanh+chinh")
        assert status == 200 and "<mark>thủ</mark>" in results.lower()
    finally:
        server.terminate()
        server.wait(timeout=10)
