"""What a posted item must carry (``attribution.required``): author and source before it goes for review
(ND43-14, BK-5.3, HG-3.3), and on Lai Châu's pages the citation with time posted and link (LC-5.3)."""

import datetime as dt

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cong.core.clock import TZ
from cong.core.testing.profiles import profile
from cong.portal.models import ArticlePage

pytestmark = pytest.mark.django_db


def post_article(client, section, title, action=None, **fields):
    data = nested_form_data(
        {
            "title": title,
            "slug": f"bai-{abs(hash(title)) % 100000}",
            "lead": "Sapo của bài.",
            "body": streamfield([]),
            "authors": "",
            "source": "",
            "published_at": "2026-03-02 09:00",
            "tags": "",
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
            **fields,
        }
    )
    if action:
        data[action] = "1"
    return client.post(f"/quan-tri/pages/add/portal/articlepage/{section.pk}/", data)


def test_author_and_source_are_required_before_publishing_as_the_profile_says(
    portal, client, django_user_model, settings, tmp_path
):
    """ND43-14 (and BK-5.3, HG-3.3): «ghi rõ thông tin về tác giả, nguồn». A draft may wait; publishing
    without them is refused with the clause. A profile that requires only the source lets an item with no
    author through."""
    section = portal.section("Tin tức")
    client.force_login(
        django_user_model.objects.create_superuser("bientap", "bt@thunghiem.gov.vn", "x-Mat-khau-2026")
    )
    response = post_article(client, section, "Bài thiếu tác giả", "action-publish")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tin, bài đăng trên Cổng phải ghi rõ tác giả (ND43-14)" in html
    assert "Tin, bài đăng trên Cổng phải ghi rõ nguồn tin (ND43-14)" in html
    assert not ArticlePage.objects.filter(title="Bài thiếu tác giả").exists()
    # A draft without them is kept.
    post_article(client, section, "Bản nháp chưa có tác giả")
    assert ArticlePage.objects.get(title="Bản nháp chưa có tác giả").live is False
    # Both filled: published.
    post_article(client, section, "Bài đủ nguồn", "action-publish", authors="Minh Hằng", source="Sở Y tế")
    assert ArticlePage.objects.get(title="Bài đủ nguồn").live
    text = 'parent = "national"\n\n[attribution]\nrequired = { value = ["source"], source = "default", note = "Thử nghiệm." }\n'
    with profile(settings, text, tmp_path):
        post_article(client, section, "Bài không tên tác giả", "action-publish", source="Sở Y tế")
    assert ArticlePage.objects.get(title="Bài không tên tác giả").live


def test_lai_chau_item_page_gives_the_citation_with_time_posted_and_link(portal, client, settings):
    """LC-5.3: «phải trích dẫn nguyên văn, chính xác nguồn tin chính thức và ghi rõ tên tác giả hoặc tên cơ
    quan của nguồn tin chính thức, thời gian đã đăng, phát thông tin đó, dẫn link tin, bài viết.»"""
    section = portal.section("Tin tức", slug="tin-tuc")
    article = portal.article(
        section, "Khai mạc lễ hội hoa anh đào", authors="Quàng Văn Minh", source="Sở Văn hóa"
    )
    article.published_at = dt.datetime(2026, 3, 2, 9, 15, tzinfo=TZ)
    article.save()
    national = client.get(article.url).content.decode()
    assert "Khi sử dụng lại, ghi:" not in national
    with profile(settings, "lai-chau"):
        html = client.get(article.url).content.decode()
    assert "Khi sử dụng lại, ghi:" in html
    assert (
        "trích dẫn nguyên văn; “Khai mạc lễ hội hoa anh đào”, Quàng Văn Minh, Cổng Thông tin điện tử tỉnh Thử "
        "Nghiệm, đăng lúc 09:15 02/03/2026, "
    ) in html
    assert f'href="http://localhost{article.url}"' in html and "(LC-5.3)." in html
