"""Python 3.9 (QGIS 3.22-3.28 on Windows and macOS): no 3.10+ feature may run.

A static check over every .py file of the plugin, the scripts and the tests. It parses each
file with the 3.9 grammar (``match``, ``except*`` and other new syntax fail there) and walks
the tree for what parses on 3.9 but fails when it runs:

- a PEP 604 union (``X | None``) evaluated at run time: a module-level alias, an
  ``isinstance``/``cast`` argument, a subscript such as ``Callable[[float], bool | None]``,
  a default value; inside annotations it is harmless only under
  ``from __future__ import annotations`` (then annotations are never evaluated);
- calls and names that 3.9 lacks: ``zip(strict=...)``, ``int.bit_count()``,
  ``dataclass(slots=/kw_only=)``, ``itertools.pairwise``, ``typing.TypeAlias`` and friends,
  ``tomllib``, ``enum.StrEnum``, ``datetime.UTC``, ...

The real run on Python 3.9 is ``scripts/py39_check.sh`` (a Debian 11 chroot).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import List, Optional, Set

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ("wijkaanpak_plugin", "processing_algorithms", "scripts", "tests")

#: Names that, next to ``|``, make the ``|`` a type union rather than a bitwise or.
BUILTIN_TYPES = {
    "None", "int", "float", "str", "bool", "bytes", "complex", "list", "dict", "tuple", "set",
    "frozenset", "type", "object", "bytearray", "memoryview", "range", "slice",
}  # fmt: skip
TYPE_ATTRIBUTES = {
    "ndarray", "Series", "DataFrame", "Index", "Path", "PurePath", "Timestamp", "generic",
    "Any", "Callable", "Sequence", "Mapping", "Iterable", "Iterator", "Optional", "Union",
}  # fmt: skip
GENERICS = {
    "List", "Dict", "Tuple", "Set", "FrozenSet", "Type", "Optional", "Union", "Callable",
    "Sequence", "Mapping", "MutableMapping", "Iterable", "Iterator", "Collection", "Literal",
    "list", "dict", "tuple", "set", "frozenset", "type",
}  # fmt: skip
#: Names from the standard library that appeared after 3.9: (module, name) → version.
NEW_NAMES = {
    ("typing", "TypeAlias"): "3.10", ("typing", "ParamSpec"): "3.10",
    ("typing", "Concatenate"): "3.10", ("typing", "TypeGuard"): "3.10",
    ("typing", "is_typeddict"): "3.10", ("typing", "Self"): "3.11",
    ("typing", "Never"): "3.11", ("typing", "LiteralString"): "3.11",
    ("typing", "assert_never"): "3.11", ("typing", "assert_type"): "3.11",
    ("typing", "reveal_type"): "3.11", ("typing", "Required"): "3.11",
    ("typing", "NotRequired"): "3.11", ("typing", "TypeVarTuple"): "3.11",
    ("typing", "Unpack"): "3.11", ("typing", "dataclass_transform"): "3.11",
    ("typing", "override"): "3.12", ("itertools", "pairwise"): "3.10",
    ("itertools", "batched"): "3.12", ("enum", "StrEnum"): "3.11",
    ("enum", "verify"): "3.11", ("datetime", "UTC"): "3.11", ("contextlib", "chdir"): "3.11",
    ("contextlib", "aclosing"): "3.10", ("operator", "call"): "3.11",
    ("hashlib", "file_digest"): "3.11", ("asyncio", "TaskGroup"): "3.11",
    ("asyncio", "timeout"): "3.11",
}  # fmt: skip
NEW_MODULES = {"tomllib": "3.11"}
NEW_BUILTINS = {"aiter": "3.10", "anext": "3.10", "ExceptionGroup": "3.11"}
#: keyword → functions that only accept it from a later version.
NEW_KEYWORDS = {
    ("zip", "strict"): "3.10",
    ("dataclass", "slots"): "3.10",
    ("dataclass", "kw_only"): "3.10",
    ("dataclass", "match_args"): "3.10",
    ("field", "kw_only"): "3.10",
    ("bisect", "key"): "3.10",
    ("bisect_left", "key"): "3.10",
    ("bisect_right", "key"): "3.10",
    ("insort", "key"): "3.10",
    ("glob", "root_dir"): "3.10",
    ("iglob", "root_dir"): "3.10",
    ("rmtree", "onexc"): "3.12",
}
NEW_METHODS = {"bit_count": "3.10", "add_note": "3.11", "hardlink_to": "3.10", "walk_up": "3.12"}


def _is_type_like(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return node.value is None or isinstance(node.value, str) and node.value.isidentifier()
    if isinstance(node, ast.Name):
        return node.id in BUILTIN_TYPES or node.id in GENERICS
    if isinstance(node, ast.Attribute):
        return node.attr in TYPE_ATTRIBUTES
    if isinstance(node, ast.Subscript):
        value = node.value
        name = value.id if isinstance(value, ast.Name) else getattr(value, "attr", "")
        return name in GENERICS
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _is_type_like(node.left) or _is_type_like(node.right)
    return False


def _union(node: ast.AST) -> bool:
    """A ``|`` with a type on one side (``int | None``, ``list[str] | np.ndarray``)."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.BitOr)
        and (_is_type_like(node.left) or _is_type_like(node.right))
    )


def _annotation_nodes(tree: ast.AST) -> Set[int]:
    """ids of every node inside an annotation (arguments, returns, annotated assignments)."""
    inside: Set[int] = set()
    for node in ast.walk(tree):
        roots: List[Optional[ast.AST]] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            roots.append(node.returns)
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
                if arg is not None:
                    roots.append(arg.annotation)
        elif isinstance(node, ast.AnnAssign):
            roots.append(node.annotation)
        for root in roots:
            if root is not None:
                inside.update(id(n) for n in ast.walk(root))
    return inside


def _call_name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def python39_problems(source: str, filename: str = "<snippet>") -> List[str]:
    """Every construct in ``source`` that fails on Python 3.9, as 'file:line: what'."""
    try:
        tree = ast.parse(source, filename, feature_version=(3, 9))
    except SyntaxError as error:
        return [f"{filename}:{error.lineno}: not Python 3.9 syntax: {error.msg}"]
    problems: List[str] = []

    def report(node: ast.AST, what: str) -> None:
        problems.append(f"{filename}:{getattr(node, 'lineno', 0)}: {what}")

    future = any(
        isinstance(n, ast.ImportFrom)
        and n.module == "__future__"
        and any(a.name == "annotations" for a in n.names)
        for n in tree.body
    )
    in_annotation = _annotation_nodes(tree)
    for node in ast.walk(tree):
        if _union(node):
            if id(node) not in in_annotation:
                report(node, "PEP 604 union evaluated at run time (use Optional/Union)")
            elif not future:
                report(node, "PEP 604 union in an annotation without "
                       "'from __future__ import annotations'")  # fmt: skip
        elif isinstance(node, ast.Call):
            name = _call_name(node.func)
            for keyword in node.keywords:
                version = NEW_KEYWORDS.get((name, keyword.arg or ""))
                if version:
                    report(node, f"{name}({keyword.arg}=...) needs Python {version}")
            if isinstance(node.func, ast.Attribute) and node.func.attr in NEW_METHODS:
                report(node, f".{node.func.attr}() needs Python {NEW_METHODS[node.func.attr]}")
            if isinstance(node.func, ast.Name) and node.func.id in NEW_BUILTINS:
                report(node, f"{node.func.id}() needs Python {NEW_BUILTINS[node.func.id]}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                version = NEW_NAMES.get((node.module, alias.name))
                if version:
                    report(node, f"from {node.module} import {alias.name} needs Python {version}")
            if node.module.split(".")[0] in NEW_MODULES:
                report(node, f"module {node.module} needs Python {NEW_MODULES[node.module]}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in NEW_MODULES:
                    report(node, f"module {alias.name} needs Python {NEW_MODULES[alias.name]}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            version = NEW_NAMES.get((node.value.id, node.attr))
            if version:
                report(node, f"{node.value.id}.{node.attr} needs Python {version}")
    return problems


def _python_files() -> List[Path]:
    files = [REPO / "__init__.py"]
    for folder in FOLDERS:
        files += sorted((REPO / folder).rglob("*.py"))
    return [f for f in files if "__pycache__" not in f.parts]


# ------------------------------------------------------------------ the check can fail


@pytest.mark.parametrize(
    "snippet, expected",
    [
        # the bug of issue 8: core/ranking.py evaluated this at import
        ("from typing import Callable\nP = Callable[[float], bool | None]\n", "run time"),
        ("X = int | None\n", "run time"),
        ("def f(x):\n    return isinstance(x, int | str)\n", "run time"),
        (
            "import numpy as np\ndef f(x=None):\n    return cast(np.ndarray | None, x)\n",
            "run time",
        ),  # fmt: skip
        ("from typing import Optional\nA = Optional[list[int] | None]\n", "run time"),
        ("def f(x: int | None = None) -> str | None:\n    return None\n", "__future__"),
        ("class A:\n    x: int | None = None\n", "__future__"),
        ("def f(x):\n    match x:\n        case 1:\n            return 1\n", "3.9 syntax"),
        ("pairs = list(zip([1], [2], strict=True))\n", "zip(strict"),
        ("n = (5).bit_count()\n", "bit_count"),
        (
            "from dataclasses import dataclass\n@dataclass(slots=True)\nclass A:\n    x: int\n",
            "dataclass(slots",
        ),  # fmt: skip
        ("from itertools import pairwise\n", "pairwise"),
        ("from typing import TypeAlias\n", "TypeAlias"),
        ("import tomllib\n", "tomllib"),
    ],
)
def test_the_check_finds_what_fails_on_python39(snippet, expected):
    problems = python39_problems(snippet)
    assert problems, snippet
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    "snippet",
    [
        # annotations are never evaluated under the __future__ import
        "from __future__ import annotations\n"
        "def f(x: int | None = None) -> list[str] | None:\n    y: dict | None = None\n",
        "from __future__ import annotations\nclass A:\n    x: int | None = None\n",
        # bitwise or, set union, dict merge (3.9), Qt flags: not type unions
        "a = b | c\nflags = p.flags() | p.FlagAdvanced\nm = {1: 2} | {3: 4}\ns = {1} | {2}\n",
        "import numpy as np\nmask = np.isnan(x) | (x < 0)\n",
        "from typing import Optional, Union\nP = Optional[Union[int, str]]\n",
        "name = 'abc'.removeprefix('a')\n",  # 3.9 has it
    ],
)
def test_the_check_accepts_what_runs_on_python39(snippet):
    assert python39_problems(snippet) == []


# ------------------------------------------------------------------ the code itself


def test_every_module_runs_on_python39():
    files = _python_files()
    assert len(files) > 50  # the folders were found
    problems = []
    for path in files:
        source = path.read_text(encoding="utf-8")
        problems += python39_problems(source, str(path.relative_to(REPO)))
    assert problems == [], "\n".join(problems)


def test_this_file_is_scanned_too():
    assert Path(__file__).resolve() in [p.resolve() for p in _python_files()]
