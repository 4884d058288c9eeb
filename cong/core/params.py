"""Values typed into the address bar (tham số truy vấn): one parser for every public view and API route.

A malformed value is ignored or explained in Vietnamese, never a 500::

    from cong.core.params import page_param, text_param, year_param, year_error

    year = year_param(request.GET.get("year"))   # 2026, or None for "", "²⁰²⁶", "20261", "-1", 5,000 digits
    query = text_param(request.GET.get("q"))     # one clean line: no NUL, legacy encodings repaired, ≤ 200

Why not ``str.isdigit()`` or ``int()``: both accept digits beyond ASCII ("²⁰²⁶" passes ``isdigit()`` and
then fails ``int()``; "٢٠٢٦" passes ``int()``), ``int()`` also takes " 12 " and "1_000", and a 5,000-digit
number raises. A year outside what the database's date type holds (1–9999) raises in the year lookup.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .text import clean_text

MAX_TEXT_CHARS = 200
YEAR_MIN, YEAR_MAX = 1900, 2200
MAX_PAGE = 1_000_000
_INTEGER_RE = re.compile(r"-?[0-9]{1,12}")  # ASCII digits only, short enough never to be a burden
# NUL (PostgreSQL refuses it in any string) and the other control characters have no place in a filter.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def text_param(raw, max_chars: int = MAX_TEXT_CHARS) -> str:
    """One line of text from a query value: control characters dropped, spaces collapsed, TCVN3/VNI
    repaired and NFC (``cong.core.text.clean_text``), cut to ``max_chars``."""
    if not isinstance(raw, str) or not raw:
        return ""
    line = " ".join(_CONTROL_RE.sub(" ", raw[: max_chars * 4]).split())
    return clean_text(line)[:max_chars].strip()


def int_param(raw, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """A whole number written in ASCII digits within [minimum, maximum], or ``None``."""
    if not isinstance(raw, str):
        return None
    raw = raw.strip()
    if not _INTEGER_RE.fullmatch(raw):
        return None
    number = int(raw)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return None
    return number


def year_param(raw) -> int | None:
    """A year (năm) from 1900 to 2200, or ``None``."""
    return int_param(raw, YEAR_MIN, YEAR_MAX)


def year_error(raw) -> str:
    """The Vietnamese message for a year that ``year_param`` refused."""
    shown = text_param(raw, 20) or "…"
    return _(
        "Năm “%(shown)s” không hợp lệ; hãy nhập bốn chữ số từ %(year_min)s đến %(year_max)s, ví dụ 2020."
    ) % {"shown": shown, "year_min": YEAR_MIN, "year_max": YEAR_MAX}


def page_param(raw) -> int:
    """A page number (số trang): 1 for anything malformed, negative or absurdly large."""
    return int_param(raw, 1, MAX_PAGE) or 1
