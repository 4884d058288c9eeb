import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Site

from cong.portal import demo_data
from cong.portal.models import ArticlePage, IntroPage, PortalSettings, SectionPage

pytestmark = pytest.mark.django_db


def test_demo_loads_a_province_and_does_not_duplicate_on_second_run(client):
    call_command("demo")
    slugs = [spec["slug"] for spec in demo_data.ARTICLES]
    articles = ArticlePage.objects.live().filter(slug__in=slugs).count()
    assert articles >= 60 and articles == len(demo_data.ARTICLES)
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
    assert demo_data.PROVINCE["portal_name"] in html
    found = client.get("/tim-kiem/", {"q": "dich vu cong truc tuyen"})
    assert found.context["result_count"] > 0


def test_demo_creates_an_administrator_who_can_log_in(client):
    from cong.portal.demo import DEMO_ADMIN

    call_command("demo")
    assert client.login(username=DEMO_ADMIN["username"], password=DEMO_ADMIN["password"])
    assert client.get("/quan-tri/").status_code == 200
