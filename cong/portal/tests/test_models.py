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


def _body_with(block_type: str, value: dict):
    from cong.portal.blocks import BodyBlock

    block = BodyBlock()
    return block, block.to_python([{"type": block_type, "value": value}])


def test_an_article_body_carries_only_the_media_types_the_regulation_provides_for(settings, tmp_path):
    """content.media_types — BK-3.1: «văn bản, âm thanh, hình ảnh, video, đồ họa»; national (ND43-10): text
    and images."""
    settings.MEDIA_ROOT = tmp_path
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    video = Document.objects.create(
        title="Họp báo", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="hop-bao.mp4")
    )
    block, body = _body_with(
        "media", {"kind": "video", "file": video.pk, "title": "Họp báo", "transcript": "Nội dung."}
    )
    settings.CONG_PROFILE = "bac-kan"
    assert block.clean(body)
    settings.CONG_PROFILE = "lai-chau"  # inherits the national text and images
    with pytest.raises(ValidationError) as error:
        block.clean(body)
    message = str(error.value.block_errors[0])
    assert (
        "chỉ cho đăng nội dung dạng văn bản, hình ảnh" in message
        and "video" in message
        and "ND43-10" in message
    )
    image_block, with_image = _body_with(
        "image", {"image": make_image().pk, "alt": "Ảnh", "caption": "", "credit": ""}
    )
    assert image_block.clean(with_image)  # images are provided for everywhere
