import re

import pytest
from django.test import override_settings

from cong.portal.tests.factories import make_image

pytestmark = pytest.mark.django_db


def test_home_shows_featured_and_latest_items_per_section(portal, client):
    news = portal.section("Tin tức – Sự kiện")
    health = portal.section("Y tế")
    hidden = portal.section("Lưu trữ", show_on_home=False)
    portal.article(news, title="Tin nổi bật về lễ hội", featured=True)
    for i in range(6):
        portal.article(health, title=f"Tin y tế {i}", days_ago=i)
    portal.article(hidden, title="Tin lưu trữ cũ", days_ago=400)
    html = client.get("/").content.decode()
    assert "Tin nổi bật" in html and "Tin nổi bật về lễ hội" in html
    # Each home section shows its 4 newest items only.
    assert all(f"Tin y tế {i}" in html for i in range(4))
    assert "Tin y tế 5" not in html.split('id="tin-moi"')[0]
    assert 'href="/chuyen-muc-' in html
    assert "Lưu trữ" not in html.split('id="tin-moi"')[0].split("home-sections")[1]


def test_every_page_has_header_menu_and_footer_required_by_tt32(portal, client):
    portal.intro("Giới thiệu")
    portal.settings.online_services_url = "https://dichvucong.thunghiem.gov.vn/"
    portal.settings.save()
    html = client.get("/").content.decode()
    assert "Ủy ban nhân dân tỉnh Thử Nghiệm" in html  # full agency name in the header
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    for item in ("Trang chủ", "Giới thiệu", "Dịch vụ công trực tuyến", "Sơ đồ trang"):
        assert item in nav
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    for item in (
        "Chịu trách nhiệm chính",
        "Ông Nguyễn Văn An",
        "0209 3870 000",
        "0209 3870 001",
        "congtt@thunghiem.gov.vn",
        "Số 1 đường Trần Hưng Đạo",
        "Theo Cổng TTĐT tỉnh Thử Nghiệm",
    ):
        assert item in footer
    assert 'class="skip-link" href="#noi-dung"' in html
    assert 'accesskey="1"' in html and 'accesskey="3"' in html and 'accesskey="4"' in html
    assert "data-contrast" in html and 'data-font="up"' in html
    assert '<html lang="vi"' in html


def test_section_paginates_and_tolerates_bad_page_numbers(portal, client, settings):
    settings.CONG_PAGE_SIZE = 5
    section = portal.section("Tin tức")
    for i in range(12):
        portal.article(section, title=f"Bài {i:02d}", days_ago=i, revision=False)
    first = client.get(section.url).content.decode()
    assert "Bài 00" in first and "Bài 05" not in first and "Trang 1/3" in first
    third = client.get(section.url + "?page=3").content.decode()
    assert "Bài 10" in third and "Bài 11" in third
    assert "Bài 00" in client.get(section.url + "?page=abc").content.decode()
    assert "Bài 00" in client.get(section.url + "?page=-1").content.decode()
    missing = client.get(section.url + "?page=99")
    assert missing.status_code == 404
    assert "Không tìm thấy trang" in missing.content.decode()


def test_subsection_articles_appear_in_parent_section(portal, client):
    parent = portal.section("Tin tức")
    child = portal.section("Tin trong tỉnh", parent=parent)
    portal.article(child, title="Khánh thành cầu Bình Sơn")
    html = client.get(parent.url).content.decode()
    assert "Khánh thành cầu Bình Sơn" in html and "Tin trong tỉnh" in html


def test_article_shows_author_source_date_breadcrumbs_and_dublin_core(portal, client):
    section = portal.section("Nông nghiệp")
    article = portal.article(section, title="Thu hoạch lúa vụ mùa", authors="Thu Trang", source="Báo Hòa Sơn")
    article.tags.add("lúa")
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Thu Trang" in html and "Báo Hòa Sơn" in html
    assert article.published_at.astimezone().strftime("%d/%m/%Y") in html
    crumbs = re.search(r'<nav class="container breadcrumbs".*?</nav>', html, re.S).group(0)
    assert "Trang chủ" in crumbs and "Nông nghiệp" in crumbs and 'aria-current="page"' in crumbs
    for name in ("DC.title", "DC.creator", "DC.date", "DC.description", "DC.publisher", "DC.identifier"):
        assert f'name="{name}"' in html
    assert 'content="Thu hoạch lúa vụ mùa"' in html
    assert "data-print" in html and "Lưu bài viết" in html
    assert "Theo Cổng TTĐT tỉnh Thử Nghiệm" in html  # BK-12.2 reuse notice
    assert 'media="print"' in html


def test_article_can_be_saved_as_a_file(portal, client):
    section = portal.section("Văn hóa")
    article = portal.article(section, title="Lễ hội đình làng")
    response = client.get(article.url + "luu/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Lễ hội đình làng" in response.content.decode()


def test_article_images_render_with_their_alt_text(portal, client):
    section = portal.section("Du lịch")
    image = make_image()
    article = portal.article(
        section,
        main_image=image,
        main_image_alt="Thác nước giữa rừng",
        body=[
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt": "Du khách tham quan thác",
                    "caption": "Thác Bạc mùa nước",
                    "credit": "Minh Hằng",
                },
            }
        ],
    )
    html = client.get(article.url).content.decode()
    assert 'alt="Thác nước giữa rừng"' in html
    assert 'alt="Du khách tham quan thác"' in html
    assert "Thác Bạc mùa nước" in html and "Ảnh: Minh Hằng" in html


def test_unknown_page_gets_vietnamese_404(portal, client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@override_settings(DEBUG=False)
def test_server_error_page_is_vietnamese_and_leaks_nothing(rf):
    from cong.portal.errors import server_error

    response = server_error(rf.get("/"))
    body = response.content.decode()
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in body
    assert "Traceback" not in body and "SECRET_KEY" not in body


def test_html_sitemap_is_a_tree_without_articles(portal, client):
    news = portal.section("Tin tức")
    sub = portal.section("Tin trong tỉnh", parent=news)
    portal.article(sub, title="Một tin cụ thể")
    portal.intro("Giới thiệu")
    html = client.get("/so-do-trang/").content.decode()
    tree = re.search(r'<nav aria-label="Sơ đồ trang".*?</nav>', html, re.S).group(0)
    assert "Tin tức" in tree and "Tin trong tỉnh" in tree and "Giới thiệu" in tree
    assert tree.index("Tin tức") < tree.index("Tin trong tỉnh")
    assert "Một tin cụ thể" not in tree


def test_sitemap_xml_and_robots(portal, client):
    section = portal.section("Tin tức")
    article = portal.article(section)
    index = client.get("/sitemap.xml").content.decode()
    assert "<sitemapindex" in index and "<loc>http://testserver/sitemap-trang.xml</loc>" in index
    xml = client.get("/sitemap-trang.xml").content.decode()
    assert f"<loc>http://testserver{article.url}</loc>" in xml and "<urlset" in xml
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots and "Disallow: /quan-tri/" in robots


def test_intro_page_lists_its_children(portal, client):
    intro = portal.intro("Giới thiệu", lead="Khái quát về tỉnh")
    portal.intro("Điều kiện tự nhiên", parent=intro)
    html = client.get(intro.url).content.decode()
    assert "Khái quát về tỉnh" in html and "Điều kiện tự nhiên" in html
