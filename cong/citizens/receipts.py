"""The receipt (biên nhận) after a citizen's question or petition is stored, made cheap enough for a
province's busiest hour (issue 17: 200 submissions a second on two cores).

- Which question: a signed cookie sent back to the receipt's address only, not a session. A session costs
  two writes per question, and its cookie would take the citizen's later page views out of the page cache
  (and off a read replica) for the rest of the day.
- The page around the receipt (header, menus, footer) is the same for every receipt of a site and language:
  it is rendered once and kept in the process (``cong.portal.fragments``) with a slot for the title and one
  for the receipt, under what the page cache keys a page by (scheme, host, language) and its generation —
  changed by every publication and back-office write — and its time limit: never older than a cached page
  the same visitor would see. With the page cache off (development) it is rendered every time.
- The site of the request, looked up once per host under the same generation and time limit.
"""

from __future__ import annotations

import re
import secrets
import time

from django.conf import settings
from django.core.signing import BadSignature
from django.db import DEFAULT_DB_ALIAS
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site

from cong.core import pagecache
from cong.core.profiles import get_profile
from cong.portal import fragments

from .models import Question

COOKIE = "cong-receipt"
SALT = "cong.citizens.receipt"
FIELDS = ("kind", "code", "title", "received_at", "answer_due_at", "email")  # what the receipt shows
# Where the receipt goes in the kept page: letters, digits and dashes, which escaping leaves as they are.
SLOTS = {
    "title": f"cong-receipt-title-{secrets.token_hex(8)}",
    "body": f"cong-receipt-body-{secrets.token_hex(8)}",
}
_SLOT_RE = re.compile("(" + "|".join(SLOTS.values()) + ")")
_SLOT_NAMES = {slot: name for name, slot in SLOTS.items()}


def cookie_name() -> str:
    # The __Secure- prefix where the session cookie has it: a browser keeps it only from HTTPS.
    return f"__Secure-{COOKIE}" if settings.SESSION_COOKIE_SECURE else COOKIE


def remember(response, question: Question) -> None:
    """Let this browser, and no other, see the receipt of ``question`` (until it closes, a day at most)."""
    response.set_signed_cookie(
        cookie_name(),
        str(question.pk),
        salt=SALT,
        path=reverse("citizens:receipt"),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def received_question(request) -> Question | None:
    """The question whose receipt this browser may see, or None."""
    try:
        pk = request.get_signed_cookie(cookie_name(), salt=SALT, max_age=settings.SESSION_COOKIE_AGE)
    except (KeyError, BadSignature):
        return None
    if not pk.isdigit():
        return None
    # From the primary: the question was written a moment ago, and a read replica may not have it yet.
    return Question.objects.using(DEFAULT_DB_ALIAS).only(*FIELDS).filter(pk=int(pk)).first()


def _freshness() -> tuple | None:
    """The part of a kept value's key that changes whenever a cached page would be dropped, or None when
    nothing may be kept (the page cache is off)."""
    if not pagecache.enabled():
        return None
    return (pagecache.generation(), int(time.time() // max(1, settings.CONG_PAGE_CACHE_SECONDS)))


_sites: dict[tuple, Site] = {}


def request_site(request) -> Site | None:
    """``Site.find_for_request``, looked up once per host and port while the generation lasts (a change of
    the sites is a back-office write, which changes it)."""
    freshness = _freshness()
    if freshness is None:
        return Site.find_for_request(request)
    key = (request.get_host(), request.get_port(), freshness)
    site = _sites.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            if len(_sites) > 100:  # keys of past generations
                _sites.clear()
            _sites[key] = site
    return site


def _page(request) -> str:
    """The receipt page with slots instead of its title and receipt."""

    def render_page() -> str:
        return render_to_string(
            "citizens/receipt.html", {"receipt_title": SLOTS["title"], "receipt_body": SLOTS["body"]}, request
        )

    freshness = _freshness()
    if freshness is None:
        return render_page()
    key = (
        "citizens-receipt",
        request.scheme,
        request.get_host(),
        translation.get_language(),
        timezone.get_current_timezone_name(),  # of the dates in the footer's ©
        timezone.localdate().year,
        freshness,
    )
    return fragments.memo(key, render_page)


def render(request, question: Question) -> str:
    """The receipt page of ``question``: the same HTML as rendering citizens/receipt.html in full."""
    from .actions import ANSWER_CLOCK

    values = {
        "title": escape(_("Biên nhận %(reference)s") % {"reference": question.reference}),
        "body": render_to_string(
            "citizens/includes/receipt_body.html",
            {"question": question, "answer_period": get_profile().period(ANSWER_CLOCK)},
        ),
    }
    parts = _SLOT_RE.split(_page(request))
    return "".join(values[_SLOT_NAMES[part]] if part in _SLOT_NAMES else part for part in parts)
