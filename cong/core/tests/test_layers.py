"""Apps depend in one direction (docs/architecture.md): ``core`` at the bottom, then ``portal``, then
``agencies``, then the domain apps; ``accounts`` and ``ops`` depend only on ``core``. Every import between
apps counts — at module level or inside a function, absolute or relative — because a lazy import is still a
dependency. A new app must declare its place in ``ALLOWED`` before its first import of another app.

Run ``pytest cong/core/tests/test_layers.py -s -k edges`` to print the app graph.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]  # the cong/ directory

# What each app may import. The project modules on top (cong/urls.py, api.py, settings.py, cli.py and the
# cong/demo/ package) may import anything and are not apps.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "accounts": {"core"},
    "ops": {"core"},
    "portal": {"core"},
    "agencies": {"core", "portal", "accounts"},
    "editorial": {"core", "portal", "agencies", "accounts"},
    "legal": {"core", "portal", "agencies", "accounts"},
    "citizens": {"core", "portal", "agencies", "accounts", "legal"},
    "registers": {"core", "portal", "agencies", "accounts"},
    "schedules": {"core", "portal", "agencies", "accounts", "registers"},
    "officials": {"core", "portal", "agencies", "accounts", "registers"},
    "projects": {"core", "portal", "agencies", "accounts", "registers", "legal"},
    "statistics": {"core", "portal", "agencies", "accounts", "registers"},
    "services": {"core", "portal", "agencies", "accounts", "registers", "legal"},
}
# Not apps: end-to-end tests drive the running portal from outside; cong/demo/ loads every app on top.
NOT_APPS = {"e2e", "templates", "demo"}


@dataclass(frozen=True)
class Edge:
    source: str  # app
    target: str  # app
    module: str  # the importing module's file, relative to the repository
    line: int
    statement: str  # the import line as written


def apps() -> list[str]:
    return sorted(
        path.name
        for path in PACKAGE.iterdir()
        if path.is_dir() and (path / "apps.py").exists() and path.name not in NOT_APPS
    )


def app_modules(app: str):
    for path in sorted((PACKAGE / app).rglob("*.py")):
        parts = path.relative_to(PACKAGE / app).parts
        if "tests" in parts or "migrations" in parts or path.name == "conftest.py":
            continue
        yield path


def imported_modules(path: Path) -> list[tuple[int, str, str]]:
    """(line, dotted module, source line) of every import in ``path``, relative ones made absolute."""
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    source = path.read_text(encoding="utf-8").splitlines()
    found = []
    for node in ast.walk(ast.parse("\n".join(source), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                names = [".".join([*base, node.module] if node.module else base)]
            else:
                names = [node.module or ""]
            # "from cong import legal" imports the app itself.
            names += [f"{names[0]}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [(node.lineno, name, source[node.lineno - 1].strip()) for name in names]
    return found


def app_edges() -> list[Edge]:
    known = set(apps())
    edges = {}
    for app in known:
        for path in app_modules(app):
            for line, name, statement in imported_modules(path):
                parts = name.split(".")
                if len(parts) > 1 and parts[0] == "cong" and parts[1] in known and parts[1] != app:
                    key = (app, parts[1], path, line)
                    edges.setdefault(
                        key, Edge(app, parts[1], str(path.relative_to(PACKAGE.parent)), line, statement)
                    )
    return sorted(edges.values(), key=lambda e: (e.source, e.target, e.module, e.line))


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` as [a, b, …, a], or [] when it has none."""
    state: dict[str, str] = {}  # "visiting" or "done"
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "visiting"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "visiting":
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = "done"
        return []

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return []


def describe(edges: list[Edge]) -> str:
    return "\n".join(f"  {e.source} → {e.target}: {e.module}:{e.line}: {e.statement}" for e in edges)


def test_find_cycle_finds_a_cycle_and_only_a_cycle():
    assert find_cycle({"core": set(), "portal": {"core"}, "agencies": {"portal", "core"}}) == []
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"a"}}) == ["a", "a"]


def test_the_scanner_sees_lazy_and_relative_imports(tmp_path, monkeypatch):
    app = tmp_path / "cong" / "agencies"
    (app / "tests").mkdir(parents=True)
    (app / "apps.py").write_text("")
    (app / "views.py").write_text(
        "from . import models\n"
        "from ..editorial import roles\n"
        "def f():\n"
        "    from cong.legal.models import LegalDocument\n"
        "    import cong.citizens.actions\n"
    )
    (app / "tests" / "test_x.py").write_text("from cong.ops import backup\n")
    for other in ("editorial", "legal", "citizens", "ops"):
        (tmp_path / "cong" / other).mkdir()
        (tmp_path / "cong" / other / "apps.py").write_text("")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", tmp_path / "cong")
    found = {(e.target, e.line, e.statement) for e in app_edges()}
    assert found == {
        ("editorial", 2, "from ..editorial import roles"),
        ("legal", 4, "from cong.legal.models import LegalDocument"),
        ("citizens", 5, "import cong.citizens.actions"),
    }


def test_edges(capsys):
    """Print the app graph (for docs/architecture.md)."""
    graph = defaultdict(set)
    for edge in app_edges():
        graph[edge.source].add(edge.target)
    with capsys.disabled():
        print("\nApp dependencies (non-test code):")
        for app in apps():
            print(f"  {app} → {', '.join(sorted(graph[app])) or '—'}")


def test_there_is_no_import_cycle_between_apps():
    edges = app_edges()
    graph = defaultdict(set)
    for edge in edges:
        graph[edge.source].add(edge.target)
    cycle = find_cycle(graph)
    if cycle:
        steps = list(zip(cycle, cycle[1:], strict=False))
        culprits = [e for e in edges if (e.source, e.target) in steps]
        pytest.fail(f"Import cycle between apps: {' → '.join(cycle)}\n{describe(culprits)}")


def test_every_app_declares_its_place_in_the_layers():
    missing = sorted(set(apps()) - set(ALLOWED))
    assert not missing, (
        f"Add the new app(s) {missing} to ALLOWED in {__file__} with the apps each may import."
    )


def test_apps_depend_only_in_the_allowed_direction():
    wrong = [e for e in app_edges() if e.target not in ALLOWED.get(e.source, set())]
    assert not wrong, (
        "Imports against the direction of the layers (core ← portal ← agencies ← domain apps; accounts "
        "and ops on core only). Move generic code down into core, or code that knows a higher app up into "
        f"it:\n{describe(wrong)}"
    )
