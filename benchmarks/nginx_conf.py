"""The cache rules of the shipped nginx configuration (docs/deploy-nginx.conf), for the benchmarks that put
nginx in front of Cổng: they listen on loopback ports with their own folders, but cache exactly as a
province's nginx does — the same ``map`` blocks and the same ``location /`` — read from the file, never
copied. ``benchmark_config`` writes the whole configuration the benchmarks run."""

from __future__ import annotations

import os
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


def benchmark_config(
    folder: Path,
    *,
    upstream: int,
    proxy_port: int,
    static: Path | None = None,
    servers: str = "",
    http: str = "",
    load_module: str = "",
) -> str:
    """An nginx configuration under ``folder``: the shipped proxy cache on ``proxy_port`` in front of Cổng's
    gunicorn on ``upstream`` (with ``/static/`` from ``static`` when given), plus the caller's ``servers``
    and ``http`` directives. As root, the workers run as root: as nobody they could not write the cache."""
    static_location = f"location /static/ {{ alias {static}/; }}" if static else ""
    return f"""
{load_module}
{"user root;" if os.geteuid() == 0 else ""}
worker_processes auto;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type application/octet-stream;
    client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy; fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi; scgi_temp_path {folder}/scgi;
    {http}
    proxy_cache_path {folder}/cache levels=1:2 keys_zone=cong_pages:10m max_size=200m inactive=10m
                     use_temp_path=off;
    {maps()}
    upstream cong_app {{ server 127.0.0.1:{upstream}; }}
    server {{
        listen 127.0.0.1:{proxy_port};
        {static_location}
        location / {{
{proxy_location()}
        }}
    }}
{servers}
}}
"""


if __name__ == "__main__":
    print(benchmark_config(Path("/tmp/cong-nginx"), upstream=8000, proxy_port=8080))
