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
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from cong.core import compiled

SIZE = 5000
# Article and intro bodies (``page_body``) are tens of kilobytes each: fewer of them, in their own list so
# they do not push the small fragments out.
BODY_SIZE = 500

_lock = threading.Lock()
_fragments: OrderedDict[Hashable, SafeString] = OrderedDict()
_bodies: OrderedDict[Hashable, SafeString] = OrderedDict()


def memo(key: Hashable, render: Callable[[], str], *, body: bool = False) -> SafeString:
    """The fragment under ``key``, rendered by ``render()`` the first time (``body``: a page body)."""
    store, size = (_bodies, BODY_SIZE) if body else (_fragments, SIZE)
    with _lock:
        value = store.get(key)
        if value is not None:
            store.move_to_end(key)
            return value
    value = mark_safe(render())  # noqa: S308 — the output of our own templates, escaped there
    with _lock:
        store[key] = value
        while len(store) > size:
            store.popitem(last=False)
    return value


def clear() -> None:
    with _lock:
        _fragments.clear()
        _bodies.clear()


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


# What each kind of body block reads besides its own stored value: the id fields of the objects it shows.
# A block type not listed here (an embed: its HTML comes from the embeds table, refreshed on its own) makes
# the body rendered afresh each time.
_BLOCK_REFERENCES = {
    "paragraph": (),  # its links: found in the rich text below
    "heading": (),
    "table": (),
    "quote": (),
    "image": (("image", "image"),),
    "media": (("document", "file"),),
    "document": (("document", "document"),),
}


def body_key(page, name: str, request) -> tuple | None:
    """The key of the rendered StreamField ``name`` of ``page``: its stored value and, for every picture,
    document and page it shows or links, what the output reads of it (a picture's file, size and focal
    point; a document's file, title and size; a page's address) — fetched in one query a kind, as the
    rendering would. None where the body cannot be keyed so (an embed; a page link in another language,
    whose target is the link's translation): render it each time then."""
    from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

    raw = list(getattr(page, name).raw_data)
    wanted: dict[str, set[int]] = {"image": set(), "document": set(), "page": set()}
    try:
        for block in raw:
            kind, value = block["type"], block["value"]
            if kind not in _BLOCK_REFERENCES:
                return None
            for model, field in _BLOCK_REFERENCES[kind]:
                if value.get(field) is not None:
                    wanted[model].add(int(value[field]))
            if kind == "paragraph" and "type=" in value:
                for pattern, attribute in ((FIND_A_TAG, "linktype"), (FIND_EMBED_TAG, "embedtype")):
                    for match in pattern.finditer(value):
                        attrs = extract_attrs(match.group(1))
                        kind_of_link = attrs.get(attribute)
                        if kind_of_link is None:
                            continue
                        if kind_of_link not in wanted or "id" not in attrs:
                            return None
                        wanted[kind_of_link].add(int(attrs["id"]))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    seen: list[tuple] = []
    if wanted["image"]:
        ids = tuple(sorted(wanted["image"]))
        seen.append(
            tuple(
                compiled.fetch(
                    get_image_model(),
                    ("body-images", ids),
                    lambda: (
                        get_image_model()
                        .objects.filter(pk__in=ids)
                        .order_by("pk")
                        .values_list(
                            "pk",
                            "file",
                            "width",
                            "height",
                            "focal_point_x",
                            "focal_point_y",
                            "focal_point_width",
                            "focal_point_height",
                        )
                    ),
                )
            )
        )
    if wanted["document"]:
        ids = tuple(sorted(wanted["document"]))
        seen.append(
            tuple(
                compiled.fetch(
                    get_document_model(),
                    ("body-documents", ids),
                    lambda: (
                        get_document_model()
                        .objects.filter(pk__in=ids)
                        .order_by("pk")
                        .values_list("pk", "file", "title", "file_size")
                    ),
                )
            )
        )
    if wanted["page"]:
        ids = tuple(sorted(wanted["page"]))
        pages = tuple(
            compiled.fetch(
                Page,
                ("body-pages", ids),
                lambda: (
                    Page.objects.filter(pk__in=ids)
                    .order_by("pk")
                    .values_list("pk", "url_path", "locale__language_code")
                ),
            )
        )
        # A link shows the target's translation in the reader's language (``Page.localized``): keyed here
        # only where that is the target itself.
        language = translation.get_language()
        if any(code != language for _pk, _path, code in pages):
            return None
        seen.append(pages)
    digest = hashlib.sha1(
        json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str).encode(), usedforsecurity=False
    ).hexdigest()
    return ("body", request_key(request), page.pk, name, digest, tuple(seen))
