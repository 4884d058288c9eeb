import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db


def items(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return [item.findtext("title") for item in root.iter("item")]


def test_portal_feed_lists_newest_articles_first(client, portal):
    news = portal.section("Tin tức")
    health = portal.section("Y tế")
    portal.article(news, title="Tin cũ", days_ago=5)
    portal.article(health, title="Tin mới", days_ago=0)
    assert items(client.get("/rss/")) == ["Tin mới", "Tin cũ"]


def test_section_feed_only_has_that_section(client, portal):
    news = portal.section("Tin tức")
    health = portal.section("Y tế")
    portal.article(news, title="Tin thời sự")
    portal.article(health, title="Tiêm chủng mở rộng")
    response = client.get(health.url + "rss/")
    assert items(response) == ["Tiêm chủng mở rộng"]
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title").startswith("Y tế")
    assert channel.findtext("language") == "vi"


def test_feed_ignores_malformed_parameters(client, portal):
    portal.article(portal.section("Tin tức"), title="Tin một")
    assert items(client.get("/rss/?page=abc")) == ["Tin một"]
    assert items(client.get("/rss/?page=-1")) == ["Tin một"]
