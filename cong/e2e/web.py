"""Plain HTTP against the demo, loopback only: every request goes to 127.0.0.1 whatever host it names (so
that <code>.localhost member portals are reached without a resolver), and a URL naming any other machine
is never fetched."""

from __future__ import annotations

import http.client
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlsplit

LOOPBACK_HOSTS = re.compile(r"^(127\.0\.0\.1|localhost|[a-z0-9-]+\.localhost)$")
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass
class Response:
    url: str
    status: int
    content_type: str
    location: str
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def fetch(url: str, timeout: float = 60) -> Response:
    """GET ``url`` without following redirects."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not LOOPBACK_HOSTS.match(parts.hostname or ""):
        raise ValueError(f"not a loopback address of the demo: {url}")
    connection = http.client.HTTPConnection("127.0.0.1", parts.port or 80, timeout=timeout)
    try:
        path = parts.path or "/"
        connection.request(
            "GET", path + (f"?{parts.query}" if parts.query else ""), headers={"Host": parts.netloc}
        )
        response = connection.getresponse()
        return Response(
            url, response.status, response.getheader("Content-Type", ""), response.getheader("Location", ""),
            response.read(),
        )  # fmt: skip
    finally:
        connection.close()


def sitemap_locations(url: str) -> list[str]:
    """Every <loc> of the sitemap at ``url``, following a sitemap index to its sitemaps."""
    response = fetch(url)
    assert response.status == 200, f"{url} answered {response.status}"
    root = ET.fromstring(response.body)
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        found = []
        for loc in root.iter(f"{SITEMAP_NS}loc"):
            found += sitemap_locations(loc.text.strip())
        return found
    return [loc.text.strip() for loc in root.iter(f"{SITEMAP_NS}loc")]


def feed_items(url: str) -> list[dict[str, str]]:
    """Title, link and guid of every item of the RSS feed at ``url``."""
    response = fetch(url)
    assert response.status == 200, f"{url} answered {response.status}"
    root = ET.fromstring(response.body)
    return [
        {child: (item.findtext(child) or "").strip() for child in ("title", "link", "guid")}
        for item in root.iter("item")
    ]
