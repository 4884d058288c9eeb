"""What a visitor meets on the pages: valid machine-readable times, one portal name in the home title,
forms that say what each personal field is (WCAG 1.3.5), organisation fields only for organisations,
photo credits said once."""

import datetime as dt
import re

import pytest
from django.template import Context, Template

from cong.core.clock import TZ
from cong.core.templatetags.cong_tags import machine_datetime, photo_credit
from cong.legal.tests.factories import make_consultation

pytestmark = pytest.mark.django_db

HTML_DATETIME = re.compile(r'<time datetime="([^"]+)"')


def test_machine_datetime_is_a_valid_html_datetime():
    moment = dt.datetime(2026, 3, 5, 1, 2, 3, 456789, tzinfo=dt.UTC)
    assert machine_datetime(moment) == "2026-03-05T08:02:03+07:00"
    assert machine_datetime(dt.date(2026, 3, 5)) == "2026-03-05"
    assert machine_datetime(None) == ""


def test_article_and_home_times_have_no_microseconds(client, portal):
    from cong.portal.models import ArticlePage

    article = portal.article(portal.section("Tin tức"), title="Tin có giờ")
    ArticlePage.objects.filter(pk=article.pk).update(
        published_at=dt.datetime(2026, 3, 5, 8, 2, 3, 456789, tzinfo=TZ)
    )
    for url in ("/", article.url):
        values = HTML_DATETIME.findall(client.get(url).content.decode())
        assert values, url
        for value in values:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\+07:00)?", value), (url, value)


def test_home_title_names_the_portal_once(client, portal):
    html = client.get("/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, flags=re.S).group(1).strip()
    assert title == portal.settings.portal_name


def _input(html: str, name: str) -> str:
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)


def test_ask_form_says_what_each_personal_field_is_and_keeps_organisation_fields_apart(client, portal):
    html = client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    assert 'autocomplete="name"' in _input(html, "full_name")
    assert 'autocomplete="email"' in _input(html, "email") and 'type="email"' in _input(html, "email")
    phone = _input(html, "phone")
    assert 'type="tel"' in phone and 'autocomplete="tel"' in phone
    assert 'autocomplete="organization"' in _input(html, "organisation_name")
    # The person's fields come first; the organisation's are in their own fieldset after them, which
    # citizens/asker.js hides unless "tổ chức" is chosen (visible without JavaScript).
    organisation = html.index('id="thong-tin-to-chuc"')
    assert html.index('name="full_name"') < organisation < html.index('name="organisation_name"')
    assert (
        html.index('name="position"') > organisation and html.index('name="founding_decision"') > organisation
    )
    assert "citizens/asker.js" in html


def test_comment_form_says_what_each_personal_field_is(client, portal):
    consultation = make_consultation()
    html = client.get(consultation.get_absolute_url()).content.decode()
    assert 'autocomplete="name"' in _input(html, "name")
    assert 'autocomplete="email"' in _input(html, "email")
    assert 'autocomplete="organization"' in _input(html, "organisation")


def test_photo_credit_is_said_once():
    assert photo_credit("Minh Hằng") == "Ảnh: Minh Hằng"
    assert photo_credit("Ảnh: Minh Hằng") == "Ảnh: Minh Hằng"
    assert photo_credit("Nguồn: TTXVN") == "Nguồn: TTXVN"
    html = Template("{% load cong_tags %}({{ credit|photo_credit }})").render(Context({"credit": "ảnh: Lan"}))
    assert html == "(ảnh: Lan)"


def test_browser_icon_is_the_emblem_not_a_404(client, portal):
    home = client.get("/").content.decode()
    assert re.search(r'<link rel="icon" href="[^"]*emblem[^"]*\.svg"', home)
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and "emblem" in response["Location"]


def test_admin_shows_no_gravatar_picture(admin_client):
    """No third-party host anywhere: Gravatar would load from gravatar.com (blocked by the CSP anyway)."""
    from wagtail.users.utils import get_gravatar_url

    assert get_gravatar_url("quantri@example.gov.vn") is None
