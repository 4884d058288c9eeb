"""Read replica routing (cong.core.replica): anonymous public reads from the replica, everything else and
every write on the primary; no change at all when DATABASE_REPLICA_URL is unset.

The replica alias here is a second connection object sharing the test database's connection (the data the
test created is visible through both), so the queries each alias ran can be told apart."""

import runpy
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, connections, router
from django.test.utils import CaptureQueriesContext

from cong.citizens.models import Question
from cong.core import pagecache, replica

SETTINGS = Path(__file__).resolve().parents[2] / "settings.py"


@pytest.fixture
def replica_alias(settings, db):
    """A ``replica`` alias as settings.py makes it when DATABASE_REPLICA_URL is set."""
    primary = connections[DEFAULT_DB_ALIAS]
    primary.ensure_connection()
    connections.settings[replica.REPLICA] = dict(primary.settings_dict)
    wrapper = connections.create_connection(replica.REPLICA)
    wrapper.connection = primary.connection  # the same database, so the test's rows are on both
    wrapper.autocommit = primary.autocommit
    connections[replica.REPLICA] = wrapper
    settings.DATABASE_ROUTERS = ["cong.core.replica.ReplicaRouter"]
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[
            : settings.MIDDLEWARE.index("cong.core.pagecache.AnonymousPageCacheMiddleware") + 1
        ],
        "cong.core.replica.ReplicaReadMiddleware",
        *settings.MIDDLEWARE[
            settings.MIDDLEWARE.index("cong.core.pagecache.AnonymousPageCacheMiddleware") + 1 :
        ],
    ]
    replica._generation_seen.update(value=None, changed_at=float("-inf"))
    try:
        yield wrapper
    finally:
        wrapper.connection = None  # closing it must not close the primary's connection
        del connections[replica.REPLICA]
        del connections.settings[replica.REPLICA]


def queries_on_each(client_call):
    with CaptureQueriesContext(connections[DEFAULT_DB_ALIAS]) as primary:
        with CaptureQueriesContext(connections[replica.REPLICA]) as copy:
            response = client_call()
    return response, [q["sql"] for q in primary], [q["sql"] for q in copy]


def content_reads(queries):
    """Queries but Wagtail's site settings lookup (``for_site`` is a get_or_create, a write path: Django runs
    it on the primary, one indexed row per page view)."""
    return [sql for sql in queries if not sql.startswith('SELECT "portal_portalsettings"')]


def test_an_anonymous_page_view_reads_from_the_replica(client, replica_alias, portal):
    section = portal.section("Tin tức", slug="tin-tuc")
    article = portal.article(section, title="Khai mạc hội chợ nông sản")
    for path in ("/", "/tin-tuc/", article.url):
        response, primary, copy = queries_on_each(lambda p=path: client.get(p))
        assert response.status_code == 200
        assert copy, f"{path} read nothing from the replica"
        assert content_reads(primary) == [], f"{path} read from the primary: {primary}"
    assert "Khai mạc hội chợ nông sản" in response.content.decode()


def test_a_form_post_writes_to_the_primary_and_the_back_office_reads_the_primary(
    client, replica_alias, portal, admin_user
):
    from cong.citizens.tests.test_public import form_data

    response, primary, copy = queries_on_each(lambda: client.post("/hoi-dap/dat-cau-hoi/", form_data()))
    assert response.status_code == 302 and response["Location"] == "/hoi-dap/bien-nhan/"
    assert copy == [] and any(sql.startswith("INSERT") for sql in primary)
    assert Question.objects.get().title == "Hỏi về hỗ trợ giống cây trồng"
    # The receipt right after: its question from the primary, never a lagging replica (the portal's menus
    # and footer around it may come from the replica, as for any anonymous page).
    response, primary, copy = queries_on_each(lambda: client.get("/hoi-dap/bien-nhan/"))
    assert Question.objects.get().code in response.content.decode()
    assert any('FROM "citizens_question"' in sql for sql in primary)
    assert not any('FROM "citizens_question"' in sql for sql in copy)

    client.force_login(admin_user)
    for path in ("/", "/quan-tri/"):
        response, primary, copy = queries_on_each(lambda p=path: client.get(p))
        assert response.status_code == 200 and copy == [] and primary


def test_after_a_publication_pages_read_the_primary_until_the_replica_has_caught_up(
    client, replica_alias, portal, settings
):
    settings.CONG_PAGE_CACHE = True
    settings.CONG_PAGE_CACHE_GENERATION_FILE = str(Path(settings.VAR_DIR) / "test-replica-generation")
    settings.CONG_REPLICA_LAG_SECONDS = 60
    section = portal.section("Tin tức", slug="tin-tuc")
    client.get("/tin-tuc/?loc=1")  # uncached (a parameter): the view runs; the first look at the generation
    article = portal.article(section, title="Lịch tiếp công dân tháng 12")
    article.save_revision().publish()
    pagecache._purge_now("test")  # what the publication's on-commit callback does
    response, primary, copy = queries_on_each(lambda: client.get("/tin-tuc/?loc=2"))
    assert "Lịch tiếp công dân tháng 12" in response.content.decode()
    assert copy == [] and primary, "right after a purge the page must come from the primary"
    settings.CONG_REPLICA_LAG_SECONDS = 0  # the lag window has passed
    response, primary, copy = queries_on_each(lambda: client.get("/tin-tuc/?loc=3"))
    assert copy and content_reads(primary) == []


def test_an_unreachable_replica_leaves_the_pages_to_the_primary(client, replica_alias, portal, monkeypatch):
    portal.section("Tin tức", slug="tin-tuc")

    attempts = []

    def refused():
        attempts.append(1)
        raise OSError("connection refused")

    monkeypatch.setitem(replica._replica_down_until, "at", float("-inf"))
    with CaptureQueriesContext(connections[DEFAULT_DB_ALIAS]) as primary:
        with CaptureQueriesContext(replica_alias) as copy:
            monkeypatch.setattr(replica_alias, "ensure_connection", refused)  # the replica is down
            response = client.get("/tin-tuc/")
            again = client.get("/tin-tuc/")  # not tried again for 30 s
    assert response.status_code == again.status_code == 200 and "Tin tức" in again.content.decode()
    assert len(copy) == 0 and content_reads([q["sql"] for q in primary])
    assert len(attempts) == 1


def test_migrations_run_on_the_primary_only():
    routing = replica.ReplicaRouter()
    assert routing.allow_migrate(DEFAULT_DB_ALIAS, "wagtailcore")
    assert not routing.allow_migrate(replica.REPLICA, "wagtailcore")
    assert routing.db_for_write(Question) == DEFAULT_DB_ALIAS
    assert routing.db_for_read(Question) == DEFAULT_DB_ALIAS  # outside a marked request


def load_settings(monkeypatch, tmp_path, **environment):
    for name in ("DATABASE_URL", "DATABASE_REPLICA_URL", "REDIS_URL", "CONG_S3_BUCKET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CONG_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "khoa-thu")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def test_settings_without_a_replica_change_nothing(monkeypatch, tmp_path):
    values = load_settings(monkeypatch, tmp_path)
    assert list(values["DATABASES"]) == ["default"]
    assert "DATABASE_ROUTERS" not in values
    assert "cong.core.replica.ReplicaReadMiddleware" not in values["MIDDLEWARE"]
    assert router.db_for_read(Question) == DEFAULT_DB_ALIAS  # the test settings have no router either


def test_settings_with_a_replica_add_the_alias_router_and_middleware(monkeypatch, tmp_path):
    values = load_settings(
        monkeypatch, tmp_path,
        DATABASE_URL="postgres://cong@10.0.0.5:5432/cong",
        DATABASE_REPLICA_URL="postgres://cong_doc@10.0.0.6:5432/cong",
    )  # fmt: skip
    databases = values["DATABASES"]
    assert databases["replica"]["HOST"] == "10.0.0.6" and databases["default"]["HOST"] == "10.0.0.5"
    assert databases["replica"]["TEST"] == {"MIRROR": "default"}
    assert values["DATABASE_ROUTERS"] == ["cong.core.replica.ReplicaRouter"]
    middleware = values["MIDDLEWARE"]
    cache_at = middleware.index("cong.core.pagecache.AnonymousPageCacheMiddleware")
    assert middleware[cache_at + 1] == "cong.core.replica.ReplicaReadMiddleware"


def test_with_redis_sessions_are_read_from_redis_and_kept_in_the_database(monkeypatch, tmp_path):
    """Several nodes share sessions through Redis; written through to the database, so that a Redis restart
    or an eviction (the page cache fills it) signs nobody out."""
    assert "SESSION_ENGINE" not in load_settings(monkeypatch, tmp_path)  # Django's default: the database
    values = load_settings(monkeypatch, tmp_path, REDIS_URL="redis://10.0.0.7:6379/0")
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://10.0.0.7:6379/0"
