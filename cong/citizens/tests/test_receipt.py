"""The receipt after a question is sent (cong.citizens.receipts): shown only to the browser that sent it,
only once the question is stored, never cached, and the same full portal page whether the page around it
was rendered now or kept from an earlier receipt — which follows every publication."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.core.signing import get_cookie_signer
from django.test import Client
from wagtail.models import Site

from cong.citizens import receipts
from cong.citizens.models import Question
from cong.core import pagecache
from cong.portal import fragments

from .test_public import form_data

pytestmark = pytest.mark.django_db

RECEIPT = "/hoi-dap/bien-nhan/"


@pytest.fixture
def page_cache(settings, tmp_path):
    """The page cache on, as in production: the page around the receipt is kept."""
    settings.CONG_PAGE_CACHE = True
    settings.CONG_PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    caches[settings.CONG_PAGE_CACHE_ALIAS].clear()
    fragments.clear()
    receipts._sites.clear()
    yield
    caches[settings.CONG_PAGE_CACHE_ALIAS].clear()
    fragments.clear()
    receipts._sites.clear()


def send(client, **extra) -> Question:
    response = client.post("/hoi-dap/dat-cau-hoi/", form_data(**extra))
    assert response.status_code == 302 and response["Location"] == RECEIPT
    return Question.objects.get(title=extra.get("title", form_data()["title"]))


def test_each_browser_sees_its_own_receipt_with_the_code_of_a_stored_question(portal, page_cache):
    first, second, stranger = Client(), Client(), Client()
    one = send(first, title="Hỏi về cấp đổi sổ đỏ")
    two = send(second, title="Hỏi về học phí")
    page_one = first.get(RECEIPT).content.decode()
    page_two = second.get(RECEIPT).content.decode()
    assert f'class="qa-code">{one.code}<' in page_one and one.code not in page_two
    assert f'class="qa-code">{two.code}<' in page_two and two.code not in page_one
    assert f"<title>Biên nhận {one.reference} – " in page_one
    assert "Hỏi về cấp đổi sổ đỏ" in page_one and "Hỏi về học phí" in page_two
    # The question is in the database before its receipt exists, with its code.
    assert Question.objects.filter(code=one.code).exists() and Question.objects.filter(code=two.code).exists()
    # A browser that sent nothing has nothing to see: back to the form, not someone else's receipt.
    response = stranger.get(RECEIPT)
    assert response.status_code == 302 and response["Location"] == "/hoi-dap/dat-cau-hoi/"


def test_the_kept_page_is_the_page_rendered_in_full(client, portal, page_cache, settings):
    """The receipt page put together from the kept page is byte for byte the template rendered whole."""
    send(client, title="Hỏi về giấy phép xây dựng")
    client.get(RECEIPT)  # the page around it is kept now
    kept = client.get(RECEIPT).content.decode()
    settings.CONG_PAGE_CACHE = False  # nothing kept: citizens/receipt.html rendered with the receipt in it
    whole = client.get(RECEIPT).content.decode()
    assert kept == whole
    for part in ('<html lang="vi"', 'id="noi-dung"', "site-footer", 'class="qa-nav"', 'role="status"'):
        assert part in kept
    assert not any(slot in kept for slot in receipts.SLOTS.values())


def test_no_session_and_no_cache_of_the_receipt(client, portal, page_cache, settings):
    """The receipt is not kept by any cache; sending a question gives the browser no session, so the pages
    it visits next are still served from the page cache."""
    response = client.post("/hoi-dap/dat-cau-hoi/", form_data())
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    cookie = response.cookies[receipts.cookie_name()]
    assert cookie["path"] == RECEIPT and cookie["httponly"] and cookie["samesite"] == "Lax"
    page = client.get(RECEIPT)
    assert page.status_code == 200 and Question.objects.get().code in page.content.decode()
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert page["X-Accel-Expires"] == "0" and page["X-Cong-Cache"] == "bypass"
    client.get("/")
    assert client.get("/")["X-Cong-Cache"] == "hit"


def test_a_forged_or_foreign_cookie_shows_no_receipt(client, portal):
    question = send(Client())
    name = receipts.cookie_name()
    for value in (
        str(question.pk),  # not signed
        get_cookie_signer(salt="another purpose").sign(str(question.pk)),  # signed for something else
        get_cookie_signer(salt=receipts.SALT + name).sign("x"),  # not a number
    ):
        client.cookies[name] = value
        response = client.get(RECEIPT)
        assert response.status_code == 302 and response["Location"] == "/hoi-dap/dat-cau-hoi/", value


def test_the_receipt_page_follows_a_publication(
    client, portal, page_cache, django_capture_on_commit_callbacks
):
    send(client)
    assert "Thông báo tuyển dụng" not in client.get(RECEIPT).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        portal.section("Thông báo tuyển dụng", slug="tuyen-dung")  # a new entry of the main menu
    assert "Thông báo tuyển dụng" in client.get(RECEIPT).content.decode()


def test_the_question_is_filed_under_the_site_of_its_address(portal, page_cache):
    """A member portal's question belongs to that portal. The site of an address is looked up once per
    generation of the page cache: a site added outside the back office (which would change the generation)
    is used from the next purge on, as the cached pages of that address are."""
    member_address = Client(HTTP_HOST="xa-a.localhost")
    send(member_address, title="Hỏi khi chưa có cổng xã")
    assert Question.objects.get(title="Hỏi khi chưa có cổng xã").site == portal.site  # the default site
    member = Site.objects.create(hostname="xa-a.localhost", port=80, root_page=portal.home, site_name="Xã A")
    send(member_address, title="Hỏi ngay sau khi thêm cổng xã")
    assert Question.objects.get(title="Hỏi ngay sau khi thêm cổng xã").site == portal.site
    pagecache._purge_now("a site added")
    send(member_address, title="Hỏi cổng xã")
    assert Question.objects.get(title="Hỏi cổng xã").site == member
    send(Client(), title="Hỏi cổng tỉnh")
    assert Question.objects.get(title="Hỏi cổng tỉnh").site == portal.site


def test_the_rate_limits_still_apply_and_a_refused_form_gives_no_receipt(
    client, portal, page_cache, settings
):
    settings.CONG_CITIZENS_SOFT_LIMIT = 1
    settings.CONG_CITIZENS_HARD_LIMIT = 2
    first = send(client, title="Lần một")
    puzzle = client.post("/hoi-dap/dat-cau-hoi/", form_data(title="Lần hai"))
    refused = client.post("/hoi-dap/dat-cau-hoi/", form_data(title="Lần ba"))
    assert puzzle.status_code == 400 and "data-altcha-challenge" in puzzle.content.decode()
    assert refused.status_code == 429
    assert receipts.cookie_name() not in puzzle.cookies and receipts.cookie_name() not in refused.cookies
    assert list(Question.objects.values_list("title", flat=True)) == ["Lần một"]
    assert first.code in client.get(RECEIPT).content.decode()  # still the receipt of what was received
