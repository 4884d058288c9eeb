"""Reading the demo's data files: TOML, and Markdown with TOML front matter between ``+++`` lines whose
body is paragraphs (one or more lines each, separated by a blank line) and ``## `` subheadings."""

from __future__ import annotations

import tomllib
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_toml(name: str) -> dict:
    """``data/<name>`` (a path under data/, with its ``.toml``)."""
    with (DATA_DIR / name).open("rb") as file:
        return tomllib.load(file)


def markdown_files(folder: str) -> list[Path]:
    """The ``.md`` files of ``data/<folder>`` in the order of their names (a number prefix orders them)."""
    return sorted((DATA_DIR / folder).glob("*.md"), key=lambda path: _order(path.name))


def _order(name: str) -> tuple[int, str]:
    number, _dash, _rest = name.partition("-")
    return (int(number), name) if number.isdigit() else (0, name)


def read_markdown(path: Path) -> tuple[dict, list[tuple[str, str]]]:
    """(front matter, body) of a page file; the body is a list of ("heading" | "paragraph", text)."""
    text = path.read_text(encoding="utf-8")
    _before, _open, rest = text.partition("+++\n")
    front, _close, body = rest.partition("\n+++\n")
    blocks = []
    for chunk in body.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            blocks.append(("heading", " ".join(lines)[3:]))
        else:
            blocks.append(("paragraph", " ".join(lines)))
    return tomllib.loads(front), blocks
