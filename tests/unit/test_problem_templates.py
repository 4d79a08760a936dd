"""Pack problems can be translated: every message template the core gives a ``Problem`` is a
literal marked with ``N_`` (so pyside6-lupdate collects it), its English text is what the
command line prints, and each shipped translation keeps the template's placeholders.

(The window showing them translated is tests/gui/test_pack_problems_i18n.py.)
"""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hrd_reader.core.problems import N_, ContentError, Problem, location, problem, term
from tests.helpers.paths import ROOT

CORE = ROOT / "hrd_reader" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = ("fr", "es", "ar")


def _functions(tree: ast.AST) -> list[ast.FunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]


def _template_position(function: ast.FunctionDef) -> int | None:
    names = [argument.arg for argument in function.args.args]
    if "template" not in names:
        return None
    return names.index("template") - (1 if names[:1] == ["self"] else 0)


def _is_marked(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def unmarked_templates(sources: dict[str, str]) -> tuple[list[str], int]:
    """Where a template reaching ``Problem`` is not an ``N_("…")`` literal, and how many
    template arguments were checked.

    A template is what a call gives ``Problem`` (its second argument) or any function with a
    parameter named ``template`` (``problem``, ``term``, ``_refuse``, ``self.problem``…).
    There it must be ``N_("literal")``, a conditional between such, or a name that is either
    the enclosing function's own ``template`` parameter (its callers are checked in turn) or
    a local variable every assignment of which is such.
    """
    trees = {name: ast.parse(text) for name, text in sources.items()}
    # Where the template goes, by how the function is called: problem(…) or self.problem(…).
    positions: dict[tuple[bool, str], int] = {(False, "Problem"): 1}
    for tree in trees.values():
        for function in _functions(tree):
            position = _template_position(function)
            if position is not None:
                is_method = function.args.args[:1] != [] and function.args.args[0].arg == "self"
                positions[(is_method, function.name)] = position
    bad: list[str] = []
    checked = 0
    for name, tree in trees.items():
        enclosing: dict[ast.AST, ast.FunctionDef] = {}
        for function in _functions(tree):
            for node in ast.walk(function):
                enclosing[node] = function  # the innermost wins: walked outer first
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name):
                key = (False, node.func.id)
            elif (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                key = (True, node.func.attr)
            else:
                continue
            if key not in positions:
                continue
            position = positions[key]
            argument = next((k.value for k in node.keywords if k.arg == "template"), None)
            if argument is None and len(node.args) > position:
                argument = node.args[position]
            if argument is None:
                bad.append(f"{name}:{node.lineno}: {key[1]}() without a template")
                continue
            checked += 1
            if not _allowed(argument, enclosing.get(node)):
                bad.append(f"{name}:{node.lineno}: {ast.unparse(argument)}")
    return bad, checked


def _allowed(node: ast.expr, function: ast.FunctionDef | None) -> bool:
    if _is_marked(node):
        return True
    if isinstance(node, ast.IfExp):
        return _allowed(node.body, function) and _allowed(node.orelse, function)
    if isinstance(node, ast.Name) and function is not None:
        if node.id == "template" and _template_position(function) is not None:
            return True
        assigned = [
            statement.value
            for statement in ast.walk(function)
            if isinstance(statement, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == node.id for t in statement.targets)
        ]
        return bool(assigned) and all(_allowed(value, None) for value in assigned)
    return False


def core_sources() -> dict[str, str]:
    return {path.name: path.read_text("utf-8") for path in sorted(CORE.glob("*.py"))}


def core_templates() -> set[str]:
    """Every ``N_("…")`` literal of the core."""
    found = set()
    for text in core_sources().values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and _is_marked(node):
                argument = node.args[0]
                assert isinstance(argument, ast.Constant)
                found.add(argument.value)
    return found


def test_every_problem_template_is_a_marked_literal() -> None:
    bad, checked = unmarked_templates(core_sources())
    assert bad == [], "problem templates that cannot be translated:\n" + "\n".join(bad)
    assert checked > 70  # every module that reports problems was looked at


def test_the_check_finds_an_unmarked_template() -> None:
    """The walk above would see a template that slips past the marker."""
    sources = {
        "bad.py": (
            "def problem(where, template, **values):\n"
            "    return Problem(where, template, values)\n"
            "def _refuse(path, template, **values):\n"
            "    return problem(location(path), template, **values)\n"
            "def check(name, size):\n"
            "    _refuse(name, f'{size} is too big')\n"
            "    _refuse(name, 'plain')\n"
            "    _refuse(name, N_('marked {size}'), size=size)\n"
            "    message = 'built ' + name\n"
            "    problem('', message)\n"
            "    Problem('', N_(name))\n"
            "class Reader:\n"
            "    def problem(self, template, line=None):\n"
            "        pass\n"
            "    def read(self):\n"
            "        self.problem(N_('fine'), 3)\n"
            "        self.problem('not fine', 4)\n"
        )
    }
    bad, checked = unmarked_templates(sources)
    assert [entry.split(":")[1] for entry in bad] == ["6", "7", "10", "11", "17"], bad
    assert checked == 9


def test_a_problem_reads_as_the_english_line_the_command_line_prints() -> None:
    size = problem(location("answers/a.md", 3), N_("is {size:.1f} MiB"), size=2.25)
    nested = problem(location("pack.toml"), N_("not a {type}"), type=term(N_("number")))
    assert str(size) == "answers/a.md:3: is 2.2 MiB"
    assert str(nested) == "pack.toml: not a number"
    error = ContentError([size, nested])
    assert error.problems == ["answers/a.md:3: is 2.2 MiB", "pack.toml: not a number"]
    assert error.details == [size, nested] and isinstance(error.details[0], Problem)
    assert str(error) == "\n".join(error.problems)


def _fields(text: str) -> list[str]:
    """The ``{name:spec}`` fields of a template, sorted: name and format spec."""
    return sorted(
        f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None
    )


def _catalogue(code: str, path: Path = TRANSLATIONS) -> dict[str, str]:
    tree = ET.parse(path / f"hrd_reader_{code}.ts")
    return {m.findtext("source", ""): m.findtext("translation", "") for m in tree.iter("message")}


@pytest.mark.parametrize("code", SHIPPED)
def test_every_template_is_translated_with_its_placeholders(code: str) -> None:
    """Format specs too (``{size:.1f}``): the translation is filled with the same values."""
    catalogue = _catalogue(code)
    templates = core_templates()
    assert len(templates) > 70
    wrong = [
        template
        for template in sorted(templates)
        if not catalogue.get(template) or _fields(catalogue[template]) != _fields(template)
    ]
    assert wrong == [], f"not translated into {code}, or with other placeholders:\n" + "\n".join(
        wrong
    )
