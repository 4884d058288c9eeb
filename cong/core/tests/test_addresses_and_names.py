"""Absolute links name the address the portal is served at (request or Site record, never a fixed host);
Vietnamese names read họ + đệm + tên on every surface."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from cong.agencies.models import Agency, AgencyStaff
from cong.citizens.models import AskerNotice
from cong.citizens.tests import factories as qa
from cong.core.addresses import absolute_url, point_sites_at_served_address, served_address
from cong.core.names import full_name, split_full_name

pytestmark = pytest.mark.django_db

HOST = "localhost:8101"


@pytest.fixture
def served_at_8101(portal):
    portal.site.port = 8101
    portal.site.save()
    return portal


def test_feed_api_and_saved_page_name_the_served_host_and_port(client, served_at_8101):
    news = served_at_8101.section("Tin tức")
    article = served_at_8101.article(news, title="Tin có địa chỉ")
    feed = ET.fromstring(client.get("/rss/", HTTP_HOST=HOST).content)
    assert feed.findtext("channel/link") == f"http://{HOST}/"
    assert feed.findtext("channel/item/link") == f"http://{HOST}{article.url}"
    section_feed = ET.fromstring(client.get(news.url + "rss/", HTTP_HOST=HOST).content)
    assert section_feed.findtext("channel/item/link") == f"http://{HOST}{article.url}"
    api = client.get("/api/v1/articles/", HTTP_HOST=HOST).json()
    assert api["results"][0]["url"] == f"http://{HOST}{article.url}"
    saved = client.get(article.url + "luu/", HTTP_HOST=HOST).content.decode()
    assert f'href="http://{HOST}{article.url}"' in saved
    assert f'content="http://{HOST}{article.url}"' in saved  # DC.identifier
    assert "http://localhost/" not in saved


def test_receipt_and_publication_mails_link_to_the_portal_the_question_came_through(served_at_8101):
    question = qa.question()
    question.site = served_at_8101.site
    question.save()
    member = Site.objects.create(hostname="sotc.localhost", port=8101, root_page=served_at_8101.home)
    asked_on_member = qa.question(title="Hỏi qua cổng thành viên")
    asked_on_member.site = member
    asked_on_member.save()
    receipt = AskerNotice.objects.filter(kind=AskerNotice.Kind.RECEIPT).first()
    assert f"http://{HOST}/hoi-dap/tra-cuu/" in receipt.body
    assert absolute_url("/hoi-dap/tra-cuu/", member) == "http://sotc.localhost:8101/hoi-dap/tra-cuu/"
    assert absolute_url("/quan-tri/") == f"http://{HOST}/quan-tri/"


def test_demo_sites_follow_the_served_address(portal):
    member = Site.objects.create(hostname="sonnmt.localhost", port=80, root_page=portal.home)
    assert served_address("http://127.0.0.1:8101") == ("127.0.0.1", 8101)
    assert served_address("https://hoason.gov.vn") == ("hoason.gov.vn", 443)
    assert served_address("") is None and point_sites_at_served_address("") == []
    point_sites_at_served_address("http://127.0.0.1:8101")
    portal.site.refresh_from_db()
    member.refresh_from_db()
    assert (portal.site.hostname, portal.site.port) == ("127.0.0.1", 8101)
    assert (member.hostname, member.port) == ("sonnmt.localhost", 8101)
    assert point_sites_at_served_address("http://127.0.0.1:8101") == []  # nothing left to change


# --- names ---------------------------------------------------------------------------------------------


def test_full_name_rule():
    assert split_full_name("Nguyễn Văn  Cập") == ("Cập", "Nguyễn Văn")
    assert full_name(*split_full_name("Cán bộ Sở Giáo dục và Đào tạo")) == "Cán bộ Sở Giáo dục và Đào tạo"
    assert full_name("Cập", "") == "Cập" and full_name("", "") == ""


def test_every_surface_shows_ho_dem_ten(client, portal):
    from wagtail.admin.utils import get_user_display_name

    first, last = split_full_name("Nguyễn Văn Cập")
    user = get_user_model().objects.create_user(
        "capnhat", first_name=first, last_name=last, is_superuser=True
    )
    assert user.get_full_name() == "Nguyễn Văn Cập"
    assert get_user_display_name(user) == "Nguyễn Văn Cập"  # Wagtail admin, audit log, dashboard
    staff_user = qa.staff(Agency.objects.create(code="sogddt", name="Sở Giáo dục và Đào tạo"), "canbo")
    staff_user.first_name, staff_user.last_name = split_full_name("Cán bộ Sở Giáo dục và Đào tạo")
    staff_user.save()
    assert str(AgencyStaff.objects.get(user=staff_user)).startswith("Cán bộ Sở Giáo dục và Đào tạo – ")
    client.force_login(user)
    listing = client.get("/quan-tri/users/").content.decode()
    assert "Nguyễn Văn Cập" in listing and "Cập Nguyễn Văn" not in listing


def test_answer_signature_and_api_name_the_signer_ho_dem_ten(client, portal):
    from cong.citizens import actions

    board, agency = qa.board_member(), qa.agency()
    head = qa.staff(agency, "gd", head=True, position="Giám đốc Sở")
    head.first_name, head.last_name = split_full_name("Hoàng Văn Minh")
    head.save()
    question = qa.question(title="Hỏi về lệ phí")
    actions.route_question(question, agency, acting_user=board)
    actions.answer_question(question, "Mức thu 2%.", acting_user=head)
    actions.publish_answer(question, acting_user=board)
    question.refresh_from_db()
    assert question.answer.signer_name == "Hoàng Văn Minh"  # the signature block of the answer
    answered_by = client.get("/api/v1/questions/").json()["results"][0]["answered_by"]
    assert answered_by == "Giám đốc Sở Hoàng Văn Minh"
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Hoàng Văn Minh" in page and "Minh Hoàng Văn" not in page
