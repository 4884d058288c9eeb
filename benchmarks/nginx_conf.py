"""The cache rules of the shipped nginx configuration (docs/deploy-nginx.conf), for the benchmarks that put
nginx in front of Cổng: they listen on loopback ports with their own folders, but cache exactly as a
province's nginx does — the same ``map`` blocks and the same ``location /`` — read from the file, never
copied."""

from __future__ import annotations

import re
from pathlib import Path

SHIPPED = Path(__file__).resolve().parents[1] / "docs" / "deploy-nginx.conf"


def _block(text: str, start: int) -> tuple[str, int]:
    """The text between the brace that opens at or after ``start`` and its matching close, and the end."""
    opening = text.index("{", start)
    depth = 0
    for position in range(opening, len(text)):
        if text[position] == "{":
            depth += 1
        elif text[position] == "}":
            depth -= 1
            if depth == 0:
                return text[opening + 1 : position], position + 1
    raise ValueError(f"{SHIPPED}: unbalanced braces")


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith("#"))


def maps() -> str:
    """Every top-level ``map … { … }`` of the shipped file."""
    text = _without_comments(SHIPPED.read_text(encoding="utf-8"))
    found = []
    for match in re.finditer(r"^map [^{]+", text, re.MULTILINE):
        body, _end = _block(text, match.start())
        found.append(f"{match.group(0)}{{{body}}}")
    return "\n".join(found)


def proxy_location() -> str:
    """The body of the first server's ``location / { … }``: proxying, the cache key, bypass, lock, stale."""
    text = _without_comments(SHIPPED.read_text(encoding="utf-8"))
    start = re.search(r"^\s*location / \{", text, re.MULTILINE)
    if start is None:
        raise ValueError(f"{SHIPPED}: no `location /`")
    body, _end = _block(text, start.start())
    return body


if __name__ == "__main__":
    print(maps())
    print(proxy_location())
