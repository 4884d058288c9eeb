"""Start the site the way `make demo` does (SQLite under a fresh var/, DEBUG=1, runserver) and read it."""

import xml.etree.ElementTree as ET

import pytest

from .server import fetch, prepare_demo, running_server


@pytest.mark.smoke
def test_demo_server_serves_home_article_feed_and_search(tmp_path, prepared_demo):
    env = prepare_demo(tmp_path, prepared_demo)
    assert (tmp_path / "cong.sqlite3").exists()
    with running_server(env) as base:
        status, home = fetch(base + "/")
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
        assert status == 200 and "<mark>thủ tục hành chính</mark>" in results.lower()  # the phrase, one mark
