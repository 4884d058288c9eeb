"""vCard (RFC 6350, version 4.0) of an official in the directory: what a phone's address book imports.

Text is UTF-8 (RFC 6350 §3.1), lines end in CRLF and are folded at 75 octets without splitting a
character (§3.2), text values escape backslash, comma, semicolon and newline (§3.4). Telephone numbers are
``tel:`` URIs (§6.4.1) in international form when the number is a Vietnamese one written with its leading 0.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from cong.core.text import fold

LINE_OCTETS = 75
CONTENT_TYPE = "text/vcard; charset=utf-8"
_NAMESPACE = uuid.UUID("5b0c1f2e-7f0a-4d39-9a59-2f1c6f1a0c11")  # the directory's UID namespace


def escape(text: str) -> str:
    """A TEXT value (RFC 6350 §3.4): ``\\``, ``,``, ``;`` and newlines escaped."""
    text = (text or "").replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def tel_uri(number: str) -> str:
    """``0201 3852 123`` → ``tel:+842013852123``; a number already international keeps its ``+``."""
    digits = "".join(re.findall(r"\d", number or ""))
    if not digits:
        return ""
    if (number or "").strip().startswith("+"):
        return "tel:+" + digits
    if digits.startswith("0"):
        return "tel:+84" + digits[1:]
    return "tel:" + digits


def fold_line(line: str) -> str:
    """One content line folded into CRLF + space continuations of at most 75 octets each (§3.2)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = LINE_OCTETS if not out else LINE_OCTETS - 1  # a continuation starts with one space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _names(full_name: str) -> str:
    """N: family;given;additional;prefixes;suffixes — a Vietnamese name is family name first."""
    parts = full_name.split()
    if len(parts) < 2:
        return f"{escape(full_name)};;;;"
    return f"{escape(parts[0])};{escape(' '.join(parts[1:]))};;;"


def vcard(official, *, url: str = "", organisation: str = "", revised: dt.datetime | None = None) -> str:
    """The vCard text of ``official`` (a directory record): FN, N, ORG, TITLE, EMAIL, TEL (voice, fax)."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        f"FN:{escape(official.name)}",
        f"N:{_names(official.name)}",
    ]
    org = [organisation or (official.agency.name if official.agency_id else "")]
    if official.unit:
        org.append(official.unit)
    org = [escape(part) for part in org if part]
    if org:
        lines.append("ORG:" + ";".join(org))
    if official.position:
        lines.append(f"TITLE:{escape(official.position)}")
    if official.email:
        lines.append(f"EMAIL;TYPE=work:{official.email}")
    if official.phone and tel_uri(official.phone):
        lines.append(f'TEL;VALUE=uri;TYPE="work,voice":{tel_uri(official.phone)}')
    if official.fax and tel_uri(official.fax):
        lines.append(f'TEL;VALUE=uri;TYPE="work,fax":{tel_uri(official.fax)}')
    if url:
        lines.append(f"URL:{url}")
    lines.append(f"UID:urn:uuid:{uuid.uuid5(_NAMESPACE, f'official-{official.pk}')}")
    if revised is not None:
        lines.append(f"REV:{revised.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def filename(official) -> str:
    """``nguyen-van-an.vcf``: the name without diacritics, safe in any download dialog."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(official.name).lower()).strip("-")
    return f"{slug or 'danh-ba'}.vcf"
