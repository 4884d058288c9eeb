"""schema.org data (JSON-LD) for search engines, written inside ``<script type="application/ld+json">``.

    context["json_ld"] = json_ld({"@context": "https://schema.org", "@type": "QAPage", ...})
    <script type="application/ld+json">{{ json_ld }}</script>

A reader's words end up in this data (a question's title, a comment); escaping "<", ">" and "&" as
JSON unicode escapes keeps the block inert, so text such as "</script><script>…" can neither close the
element nor start markup. The JSON stays the same for any parser.
"""

import json

from django.utils.safestring import SafeString, mark_safe

_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_ld(data: dict) -> SafeString:
    """``data`` as JSON, safe to place inside a script element (Vietnamese kept as letters, not escapes)."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=1).translate(_SCRIPT_SAFE))  # noqa: S308
