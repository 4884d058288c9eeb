"""Where the portal answers (địa chỉ của Cổng): the one place that turns a path into an absolute address.

Pages, feeds and the API build absolute links from the request (``request.build_absolute_uri``), so a link
always names the host and port the visitor used. Mail and printed logins have no request: they use the
Site record of the portal concerned (a question sent through a member portal links back to that portal).
In production the operator keeps the Site records right in the admin; ``cong demo`` writes the address it
is served at (``CONG_BASE_URL``, which ``make demo`` sets from HOST and PORT) into the demo's records.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from django.conf import settings
from wagtail.models import Site


def default_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).first()


def site_root_url(site: Site | None = None) -> str:
    """``http://host[:port]`` of ``site`` (the provincial portal when omitted); CONG_BASE_URL if there is
    no Site record yet."""
    site = site or default_site()
    if site is not None:
        return site.root_url
    return settings.CONG_BASE_URL


def absolute_url(path: str, site: Site | None = None) -> str:
    """``path`` on the portal ``site`` (the provincial portal when omitted), e.g. for a mail."""
    root = site_root_url(site)
    return urljoin(root + "/", path) if root else path


def served_address(base_url: str | None = None) -> tuple[str, int] | None:
    """(host name, port) of CONG_BASE_URL, with the scheme's default port; None when it is not set."""
    base_url = settings.CONG_BASE_URL if base_url is None else base_url
    if not base_url:
        return None
    parts = urlsplit(base_url if "//" in base_url else f"http://{base_url}")
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def point_sites_at_served_address(base_url: str | None = None) -> list[Site]:
    """Demo only: the provincial Site takes the served host and port; the member portals keep their host
    names (``<code>.localhost``, which browsers resolve to this machine) and take the served port.
    Returns the records it changed."""
    address = served_address(base_url)
    if address is None:
        return []
    hostname, port = address
    changed = []
    for site in Site.objects.all():
        wanted = (hostname, port) if site.is_default_site else (site.hostname, port)
        if (site.hostname, site.port) != wanted:
            site.hostname, site.port = wanted
            site.save(update_fields=["hostname", "port"])
            changed.append(site)
    return changed


def page_full_url(page, request) -> str:
    """The absolute address of a Wagtail page for ``request``: the visitor's own host and port for a page
    of the portal they are on, the Site record's address for a page of another portal."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""
