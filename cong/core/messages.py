"""Finding Cổng's texts that bypass Django's translation functions (issue 16).

Every text Cổng shows — templates, Python messages, mails, PDFs, CLI output — goes through ``gettext`` or a
``{% translate %}`` tag, with the Vietnamese wording as the message id, so that it lands in the catalogues
of ``cong/locale`` (docs/features/messages.md). This module finds the texts that do not:

- in a template, a Vietnamese word in the page text or in a tag outside ``{% translate %}``,
  ``{% blocktranslate %}`` and ``_("…")``; comments are skipped;
- in Python, a string literal with a Vietnamese letter that is not a docstring, not an argument of a
  translation function or a logger call, and not marked as data by an ``# i18n: data`` comment on one of
  its lines or on the first line of a statement holding it (an assignment, a class, a function): a
  pattern that reads an imported document, a stored value, a profile key, the demo's content.

A text is recognised as Vietnamese by its letters with diacritics (ă â đ ê ô ơ ư and the tone marks); a
Vietnamese word written without any ("Trang", "Tin") is not seen. The test
``cong/core/tests/test_messages_marked.py`` runs it over the package.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from django.template.base import Lexer, TokenType

VIETNAMESE = re.compile(  # i18n: data
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]"
)
# _("…") and _('…') inside a template tag or variable: translated in place.
TEMPLATE_GETTEXT = re.compile(r"""_\(\s*(?:"[^"]*"|'[^']*')\s*\)""")
TRANSLATION_FUNCTIONS = {
    "_",
    "gettext",
    "gettext_lazy",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
    "gettext_noop",
}
# logger.info("…"): the operator's log, not a screen (messages.info(…) is a screen).
LOGGER_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
DATA_MARK = "# i18n: data"


@dataclass(frozen=True)
class Unmarked:
    """A text shown without a translation function."""

    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text.strip()[:80]}"


def template_texts(path: Path, root: Path) -> list[Unmarked]:
    """Vietnamese words of a template outside translation tags."""
    source = path.read_text(encoding="utf-8")
    found: list[Unmarked] = []
    inside = 0  # depth of {% blocktranslate %} / {% comment %}
    for token in Lexer(source).tokenize():
        words = token.contents.split()
        name = words[0] if words else ""
        if token.token_type == TokenType.BLOCK:
            if name in ("blocktranslate", "blocktrans", "comment"):
                inside += 1
                continue
            if name in ("endblocktranslate", "endblocktrans", "endcomment"):
                inside -= 1
                continue
            if inside or name in ("translate", "trans", "plural"):
                continue
            text = TEMPLATE_GETTEXT.sub("", token.contents)
        elif token.token_type == TokenType.VAR:
            if inside:
                continue
            text = TEMPLATE_GETTEXT.sub("", token.contents)
        elif token.token_type == TokenType.TEXT:
            if inside:
                continue
            text = token.contents
        else:  # {# … #}
            continue
        for offset, line in enumerate(text.splitlines() or [text]):
            if VIETNAMESE.search(line):
                found.append(Unmarked(str(path.relative_to(root)), token.lineno + offset, line))
    return found


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_log_call(node: ast.Call) -> bool:
    """``logger.info(…)``, ``self.logger.warning(…)``, ``logging.error(…)`` — not ``messages.error(…)``,
    which a user reads."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr in LOGGER_METHODS):
        return False
    receiver = func.value
    name = receiver.id if isinstance(receiver, ast.Name) else getattr(receiver, "attr", "")
    return name.lower().lstrip("_") in ("logger", "log", "logging")


def python_texts(path: Path, root: Path) -> list[Unmarked]:
    """Vietnamese string literals of a module outside translation functions, docstrings and data marks."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    skipped: set[int] = set()  # ids of constant nodes that need no marking
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in TRANSLATION_FUNCTIONS or _is_log_call(node):
                skipped.update(id(child) for child in ast.walk(node))

    def marked(first: int, last: int) -> bool:
        return any(DATA_MARK in lines[number - 1] for number in range(first, last + 1))

    found: list[Unmarked] = []

    def visit(node: ast.AST, data: bool) -> None:
        if isinstance(node, ast.stmt) and DATA_MARK in lines[node.lineno - 1]:
            data = True  # the statement, and every statement inside it (a class, a function)
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and not data
            and id(node) not in skipped
            and VIETNAMESE.search(node.value)
            and not marked(node.lineno, node.end_lineno or node.lineno)
        ):
            found.append(Unmarked(str(path.relative_to(root)), node.lineno, node.value))
        for child in ast.iter_child_nodes(node):
            visit(child, data)

    visit(tree, False)
    return found


def is_checked_python(relative: str) -> bool:
    """Modules whose literals are shown to someone: not tests, migrations or the browser journeys."""
    parts = relative.split("/")
    return not (
        "tests" in parts
        or "migrations" in parts
        or "e2e" in parts
        or parts[-1] == "conftest.py"
        or parts[-1].startswith("test_")
    )


def unmarked_texts(package: Path) -> list[Unmarked]:
    """Every unmarked text of the package (``cong/``), templates and Python."""
    root = package.parent
    found: list[Unmarked] = []
    for path in sorted(package.rglob("*.html")):
        if "templates" in path.parts:
            found += template_texts(path, root)
    for path in sorted(package.rglob("*.txt")):
        if "templates" in path.parts:
            found += template_texts(path, root)
    for path in sorted(package.rglob("*.py")):
        relative = str(path.relative_to(root))
        if is_checked_python(relative):
            found += python_texts(path, root)
    return found


if __name__ == "__main__":  # python -m cong.core.messages [cong/legal …]: list what is left, by folder
    import sys

    package = Path(__file__).resolve().parents[1]
    prefixes = sys.argv[1:] or ["cong/"]
    texts = [t for t in unmarked_texts(package) if any(t.path.startswith(p) for p in prefixes)]
    print("\n".join(str(t) for t in texts))
    print(f"{len(texts)} unmarked texts", file=sys.stderr)
