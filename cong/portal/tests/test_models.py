import unicodedata

import pytest
from django.core.exceptions import ValidationError

from cong.portal.models import ArticlePage
from cong.portal.tests.factories import make_image

pytestmark = pytest.mark.django_db


def test_article_title_is_stored_in_nfc(portal):
    section = portal.section("Tin tức")
    decomposed = unicodedata.normalize("NFD", "Thủ tục hành chính")
    article = portal.article(section, title=decomposed)
    article.refresh_from_db()
    assert article.title == unicodedata.normalize("NFC", "Thủ tục hành chính")


def test_article_main_image_needs_alternative_text(portal):
    section = portal.section("Tin tức")
    article = portal.article(section)
    article.main_image = make_image()
    article.main_image_alt = "  "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "main_image_alt" in error.value.message_dict


def test_image_block_requires_alt_text():
    from cong.portal.blocks import CaptionedImageBlock

    block = CaptionedImageBlock()
    with pytest.raises(Exception):  # noqa: B017 — Wagtail raises StructBlockValidationError
        block.clean({"image": None, "alt": "", "caption": "", "credit": ""})


def test_every_published_version_is_kept_as_a_revision(portal):
    """ST-18.1: originals and drafts are never thrown away."""
    section = portal.section("Tin tức")
    article = portal.article(section, title="Bản đầu")
    article.title = "Bản sửa"
    article.save_revision().publish()
    article.title = "Bản nháp chưa duyệt"
    article.save_revision()
    titles = [r.as_object().title for r in article.revisions.order_by("created_at")]
    assert titles == ["Bản đầu", "Bản sửa", "Bản nháp chưa duyệt"]
    assert ArticlePage.objects.get(pk=article.pk).title == "Bản sửa"


def test_search_text_holds_lead_body_table_and_captions(portal):
    section = portal.section("Tin tức")
    image = make_image()
    article = portal.article(
        section,
        lead="Tóm tắt về đất đai",
        body=[
            {"type": "paragraph", "value": "<p>Đoạn <b>văn</b> thứ nhất</p>"},
            {
                "type": "image",
                "value": {"image": image.pk, "alt": "Ảnh", "caption": "Cánh đồng lúa", "credit": "Quốc Việt"},
            },
            {
                "type": "table",
                "value": {
                    "data": [["Huyện", "Diện tích"], ["Tân Lập", "120 ha"]],
                    "first_row_is_table_header": True,
                    "table_caption": "Bảng diện tích",
                },
            },
        ],
    )
    text = article.search_text
    for expected in (
        "Tóm tắt về đất đai",
        "Đoạn văn thứ nhất",
        "Cánh đồng lúa",
        "Tân Lập 120 ha",
        "Bảng diện tích",
    ):
        assert expected in text
    assert "<b>" not in text


def test_topic_gathers_articles_from_any_section(portal, client):
    news = portal.section("Tin tức")
    farming = portal.section("Nông nghiệp")
    topic = portal.topic("Chuyển đổi số")
    first = portal.article(news, title="Số hóa hồ sơ một cửa")
    second = portal.article(farming, title="Nông dân bán hàng trên sàn điện tử")
    portal.article(farming, title="Tin không thuộc chuyên đề")
    for article in (first, second):
        article.topics.add(topic)
        article.save_revision().publish()
    html = client.get(topic.url).content.decode()
    assert "Số hóa hồ sơ một cửa" in html
    assert "Nông dân bán hàng trên sàn điện tử" in html
    assert "Tin không thuộc chuyên đề" not in html
