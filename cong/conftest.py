"""Fixtures shared by every app's tests: the test database (migrated once), a portal site with a home page,
and page builders."""

import contextlib
import fcntl
import os
import shutil

import pytest

from cong.core.testing.database import migrated_once
from cong.portal.tests.factories import PortalBuilder


@pytest.fixture(scope="session")
def _migrate_from_copy(django_db_use_migrations):
    """Until the test databases exist, `migrate` starts from the migrated copy (cong/core/testing/database.py)."""
    with contextlib.ExitStack() as stack:
        if django_db_use_migrations:
            stack.enter_context(migrated_once())
        yield stack


@pytest.fixture(scope="session")
def django_db_setup(_migrate_from_copy, django_db_setup):
    """pytest-django's, with the migrated copy; requested first, the copy is in place before it runs."""
    _migrate_from_copy.close()  # the databases exist: from here on `migrate` is Django's own
    yield


@pytest.fixture(scope="session")
def prepared_demo(tmp_path_factory):
    """A var/ folder with the demo as `make demo` prepares it, built once per test run (about two minutes)
    and shared by the pytest-xdist workers under a lock; a server gets its own copy (``prepare_demo``)."""
    from cong.portal.tests.server import build_demo

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    folder = shared / "prepared-demo"
    with open(shared / "prepared-demo.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "prepared-demo.done").exists():
            shutil.rmtree(folder, ignore_errors=True)
            build_demo(folder)
            (shared / "prepared-demo.done").touch()
    return folder


@pytest.fixture(autouse=True)
def private_media_root(settings, tmp_path_factory):
    """Every test keeps citizens' private files in its own folder, never in the real var/private/
    (a restore drill replaces the whole folder)."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path_factory.mktemp("private")
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def portal(db):
    """An empty provincial portal: home page as the default site's root, with its settings filled."""
    return PortalBuilder.create()


@pytest.fixture
def newsroom(portal, settings):
    """The provincial board's groups and workflow, two member portals and their staff."""
    from cong.editorial.tests.newsroom import build_newsroom

    return build_newsroom(portal, settings)
