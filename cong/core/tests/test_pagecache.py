"""The anonymous page cache (cong.core.pagecache): what is kept, for whom, and that every publication,
unpublication, move and deletion — of a page or of a register record — shows at the next request."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from cong.core import pagecache
from cong.core.testing.tools import skip_or_fail
from cong.portal.models import HomePage

pytestmark = pytest.mark.django_db

HEADER = "X-Cong-Cache"


@pytest.fixture(autouse=True)
def page_cache(settings, tmp_path):
    settings.CONG_PAGE_CACHE = True
    settings.CONG_PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    pages = caches[settings.CONG_PAGE_CACHE_ALIAS]
    pages.clear()
    yield
    pages.clear()


@pytest.fixture
def news(portal):
    section = portal.section("Tin tức", slug="tin-tuc")
    article = portal.article(section, title="Khai mạc hội chợ")
    return portal, section, article


def get(client, path, **extra):
    return client.get(path, **extra)


def test_second_anonymous_request_is_a_hit_without_database_queries(client, news):
    portal, section, article = news
    for path in ("/", "/tin-tuc/", article.url):
        first = get(client, path)
        assert first.status_code == 200 and first[HEADER] == "miss"
        with CaptureQueriesContext(connection) as queries:
            second = get(client, path)
        assert second[HEADER] == "hit"
        assert len(queries) == 0, [q["sql"] for q in queries]
        assert second.content == first.content
        assert not second.cookies, "a cached page sets no cookie"
        assert "Set-Cookie" not in second
        # The security headers are added fresh by the middleware outside the cache, not replayed.
        assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
        assert "nonce-" not in second["Content-Security-Policy"]
        assert second["X-Accel-Expires"] == "1"


def test_head_is_answered_from_the_cache(client, news):
    get(client, "/")
    assert client.head("/")[HEADER] == "hit"


def test_publishing_a_change_shows_on_the_article_its_section_and_home(
    client, news, django_capture_on_commit_callbacks
):
    portal, section, article = news
    for path in ("/", "/tin-tuc/", article.url):
        get(client, path)
        assert get(client, path)[HEADER] == "hit"
    article.title = "Bế mạc hội chợ"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    for path in ("/", "/tin-tuc/", article.url):
        response = get(client, path)
        assert response[HEADER] == "miss", path
        assert "Bế mạc hội chợ" in response.content.decode(), path


def test_unpublishing_moving_and_deleting_a_page_show_at_once(
    client, news, django_capture_on_commit_callbacks
):
    portal, section, article = news
    other = portal.section("Thông báo", slug="thong-bao")
    url = article.url
    assert get(client, url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert get(client, url).status_code == 404
    assert "Khai mạc hội chợ" not in get(client, "/tin-tuc/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    get(client, "/thong-bao/")
    assert get(client, "/thong-bao/")[HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        article.move(other, pos="last-child")
    article.refresh_from_db()
    assert get(client, url).status_code in (301, 404)  # the portal redirects a moved page's old address
    assert get(client, article.url).status_code == 200
    assert "Khai mạc hội chợ" in get(client, "/thong-bao/").content.decode()

    new_url = article.url
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=article.pk).delete()
    assert get(client, new_url).status_code == 404
    assert "Khai mạc hội chợ" not in get(client, "/thong-bao/").content.decode()


def test_publishing_a_register_record_purges_its_list(client, portal, django_capture_on_commit_callbacks):
    from cong.legal.actions import publish_document
    from cong.legal.tests.factories import make_document

    make_document(number="01/2025/QĐ-UBND", summary="Về quản lý chợ")
    get(client, "/van-ban/")
    assert get(client, "/van-ban/")[HEADER] == "hit"
    draft = make_document(number="02/2025/QĐ-UBND", summary="Về phí tham quan", publish=False)
    assert "02/2025" not in get(client, "/van-ban/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        publish_document(draft, acting_user=None)
    response = get(client, "/van-ban/")
    assert response[HEADER] == "miss"
    assert "02/2025/QĐ-UBND" in response.content.decode()


def test_a_signed_in_user_is_never_served_nor_fills_the_cache(client, news, django_user_model):
    user = django_user_model.objects.create_user("bientap", password="x")
    client.force_login(user)
    assert get(client, "/")[HEADER] == "bypass"  # nothing cached yet, and the visit keeps nothing
    anonymous = type(client)()
    assert get(anonymous, "/")[HEADER] == "miss"
    assert get(anonymous, "/")[HEADER] == "hit"
    assert get(client, "/")[HEADER] == "bypass"  # cached now, still never served to a session


def test_a_signed_in_users_write_purges(client, news, django_user_model, django_capture_on_commit_callbacks):
    get(client, "/")
    assert get(client, "/")[HEADER] == "hit"
    staff = type(client)()
    staff.force_login(django_user_model.objects.create_superuser("quantri", password="x"))
    article = news[2]
    with django_capture_on_commit_callbacks(execute=True):
        # any successful write in the back office (here: locking a page, which sends no publication signal)
        response = staff.post(f"/quan-tri/pages/{article.pk}/lock/")
    assert response.status_code == 302
    assert get(client, "/")[HEADER] == "miss"


def test_pages_with_a_csrf_form_are_never_cached(client, portal):
    for path in ("/hoi-dap/dat-cau-hoi/",):
        response = get(client, path)
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert response[HEADER] == "bypass"
        assert response["X-Accel-Expires"] == "0"
        # A visitor who already holds a CSRF cookie: the token is still in the page, still not kept.
        assert client.cookies.get("csrftoken")
        again = get(client, path)
        assert again[HEADER] == "bypass" and "csrfmiddlewaretoken" in again.content.decode()
        assert get(type(client)(), path)[HEADER] == "bypass"


def test_a_csrf_cookie_alone_does_not_stop_cached_pages(client, news):
    """A visitor who once opened a form holds a CSRF cookie; pages without a form still come from the cache
    (they carry no token, so nothing of the visitor is in them)."""
    get(client, "/")
    client.cookies["csrftoken"] = "x" * 32
    assert get(client, "/")[HEADER] == "hit"


def test_member_portal_on_another_host_gets_its_own_page(client, portal):
    root = Page.get_first_root_node()
    home = HomePage(title="Cổng thành viên Sở Tư pháp", slug="so-tu-phap", intro="Sở Tư pháp.")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.create(hostname="stp.localhost", port=80, root_page=home, site_name="Sở Tư pháp")
    provincial = get(client, "/")
    member = get(client, "/", HTTP_HOST="stp.localhost")
    assert member[HEADER] == "miss"
    assert "Sở Tư pháp" in member.content.decode()
    assert get(client, "/")[HEADER] == "hit"
    assert get(client, "/").content == provincial.content
    assert get(client, "/", HTTP_HOST="stp.localhost").content == member.content


@pytest.mark.parametrize(
    "query, state",
    [("?page=1", "miss"), ("?page=abc", "bypass"), ("?q=cho", "bypass"), ("?page=1&page=2", "bypass"),
     ("?utm_source=x", "bypass"), ("?page=%C2%B2", "bypass")],
)  # fmt: skip
def test_only_the_page_number_may_be_in_the_query(client, news, query, state):
    assert get(client, "/tin-tuc/" + query)[HEADER] == state


def test_the_address_not_the_browser_decides_the_language_of_the_copy(client, news):
    """A Vietnamese address is Vietnamese whatever the browser asks: an English browser gets the same copy
    (the English portal has its own addresses under /en/)."""
    first = get(client, "/", HTTP_ACCEPT_LANGUAGE="vi")
    assert first[HEADER] == "miss"
    again = get(client, "/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert again[HEADER] == "hit" and again.content == first.content


def test_a_visitor_with_a_session_or_messages_cookie_is_not_served(client, news, settings):
    get(client, "/")
    client.cookies["messages"] = "x"
    assert get(client, "/")[HEADER] == "bypass"
    del client.cookies["messages"]
    client.cookies[settings.SESSION_COOKIE_NAME] = "abc"
    assert get(client, "/")[HEADER] == "bypass"


def test_back_office_api_and_errors_are_never_cached(client, news):
    assert get(client, "/khong-co-trang-nay/").status_code == 404
    assert get(client, "/khong-co-trang-nay/")[HEADER] == "bypass"
    get(client, "/quan-tri/login/")
    assert get(client, "/quan-tri/login/")[HEADER] == "bypass"
    assert get(client, "/api/v1/")[HEADER] == "bypass"


def test_feeds_and_sitemaps_are_cached_and_purged(client, news, django_capture_on_commit_callbacks):
    portal, section, article = news
    for path in ("/rss/", "/sitemap.xml"):
        get(client, path)
        assert get(client, path)[HEADER] == "hit", path
    with django_capture_on_commit_callbacks(execute=True):
        portal.article(section, title="Tin mới về cây trồng")
    assert "Tin mới về cây trồng" in get(client, "/rss/").content.decode()


def test_switched_off_nothing_is_kept(client, news, settings):
    settings.CONG_PAGE_CACHE = False
    get(client, "/")
    assert HEADER not in get(client, "/")


def test_a_purge_in_another_process_reaches_this_one(client, news, settings):
    """The in-process cache: the generation is a file that every worker reads (here written as another
    process would, without this process's purge())."""
    get(client, "/")
    assert get(client, "/")[HEADER] == "hit"
    subprocess.run(
        ["python3", "-c", f"open({settings.CONG_PAGE_CACHE_GENERATION_FILE!r}, 'w').write('other')"],
        check=True,
    )
    assert get(client, "/")[HEADER] == "miss"


def test_no_purge_before_the_commit(client, news, django_capture_on_commit_callbacks):
    """A publication purges after its transaction commits: a request between the two would otherwise keep
    the old page under the new generation."""
    portal, section, article = news
    before = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.save_revision().publish()
    assert pagecache.generation() == before
    for callback in callbacks:
        callback()
    assert pagecache.generation() != before


@pytest.fixture
def redis_url():
    if not shutil.which("redis-server"):
        skip_or_fail("redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_with_redis_the_generation_is_shared(
    client, news, settings, redis_url, django_capture_on_commit_callbacks
):
    """REDIS_URL: pages and the generation live in Redis, so a purge on one node reaches every node."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url},
    }
    settings.CONG_PAGE_CACHE_ALIAS = "pages"
    portal, section, article = news
    get(client, article.url)
    assert get(client, article.url)[HEADER] == "hit"
    # Another node: a second client of the same Redis reads the generation this node bumps.
    before = caches["pages"].get(pagecache.GENERATION_KEY)
    article.title = "Tin đã sửa"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert caches["pages"].get(pagecache.GENERATION_KEY) != before
    assert "Tin đã sửa" in get(client, article.url).content.decode()


PURGED: list[str] = []


class RecordingBackend:
    """A front-end cache (nginx) that only notes the URLs Cổng asks it to purge."""

    def __init__(self, params):
        self.hostnames = ["*"]

    def invalidates_hostname(self, hostname) -> bool:
        return True

    def purge(self, url) -> None:
        PURGED.append(url)

    def purge_batch(self, urls) -> None:
        PURGED.extend(urls)


def test_nginx_gets_purge_requests_for_the_page_its_section_home_feed_and_sitemap(
    client, news, settings, django_capture_on_commit_callbacks
):
    from cong.legal.actions import publish_document
    from cong.legal.tests.factories import make_document

    settings.WAGTAILFRONTENDCACHE = {"nginx": {"BACKEND": f"{__name__}.RecordingBackend"}}
    portal, section, article = news
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    root = portal.site.root_url
    assert {
        f"{root}{article.url}",
        f"{root}/tin-tuc/",
        f"{root}/",
        f"{root}/rss/",
        f"{root}/sitemap.xml",
    } <= set(PURGED)
    PURGED.clear()
    draft = make_document(number="03/2025/QĐ-UBND", publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        publish_document(draft, acting_user=None)
    assert {f"{root}/van-ban/{draft.pk}/", f"{root}/van-ban/", f"{root}/"} <= set(PURGED)


def test_another_process_purging_also_refreshes_this_process_site_root_paths(portal, settings):
    """Without Redis each gunicorn worker keeps Wagtail's site root paths in its own memory. A new English
    home made through another worker purges the page cache; this worker then forgets its copy, so links to
    the English pages get their /en/ addresses here too instead of none."""
    from django.core.cache import cache
    from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

    pagecache.generation()
    Site.get_site_root_paths()
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION) is not None
    pagecache.generation()  # the same generation: the copy stays
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION) is not None
    pagecache._bump()  # what another worker's purge writes
    pagecache.generation()
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION) is None
