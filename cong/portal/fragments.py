"""Rendered HTML fragments of the public pages kept in the process, keyed by everything they show.

A fragment's key holds every value its template reads (an article card: the article's title, lead, date,
address, picture and its alt text; the menu: each entry's title and address, which one is current) and the
request's language, time zone and site addresses. A changed value is a new key, so a fragment is never
stale and nothing needs purging when content is published, moved or deleted; old keys simply fall out
(least recently used first, at most ``SIZE`` fragments a process, a few megabytes).

This is what makes a listing cheap without the page cache: a card costs one dictionary look-up instead of
a template include, an ``{% image %}`` (rendition look-up and its filter parsing) and a ``{% pageurl %}``.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

SIZE = 5000

_lock = threading.Lock()
_fragments: OrderedDict[Hashable, SafeString] = OrderedDict()


def memo(key: Hashable, render: Callable[[], str]) -> SafeString:
    """The fragment under ``key``, rendered by ``render()`` the first time."""
    with _lock:
        value = _fragments.get(key)
        if value is not None:
            _fragments.move_to_end(key)
            return value
    value = mark_safe(render())  # noqa: S308 — the output of our own templates, escaped there
    with _lock:
        _fragments[key] = value
        while len(_fragments) > SIZE:
            _fragments.popitem(last=False)
    return value


def clear() -> None:
    with _lock:
        _fragments.clear()


def request_key(request) -> tuple:
    """What every fragment with links depends on besides its own content: the language, the time zone
    (dates) and the sites' root addresses (``pageurl`` writes a full address for a page of another site)."""
    key = getattr(request, "_cong_fragment_key", None) if request is not None else None
    if key is None:
        roots = ""
        if request is not None:
            from wagtail.models import Site

            roots = repr(Site.get_site_root_paths()) + repr(
                getattr(Site.find_for_request(request), "pk", None)
            )
        key = (
            translation.get_language(),
            timezone.get_current_timezone_name(),
            hashlib.sha1(roots.encode(), usedforsecurity=False).hexdigest(),
        )
        if request is not None:
            request._cong_fragment_key = key
    return key
