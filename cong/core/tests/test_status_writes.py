"""Workflow state is written only by the named actions (``cong/*/actions.py``).

Views, admin forms, hooks, commands and jobs call an action, which checks permission, writes the audit
entry and moves the clocks; a status written anywhere else skips all three. This reads the source (no
import, no database) and fails with file:line for every assignment of a workflow-state attribute, or
``status=``/``state=``/``stage=`` passed to a queryset write, outside an ``actions.py``. Tests, migrations
and demo loaders are not scanned (the demo goes through the actions; fixtures may set any state).
"""

from __future__ import annotations

import ast
from pathlib import Path

import cong

ROOT = Path(cong.__file__).parent
STATE_FIELDS = {"status", "state", "stage"}
WRITES = {"update", "create", "update_or_create", "get_or_create", "bulk_create"}

# (file name, function) → why it may write a status outside an actions.py. Keep it tiny.
ALLOWED = {
    ("scheduler.py", "tick"): "JobRun.status is the scheduler's own bookkeeping of a run, not a workflow",
    ("scheduler.py", "run_periodic_job"): "JobRun.status: the outcome of the run the worker just made",
}


def _scanned(path: Path) -> bool:
    parts = set(path.relative_to(ROOT).parts)
    if parts & {"migrations", "tests", "e2e", "demo"}:
        return False
    return path.name not in {"actions.py", "demo.py", "conftest.py"}


def _state_keys(node: ast.AST) -> list[str]:
    """Keys of a ``{"status": …}`` literal (``defaults=`` of update_or_create)."""
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and k.value in STATE_FIELDS]
    return []


def _writes(tree: ast.AST):
    """(line, description, enclosing function) of each write of a state field."""
    found = []

    def visit(node, function):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for element in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(element, ast.Attribute) and element.attr in STATE_FIELDS:
                        found.append((node.lineno, f"assigns .{element.attr}", function))
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in WRITES:
                for keyword in node.keywords:
                    if keyword.arg in STATE_FIELDS:
                        found.append((node.lineno, f"{name}({keyword.arg}=…)", function))
                    elif keyword.arg == "defaults":
                        for key in _state_keys(keyword.value):
                            found.append((node.lineno, f"{name}(defaults={{{key!r}: …}})", function))
            if name == "setattr" and len(node.args) >= 2:
                field = node.args[1]
                if isinstance(field, ast.Constant) and field.value in STATE_FIELDS:
                    found.append((node.lineno, f"setattr(…, {field.value!r})", function))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, None)
    return found


def status_writes_outside_actions() -> list[str]:
    problems = []
    for path in sorted(ROOT.rglob("*.py")):
        if not _scanned(path):
            continue
        for line, what, function in _writes(ast.parse(path.read_text(encoding="utf-8"))):
            if (path.name, function) not in ALLOWED:
                problems.append(f"{path.relative_to(ROOT.parent)}:{line}: {what} in {function or 'module'}")
    return problems


def test_status_is_written_only_in_actions():
    problems = status_writes_outside_actions()
    assert not problems, "Workflow state written outside an actions.py:\n" + "\n".join(problems)


def test_the_scan_finds_a_status_written_in_a_view():
    """The scan itself can fail: each kind of write in a view is reported with its line."""
    source = (
        "def approve(request, comment):\n"
        "    comment.status = 'approved'\n"
        "    Comment.objects.filter(pk=1).update(status='approved')\n"
        "    JobRun.objects.update_or_create(name='x', defaults={'status': 'ok'})\n"
        "    setattr(comment, 'state', 'done')\n"
    )
    found = [(line, what) for line, what, _ in _writes(ast.parse(source))]
    assert found == [
        (2, "assigns .status"),
        (3, "update(status=…)"),
        (4, "update_or_create(defaults={'status': …})"),
        (5, "setattr(…, 'state')"),
    ]


def test_every_allowance_is_still_needed():
    """An allowance whose write went away (or moved) is removed, so the list stays tiny and true."""
    used = set()
    for path in sorted(ROOT.rglob("*.py")):
        if _scanned(path):
            used |= {(path.name, f) for _, _, f in _writes(ast.parse(path.read_text(encoding="utf-8")))}
    assert set(ALLOWED) <= used, f"Allowances no longer used: {sorted(set(ALLOWED) - used)}"
