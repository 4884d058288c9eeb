"""Public registers (cơ sở dữ liệu công khai) that live outside the page tree: legal documents, the gazette,
drafts for comment, published answers, petitions.

The portal does not import the domain apps (they depend on it, not the other way round). Each domain app
describes its registers in its own ``registers.py`` module with ``register(PublicRegister(...))``; the
portal finds those modules when it starts (``PortalConfig.ready``) and then links every register from the
footer, the home page and the HTML site map, lists its items in ``sitemap.xml`` and searches them in the
one site search.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def _always() -> bool:
    return True


# The groups the footer, the home page and the site map show the registers under, in this order.
LOOKUP = _("Tra cứu, hỏi đáp")
DIRECTION = _("Chỉ đạo, điều hành")
OPEN_INFORMATION = _("Thông tin công khai")
GROUPS = (LOOKUP, DIRECTION, OPEN_INFORMATION)


@dataclass(frozen=True)
class HitText:
    """What a search hit shows of an item: its title, the text the excerpt is cut from, a date."""

    title: str
    text: str
    date: Any = None


@dataclass(frozen=True)
class PublicRegister:
    """One public register: where its list is, which of its items are public, how a hit reads.

    ``code`` is the register's list address without slashes ("van-ban"); it names the register's
    sitemap (``/sitemap-van-ban.xml``) and its value in the search's kind filter (``?loai=van-ban``).
    """

    code: str
    name: str | Callable[[], str]  # menus, filters: "Văn bản"; a callable when the profile names it
    hit_label: str  # the kind shown on each search hit: "Văn bản", "Câu hỏi – trả lời"
    url_name: str  # the register's list page
    description: str
    # Published, not withdrawn, not private: all anyone may see. The same query on every call — no clock,
    # no request, no profile in it: the site search compiles its SQL once a process.
    public_items: Callable[[], QuerySet]
    describe: Callable[[Any], HitText]
    lastmod_field: str  # when an item last changed publicly, for sitemap.xml
    url_fields: tuple[str, ...] = ("pk",)  # what ``get_absolute_url`` reads, so sitemaps load no more
    order: int = 100
    linked: Callable[[], bool] = _always  # the profile may switch a register off (404 then)
    listed: Callable[[], bool] | None = None  # items in sitemap and search; default: when linked
    search_only: tuple[str, ...] = field(default=())  # fields a search hit needs; empty: all
    group: str = LOOKUP  # the heading it is linked under (GROUPS)
    # The site search (``cong/portal/search.py``) runs in the database on this column, written by
    # ``cong.core.search.index_words`` (" folded words | words as written "), and orders a tier's items
    # by ``date_field`` (default: ``lastmod_field``), newest first.
    search_column: str = "search_folded"
    date_field: str = ""
    # A register of numbered documents: the condition that picks the item whose number is the query
    # ("1347/QĐ-UBND", "1347 qd ubnd", "43/2011"), ranked before every other hit; None when the query is
    # no number.
    number_match: Callable[[str], Any] | None = None

    @property
    def title(self) -> str:
        return self.name() if callable(self.name) else self.name

    @property
    def url(self) -> str:
        return reverse(self.url_name)

    def is_linked(self) -> bool:
        return self.linked()

    def is_listed(self) -> bool:
        return (self.listed or self.linked)()


_registry: dict[str, PublicRegister] = {}


def register(entry: PublicRegister) -> PublicRegister:
    """Add a register (called from a domain app's ``registers.py``); a second call with a code replaces it."""
    _registry[entry.code] = entry
    return entry


def all_registers() -> list[PublicRegister]:
    return sorted(_registry.values(), key=lambda entry: (entry.order, entry.code))


def linked_registers() -> list[PublicRegister]:
    """The registers this province runs, in menu order: the footer, home block and site map link these."""
    return [entry for entry in all_registers() if entry.is_linked()]


def grouped_registers() -> list[tuple[str, list[PublicRegister]]]:
    """The linked registers under their headings, in the order of ``GROUPS``; empty groups left out."""
    linked = linked_registers()
    # By identity first (every register names one of GROUPS): comparing lazy translations by value
    # translates both sides at each comparison, 60-odd times a page.
    own = [next((group for group in GROUPS if entry.group is group), entry.group) for entry in linked]
    return [
        (group, entries)
        for group in GROUPS
        if (entries := [e for e, g in zip(linked, own, strict=True) if g is group or g == group])
    ]


def listed_registers() -> list[PublicRegister]:
    """The registers whose items appear in ``sitemap.xml`` and in the site search."""
    return [entry for entry in all_registers() if entry.is_listed()]


def get_register(code: str) -> PublicRegister | None:
    return _registry.get(code)


# A register's switch may ask the database (does it have a published item?). A view that both searches
# the listed registers and shows the footer's linked ones asks a register of schedules twice (it is
# listed, and linked, while it has one): within ``kept_answers`` each question is asked once.
_answers: contextvars.ContextVar[dict | None] = contextvars.ContextVar("cong_register_answers", default=None)


def answer_once(key, question: Callable[[], Any]) -> Any:
    """``question()``, asked once per ``key`` while ``kept_answers`` is open (every time otherwise)."""
    answers = _answers.get()
    if answers is None:
        return question()
    if key not in answers:
        answers[key] = question()
    return answers[key]


@contextmanager
def kept_answers():
    """Each register switch's question asked once inside (an inner ``kept_answers`` shares the outer's)."""
    if _answers.get() is not None:
        yield
        return
    token = _answers.set({})
    try:
        yield
    finally:
        _answers.reset(token)


def keeping_answers(view):
    """A view (and the template it renders) asking each register switch's question once."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        with kept_answers():
            return view(request, *args, **kwargs)

    return wrapped
