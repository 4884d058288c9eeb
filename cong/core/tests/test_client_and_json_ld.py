"""One client address for the audit log and the rate limits (only trusted proxies are believed), and one
JSON-LD writer that a reader's text cannot break out of."""

import json

import pytest
from django.core.cache import caches
from wagtail.models import ModelLogEntry

from cong.core.client import client_address
from cong.core.jsonld import json_ld

SPOOFED = "6.6.6.6"
PEER = "203.0.113.9"


def test_without_configured_proxies_forwarding_headers_from_the_peer_are_ignored(rf, settings):
    settings.CONG_PROXY_COUNT, settings.CONG_CLIENT_IP_HEADER = 0, ""
    request = rf.get("/", REMOTE_ADDR=PEER, HTTP_X_FORWARDED_FOR=SPOOFED, HTTP_X_REAL_IP=SPOOFED)
    assert client_address(request) == PEER


def test_behind_one_proxy_the_address_it_appended_counts_not_what_the_visitor_wrote(rf, settings):
    settings.CONG_PROXY_COUNT, settings.CONG_CLIENT_IP_HEADER = 1, ""
    # The visitor sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"{SPOOFED}, {PEER}")
    assert client_address(request) == PEER
    # Fewer entries than proxies: the request did not come through them all; the peer is what is known.
    settings.CONG_PROXY_COUNT = 2
    assert client_address(rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=PEER)) == "10.0.0.2"


def test_a_header_set_by_the_proxy_is_read_only_when_configured(rf, settings):
    settings.CONG_PROXY_COUNT, settings.CONG_CLIENT_IP_HEADER = 0, "HTTP_X_REAL_IP"
    assert client_address(rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP=PEER)) == PEER
    assert client_address(rf.get("/", REMOTE_ADDR="10.0.0.2")) == "10.0.0.2"
    assert client_address(None) == ""


@pytest.mark.django_db
def test_a_spoofed_forwarded_for_neither_changes_the_audited_address_nor_escapes_the_rate_limit(
    client, settings, django_user_model
):
    settings.CONG_PROXY_COUNT, settings.CONG_CLIENT_IP_HEADER = 0, ""
    settings.CONG_RATE_LIMITS, settings.CONG_LOGIN_RATE = True, 3
    user = django_user_model.objects.create_user("bientap", password="Mat-khau-dung-2026")
    statuses = []
    for attempt in range(5):
        response = client.post(
            "/quan-tri/login/",
            {"username": "bientap", "password": "sai"},
            REMOTE_ADDR=PEER,
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",  # a new invented address every time
        )
        statuses.append(response.status_code)
    caches["default"].clear()
    assert statuses[3:] == [429, 429]
    entries = ModelLogEntry.objects.filter(action="cong.login.failure", object_id=str(user.pk))
    assert entries.exists()
    assert {entry.data["ip"] for entry in entries} == {PEER}


def test_json_ld_keeps_a_readers_text_inside_the_script_element():
    data = {"@type": "Question", "name": "Hỏi </script><script>alert(1)</script> & <!-- đáp"}
    encoded = json_ld(data)
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "Hỏi" in encoded  # Vietnamese stays readable, not \u escapes
    assert json.loads(encoded) == data
