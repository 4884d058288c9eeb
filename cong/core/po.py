"""Reading gettext catalogues (``.po``) without GNU gettext: the admin's Vietnamese catalogue
(``cong/package_locale/vi/``, docs/features/admin-vietnamese.md; Cổng's own in ``cong/locale``,
docs/features/messages.md) is checked by tests that read it, and the English
message ids of Wagtail's and Django's catalogues are read the same way.

Only what the tests need: entries with their context, id, plural id, translations, flags and whether they
are obsolete (``#~``)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

# %(name)s, %s, %d, %(count)d… and {name}, {0}: what must be the same in a message id and its translation.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdfr]|%[sdfr]|\{[A-Za-z_0-9]*\}")


@dataclass
class Entry:
    """One message (entrée) of a catalogue."""

    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False
    locations: list[str] = field(default_factory=list)  # the files of the "#:" lines

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted (their order may change in a translation)."""
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def read(path: Path | str) -> list[Entry]:
    """The entries of a ``.po`` file, the header (empty msgid) included."""
    entries: list[Entry] = []
    current = Entry()
    started = False
    last: str | None = None  # the keyword whose string continues on the next "..." line

    def finish():
        nonlocal current, started
        if started:
            entries.append(current)
        current, started = Entry(), False

    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
            if not line or line.startswith("#"):
                continue
        if not line:
            finish()
            last = None
            continue
        if line.startswith("#,"):
            if started:
                finish()
            current.flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#"):
            if started and last is not None:
                finish()
            if line.startswith("#:"):
                current.locations += line[2:].split()
            continue
        if line.startswith('"'):
            _append(current, last, ast.literal_eval(line))
            continue
        keyword, _, rest = line.partition(" ")
        value = ast.literal_eval(rest.strip())
        if keyword in ("msgctxt", "msgid") and started and last not in (None, "msgctxt"):
            finish()
        started = True
        current.obsolete = current.obsolete or obsolete
        if keyword == "msgctxt":
            current.msgctxt = value
        elif keyword == "msgid":
            current.msgid = value
        elif keyword == "msgid_plural":
            current.msgid_plural = value
        elif keyword == "msgstr":
            current.msgstr = [value]
        elif keyword.startswith("msgstr["):
            current.msgstr.append(value)
        last = keyword
    finish()
    return entries


def _append(entry: Entry, keyword: str | None, value: str) -> None:
    if keyword == "msgctxt":
        entry.msgctxt += value
    elif keyword == "msgid":
        entry.msgid += value
    elif keyword == "msgid_plural":
        entry.msgid_plural += value
    elif keyword is not None and keyword.startswith("msgstr"):
        entry.msgstr[-1] += value


def fill_from_ids(text: str) -> str:
    """A source-language catalogue: each untranslated entry gets its own id as translation.

    Cổng's message ids are Vietnamese, so its Vietnamese catalogue is its ids (``make messages``). A plural
    entry gets one form, the plural id ("%(count)s câu hỏi"), Vietnamese having one (``nplurals=1``);
    GNU gettext's ``msgen`` would write the two English forms. Translations already there are kept."""
    blocks = text.rstrip("\n").split("\n\n")
    return "\n\n".join(_fill_block(block) for block in blocks) + "\n"


def _fill_block(block: str) -> str:
    lines = block.split("\n")
    sections: dict[str, list[str]] = {}  # keyword → its lines ("msgid "…"" and the continuation lines)
    order: list[str] = []
    for line in lines:
        if line.startswith("#"):
            continue
        if line.startswith('"') and order:
            sections[order[-1]].append(line)
            continue
        keyword = line.partition(" ")[0]
        sections[keyword] = [line]
        order.append(keyword)
    if "msgid" not in sections or sections["msgid"] == ['msgid ""'] and "msgid_plural" not in sections:
        return block  # the header, or not an entry
    plural = "msgid_plural" in sections
    target = "msgstr[0]" if plural else "msgstr"
    if target not in sections or any(
        ast.literal_eval(line.partition(" ")[2] if i == 0 else line)
        for i, line in enumerate(sections[target])
    ):
        return block  # translated already
    source = sections["msgid_plural" if plural else "msgid"]
    filled = [target + source[0][source[0].index(" ") :], *source[1:]]
    keep = [line for line in lines if not line.startswith("msgstr")]
    # drop the empty msgstr lines (continuations of an empty msgstr are none) and write the filled one
    return "\n".join(keep + filled)
