"""No inert profile keys (issue 12): a key outside [planned] is read by code and switched by a test.

A profile value that no code reads is worse than none: the operator believes the rule is enforced. So for
every key of every profile file (PROVISIONS.md §3):

* outside ``[planned]`` — some non-test Python module or template under ``cong/`` names it (as a string
  literal, or an f-string that starts with its group, ``f"qa.asker_fields.{kind}"``; a key without a dot
  only as ``profile["owner"]`` or ``.param("owner")``), SCHEMA and the other tables of ``profiles.py`` not
  counted; and some test names it (the test that switches the value);
* inside ``[planned]`` — no code names it: a feature that starts reading a key moves it out of [planned].
"""

import ast
import re
from pathlib import Path

from cong.core.profiles import PLANNED, SCHEMA, available_profiles, load_profile

PACKAGE = Path(__file__).resolve().parents[2]  # cong/
PROFILES_MODULE = PACKAGE / "core" / "profiles.py"
_LOOKUPS = {"param", "period", "get"}


def _is_test(path: Path) -> bool:
    parts = path.relative_to(PACKAGE).parts
    return "tests" in parts or "e2e" in parts or path.name.startswith("test_") or path.name == "conftest.py"


def _python_strings(path: Path) -> tuple[set[str], set[str]]:
    """String literals of a module, and the constant starts of its f-strings."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    if path == PROFILES_MODULE:  # SCHEMA, PLANNED and the label tables name every key: only functions count
        tree = ast.Module(
            body=[node for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)],
            type_ignores=[],
        )
    literals, prefixes = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value:
            literals.add(node.value)
        elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
            prefixes.add(node.values[0].value)
        # A key without a dot ("owner", "categories") is also a common word: only profile["owner"] or
        # profile.param("owner") count.
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            literals.add(node.slice.value)
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _LOOKUPS
        ):
            literals.update(arg.value for arg in node.args[:1] if isinstance(arg, ast.Constant))
    return literals, prefixes


def keys_read_by_code() -> dict[str, list[str]]:
    """Each schema key → the non-test files under cong/ that name it."""
    readers: dict[str, list[str]] = {key: [] for key in SCHEMA}
    for path in sorted(PACKAGE.rglob("*")):
        if _is_test(path) or "migrations" in path.parts or path.suffix not in {".py", ".html", ".txt"}:
            continue
        where = str(path.relative_to(PACKAGE.parent))
        if path.suffix == ".py":
            literals, prefixes = _python_strings(path)
            for key in SCHEMA:
                if key in literals or any(
                    prefix.endswith(".") and key.startswith(prefix) for prefix in prefixes
                ):
                    readers[key].append(where)
        else:
            text = path.read_text("utf-8")
            for key in (key for key in SCHEMA if "." in key):  # a template cannot subscript a profile
                if f'"{key}"' in text or f"'{key}'" in text:
                    readers[key].append(where)
    return readers


def _test_sources() -> str:
    return "\n".join(
        path.read_text("utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
        if _is_test(path) and path.resolve() != Path(__file__).resolve()
    )


def _mentioned(key: str, tests: str) -> bool:
    """A test names the key, or writes it into a temporary profile (``[site]\\nhttps_required = …``): in a
    Python string the leaf follows a literal backslash-n, where ``\\b`` finds no word boundary."""
    if "." in key:
        group, leaf = key.rsplit(".", 1)
        return (
            key in tests
            or re.search(rf"\[(planned\.)?{re.escape(group)}\][^\[]*?(\\n|\b){leaf} = ", tests) is not None
        )
    return (
        f'"{key}"' in tests or f"'{key}'" in tests or re.search(rf"(^|\\n){key} = ", tests, re.M) is not None
    )


def test_planned_keys_are_schema_keys():
    assert set(PLANNED) <= set(SCHEMA), sorted(set(PLANNED) - set(SCHEMA))


def test_every_profile_file_writes_planned_keys_only_under_planned():
    """The loader refuses the other placements (test_profiles.py); here: each file resolves with all keys."""
    for name in available_profiles():
        profile = load_profile(name)
        assert set(profile.planned) == set(PLANNED), name
        assert set(profile.params) == set(SCHEMA) - set(PLANNED), name


def test_no_inert_keys():
    readers = keys_read_by_code()
    tests = _test_sources()
    enforced = [key for key in SCHEMA if key not in PLANNED]
    unread = [key for key in enforced if not readers[key]]
    untested = [key for key in enforced if readers[key] and not _mentioned(key, tests)]
    planned_but_read = {key: readers[key] for key in PLANNED if readers[key]}
    problems = []
    if unread:
        problems.append(
            f"{len(unread)} khoá ngoài [planned] không có mã nào đọc (khoá trơ):\n  "
            + "\n  ".join(unread)
            + "\n  → viết mã thực thi khoá (và một kiểm thử đổi giá trị), hoặc thêm khoá vào PLANNED trong "
            "cong/core/profiles.py kèm tính năng sẽ đọc nó và chuyển nó vào bảng [planned.<nhóm>] của mọi tệp "
            "profiles/*.toml."
        )
    if untested:
        problems.append(
            f"{len(untested)} khoá được đọc nhưng không kiểm thử nào đổi giá trị của nó:\n  "
            + "\n  ".join(untested)
            + "\n  → thêm kiểm thử nạp hồ sơ khác hoặc tệp hồ sơ tạm ghi đè khoá và khẳng định hành vi khác đi."
        )
    if planned_but_read:
        problems.append(
            "khoá trong [planned] nhưng mã đã đọc:\n  "
            + "\n  ".join(f"{key}: {', '.join(files)}" for key, files in planned_but_read.items())
            + "\n  → bỏ khoá khỏi PLANNED và chuyển nó ra khỏi bảng [planned] trong mọi tệp profiles/*.toml."
        )
    assert not problems, "\n\n".join(problems)
