"""Fixtures shared by every app's tests: a portal site with a home page, and page builders."""

import pytest

from cong.portal.tests.factories import PortalBuilder


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
