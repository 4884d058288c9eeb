"""Legal pages are styled: every class their templates use has a rule in legal.css or the site's CSS."""

import re
from pathlib import Path

LEGAL = Path(__file__).resolve().parents[1]
SITE_CSS = LEGAL.parent / "portal" / "static" / "portal" / "site.css"
# Classes that only carry meaning for scripts or screen readers, or come from the shared layout.
UNSTYLED = {"container"}


def test_every_class_on_the_legal_pages_has_a_style():
    css = (LEGAL / "static" / "legal" / "legal.css").read_text() + SITE_CSS.read_text()
    defined = set(re.findall(r"\.([a-zA-Z][\w-]*)", re.sub(r"/\*.*?\*/", "", css, flags=re.S)))
    used = set()
    for template in (LEGAL / "templates" / "legal").rglob("*.html"):
        if "admin" in template.parts:  # Wagtail admin screens use Wagtail's own classes
            continue
        for attribute in re.findall(r'class="([^"{]+)', template.read_text()):
            used.update(attribute.split())
    used = {name for name in used if not name.endswith("--")}  # posting--{{ state }} is checked below
    assert used - defined - UNSTYLED == set()
    for state in ("on_time", "late", "due", "overdue"):  # every posting state has its own look
        assert f".posting--{state}" in css
