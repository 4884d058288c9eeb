"""A bounded crawl of the running demo, loopback only: every page, feed, sitemap and API answer reachable
from the start addresses by links, sitemaps, robots.txt and the API's own index, within the served hosts.

For each answer it keeps the status and, for HTML, XML and JSON, every absolute URL written in it, so a
test can check both that nothing is broken and that every absolute link names the served address."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, deque
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup

from .web import fetch

ABSOLUTE_URL = re.compile(r"""https?://[^\s"'<>()\\]+""")
# Attributes holding addresses the browser fetches or the visitor follows.
LINK_ATTRIBUTES = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src",
                   "iframe": "src", "video": "src", "audio": "src", "track": "src"}  # fmt: skip
SKIPPED_PATHS = ("/quan-tri/", "/django-admin/")  # behind sign-in; the journeys cover the back office


@dataclass
class Visit:
    url: str
    status: int
    content_type: str
    referrer: str


@dataclass
class Crawl:
    """``in_scope(url)`` says which hosts belong to the demo; nothing else is fetched."""

    in_scope: callable
    max_fetches: int = 3000
    max_queries_per_path: int = 3  # ?page=2, a filter, a search: enough to see that they work
    visits: dict[str, Visit] = field(default_factory=dict)
    absolute_urls: dict[str, set[str]] = field(default_factory=dict)  # URL written → where it was seen
    _queue: deque = field(default_factory=deque)
    _queries: Counter = field(default_factory=Counter)

    def add(self, url: str, referrer: str = "") -> None:
        url = urldefrag(url)[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not self.in_scope(url) or url in self.visits:
            return
        if parts.path.startswith(SKIPPED_PATHS) or any(url == queued for queued, _ in self._queue):
            return
        if parts.query:
            key = (parts.netloc, parts.path)
            if self._queries[key] >= self.max_queries_per_path:
                return
            self._queries[key] += 1
        self._queue.append((url, referrer))

    def run(self) -> None:
        while self._queue and len(self.visits) < self.max_fetches:
            url, referrer = self._queue.popleft()
            if url in self.visits:
                continue
            response = fetch(url)
            kind = response.content_type.split(";")[0].strip()
            self.visits[url] = Visit(url, response.status, kind, referrer)
            if response.status in (301, 302, 303, 307, 308) and response.location:
                self._written(urljoin(url, response.location), url)
                self.add(urljoin(url, response.location), url)
            elif response.status == 200:
                self._read(url, kind, response.text)

    @property
    def exhausted(self) -> bool:
        return not self._queue

    def failures(self) -> list[Visit]:
        return [visit for visit in self.visits.values() if visit.status >= 400]

    def _written(self, absolute: str, where: str) -> None:
        self.absolute_urls.setdefault(absolute.rstrip(".,;"), set()).add(where)

    def _read(self, url: str, kind: str, text: str) -> None:
        if kind == "text/html":
            for absolute in ABSOLUTE_URL.findall(html.unescape(text)):
                self._written(absolute, url)
            soup = BeautifulSoup(text, "html.parser")
            for tag, attribute in LINK_ATTRIBUTES.items():
                for element in soup.find_all(tag):
                    if element.get(attribute):
                        self.add(urljoin(url, element[attribute].strip()), url)
            for element in soup.find_all(["img", "source"], srcset=True):
                for candidate in element["srcset"].split(","):
                    if candidate.strip():
                        self.add(urljoin(url, candidate.split()[0]), url)
        elif kind in ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml"):
            for absolute in ABSOLUTE_URL.findall(text):
                self._written(absolute, url)
            try:
                root = ET.fromstring(text.encode())
            except ET.ParseError:
                return
            for element in root.iter():
                name = element.tag.rsplit("}", 1)[-1]
                if name in ("loc", "link", "guid", "url") and (element.text or "").strip():
                    self.add(element.text.strip(), url)
                if name == "link" and element.get("href"):
                    self.add(element.get("href"), url)
        elif kind == "application/json":
            try:
                data = json.loads(text)
            except ValueError:
                return
            for value in _strings(data):
                for absolute in ABSOLUTE_URL.findall(value):
                    self._written(absolute, url)
                    self.add(absolute, url)
                if value.startswith("/api/v1/"):
                    self.add(urljoin(url, value), url)
            if isinstance(data, dict) and isinstance(data.get("paths"), dict):  # an OpenAPI document
                for path in data["paths"]:
                    if "{" not in path:
                        self.add(urljoin(url, path), url)
        elif kind == "text/plain" and url.endswith("/robots.txt"):
            for line in text.splitlines():
                if line.lower().startswith("sitemap:"):
                    target = line.split(":", 1)[1].strip()
                    self._written(target, url)
                    self.add(target, url)


def _strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
