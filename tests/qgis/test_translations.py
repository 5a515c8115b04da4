"""The Dutch translation: complete, up to date, filed under the contexts used at run time.

The expected Dutch texts are read from resources/i18n/wijkaanpak_nl.ts, the English ones from
the plugin itself, so no string is written down twice here.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import string
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "wijkaanpak_nl.ts"

#: Classes whose static ``tr`` translates in a fixed context named after the class.
FIXED_CONTEXT_CLASSES = {"Wijkaanpak", "LayerIO", "SaveConflict"}


def _tool(*candidates: str) -> str:
    for candidate in candidates:
        found = shutil.which(candidate) or (candidate if Path(candidate).exists() else None)
        if found:
            return found
    pytest.fail(
        "{} not found: run `make setup` (pyqt5-dev-tools, qttools5-dev-tools)".format(candidates[0])
    )


def _messages(ts: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, <translation> element) of every message in a .ts file."""
    root = ElementTree.parse(ts).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _dutch() -> dict[tuple[str, str], str]:
    return {(c, s): t.text or "" for c, s, t in _messages(TS)}


def _replacement_fields(text: str) -> list[tuple[str, str]]:
    """The ``{}`` / ``{:.1f}`` fields of a str.format template, in order."""
    return [(name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name is not None]


def _update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- the .ts itself


def test_every_message_is_translated_with_the_same_placeholders():
    messages = _messages(TS)
    assert len(messages) > 100
    problems = []
    for context, source, translation in messages:
        where = "{}: {!r}".format(context, source[:60])
        if translation is None or not (translation.text or "").strip():
            problems.append("no translation: " + where)
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append("type={}: {}".format(translation.get("type"), where))
        if source.count("{}") != translation.text.count("{}"):
            problems.append("{{}} count differs: " + where)
        elif _replacement_fields(source) != _replacement_fields(translation.text):
            problems.append("placeholders differ (order or format): " + where)
    assert problems == []


def test_ts_is_up_to_date_with_the_sources(tmp_path):
    """pylupdate5 over the current sources finds exactly the messages of the committed .ts."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pylupdate5"), "-noobsolete", *_update_script().sources(), "-ts", str(fresh)],
        check=True,
        cwd=REPO,
        capture_output=True,
    )
    committed = {(c, s) for c, s, _ in _messages(TS)}
    current = {(c, s) for c, s, _ in _messages(fresh)}
    assert sorted(current - committed) == [], "run scripts/update_translations.py and translate"
    assert sorted(committed - current) == [], "run scripts/update_translations.py"


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _TranslationCalls(ast.NodeVisitor):
    """Every tr()/translate()/QT_TRANSLATE_NOOP call with the class it is written in."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.calls: list[tuple[str | None, ast.Call]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        self.calls.append((self.classes[-1] if self.classes else None, node))
        self.generic_visit(node)


def test_every_literal_is_filed_under_its_run_time_context():
    """A string pylupdate5 files under another context than the one looked up never translates.

    Run time: ``self.tr`` looks up the class name (WijkaanpakAlgorithm.tr uses type(self)),
    ``Wijkaanpak.tr`` / ``LayerIO.tr`` their fixed context, ``translate(ctx, ...)`` ctx.
    ``algorithm.tr(...)`` in a helper, or a bare ``tr(...)`` / ``_tr(...)`` helper, is filed by
    pylupdate5 under "algorithm", "@default" or not at all; and pylupdate5 skips a
    ``translate(...)`` whose arguments end with a trailing comma. All of these fail here.
    """
    filed = set(_dutch())
    problems = []
    for path in _update_script().sources():
        if not path.endswith(".py"):
            continue
        visitor = _TranslationCalls()
        visitor.visit(ast.parse((REPO / path).read_text(encoding="utf-8")))
        for cls, call in visitor.calls:
            func = call.func
            where = "{}:{}".format(path, call.lineno)
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                owner = func.value.id if isinstance(func.value, ast.Name) else None
                if owner == "self" and cls:
                    context = cls
                elif owner in FIXED_CONTEXT_CLASSES:
                    context = owner
                else:
                    problems.append("{}: {}.tr(...) has no fixed context".format(where, owner))
                    continue
                source = _literal(call.args[0]) if call.args else None
            elif isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
                problems.append(
                    "{}: bare {}(...) is not filed under its context".format(where, func.id)
                )
                continue
            elif (isinstance(func, ast.Attribute) and func.attr == "translate") or (
                isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP"
            ):
                if len(call.args) < 2:
                    continue
                context, source = _literal(call.args[0]), _literal(call.args[1])
                if context is None:
                    continue  # WijkaanpakAlgorithm.tr itself
            else:
                continue
            if source is not None and (context, source) not in filed:
                problems.append(
                    "{}: ({}, {!r}) is not in the .ts".format(where, context, source[:50])
                )
    assert problems == []


# --------------------------------------------------------------------------- at run time


def _compile(tmp_path: Path) -> Path:
    """The .ts compiled with lrelease, as `make translations` does."""
    qm = tmp_path / "wijkaanpak_nl.qm"
    lrelease = _tool("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5")
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def test_algorithms_speak_dutch_with_the_translator(wijkaanpak_plugin, tmp_path):
    # an algorithm's description ends with the note about its results (not about a layer)
    from wijkaanpak.processing_algorithms.base import SIGNAL_NOTE_ALGORITHM_EN

    registry = QgsApplication.processingRegistry()
    figures = registry.algorithmById("wijkaanpak:importfigures")
    reach = registry.algorithmById("wijkaanpak:playgroundreach")
    risk = registry.algorithmById("wijkaanpak:lonelinessriskindex")
    # English first, as the registered algorithms were made without a translator
    english = {
        "name": figures.createInstance().displayName(),
        "group": figures.group(),
        "detour": reach.parameterDefinition("DETOUR_FACTOR").description(),
        "help": risk.createInstance().shortHelpString(),
    }
    dutch = _dutch()
    expected = {
        "name": dutch[("ImportFiguresAlgorithm", english["name"])],
        "group": dutch[("WijkaanpakAlgorithm", english["group"])],
        "detour": dutch[("Wijkaanpak", english["detour"])],
        "note": dutch[("Wijkaanpak", SIGNAL_NOTE_ALGORITHM_EN)],
    }
    assert expected["name"] != english["name"]
    assert SIGNAL_NOTE_ALGORITHM_EN in english["help"]

    translator = QTranslator()
    assert translator.load(str(_compile(tmp_path)))
    assert QCoreApplication.installTranslator(translator)
    try:
        assert figures.createInstance().displayName() == expected["name"]
        assert figures.group() == expected["group"]
        # a helper shared by two algorithms (reach.detour_parameter) translates too
        fresh_reach = registry.createAlgorithmById("wijkaanpak:playgroundreach")
        assert fresh_reach.parameterDefinition("DETOUR_FACTOR").description() == expected["detour"]
        help_nl = risk.createInstance().shortHelpString()
        assert expected["note"] in help_nl and SIGNAL_NOTE_ALGORITHM_EN not in help_nl
    finally:
        QCoreApplication.removeTranslator(translator)
    assert figures.createInstance().displayName() == english["name"]
