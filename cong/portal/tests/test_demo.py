import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.images import get_image_model
from wagtail.models import Site

from cong.demo.portal import PROVINCE, articles
from cong.demo.users import ADMIN, DEMO_PASSWORD
from cong.portal.models import ArticlePage, IntroPage, PortalSettings, SectionPage

pytestmark = pytest.mark.django_db


def test_demo_loads_a_province_and_does_not_duplicate_on_second_run(client):
    call_command("demo")
    slugs = [spec["slug"] for spec, _body in articles()]
    loaded = ArticlePage.objects.live().filter(slug__in=slugs).count()
    assert loaded >= 60 and loaded == len(slugs)
    total = ArticlePage.objects.count()  # other apps' demos add their own items
    assert SectionPage.objects.live().count() >= 8
    assert IntroPage.objects.live().filter(slug="dieu-kien-tu-nhien").exists()
    assert get_image_model().objects.count() > 20
    site = Site.objects.get(is_default_site=True)
    settings = PortalSettings.for_site(site)
    assert settings.phone and settings.email and settings.address and settings.attribution_notice
    assert ArticlePage.objects.filter(featured=True).exists()

    call_command("demo")
    assert ArticlePage.objects.count() == total
    assert get_image_model().objects.count() == get_image_model().objects.values("title").distinct().count()

    html = client.get("/").content.decode()
    assert PROVINCE["portal_name"] in html
    found = client.get("/tim-kiem/", {"q": "dich vu cong truc tuyen"})
    assert found.context["result_count"] > 0

    # The demo's registers are one click from home, in sitemap.xml and found by the search (issue 11).
    for path in ("/van-ban/", "/cong-bao/", "/lay-y-kien/", "/hoi-dap/", "/phan-anh-kien-nghi/"):
        assert f'href="{path}"' in html and client.get(path).status_code in (200, 302)
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-van-ban.xml" in index and "sitemap-hoi-dap.xml" in index
    by_number = client.get("/tim-kiem/", {"q": "307/2010"}).context["hits"]
    assert any(hit["kind"] == "van-ban" and "307/2010" in strip_tags(hit["title"]) for hit in by_number)
    business = client.get("/tim-kiem/", {"q": "hộ kinh doanh"}).context["hits"]
    assert any(hit["kind"] == "hoi-dap" and "hộ kinh doanh" in strip_tags(hit["title"]) for hit in business)


def test_demo_creates_an_administrator_who_can_log_in(client):
    call_command("demo")
    assert client.login(username=ADMIN.username, password=DEMO_PASSWORD)
    assert client.get("/quan-tri/").status_code == 200
