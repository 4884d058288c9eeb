"""clean_html against a corpus of XSS payloads (tests/data/xss_payloads.txt, one a line; ST-17.4)."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from cong.core.sanitize import ALLOWED_TAGS, clean_html

PAYLOADS = [
    line
    for line in (Path(__file__).parent / "data" / "xss_payloads.txt").read_text("utf-8").splitlines()
    if line
]
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")


class Inspector(HTMLParser):
    """Collects every tag and attribute that a browser would see in the sanitised output."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)

    handle_startendtag = handle_starttag


def test_the_corpus_has_at_least_100_payloads():
    assert len(PAYLOADS) >= 100


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_payload_survives(payload):
    cleaned = clean_html(payload)
    inspector = Inspector()
    inspector.feed(cleaned)
    inspector.close()
    assert set(inspector.tags) <= ALLOWED_TAGS, cleaned
    for _tag, name, value in inspector.attributes:
        assert not name.startswith("on"), cleaned
        assert name in ("href", "title", "rel"), cleaned
        compact = "".join(value.split()).lower()
        assert not compact.startswith(DANGEROUS_SCHEMES), cleaned
    assert "<script" not in cleaned.lower()
    assert "alert(1)</script" not in cleaned.lower()


def test_harmless_formatting_and_links_are_kept_and_made_safe():
    text = '<p>Kính gửi <strong>Ban Biên tập</strong>, <a href="https://hoason.gov.vn/">xem</a></p><ul><li>một</li></ul>'
    cleaned = clean_html(text)
    assert "<strong>Ban Biên tập</strong>" in cleaned and "<ul><li>một</li></ul>" in cleaned
    assert 'rel="nofollow noopener noreferrer"' in cleaned


def test_text_is_normalised_to_nfc_and_empty_input_is_empty():
    assert clean_html("Thu\u0309 tu\u0323c") == "Thủ tục"
    assert clean_html(None) == "" and clean_html("") == ""
