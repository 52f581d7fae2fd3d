"""The limits a copy of the course's `report.py` enforces, read from its source text.

The file is parsed with `ast` and never run. Both shapes the course used are understood: a list
of `partial(length_constraints, min=.., max=..)` (2023-2024) and a dict of
`"question_N": LengthConstraints(min_length=.., max_length=..)` (since December 2024), with
image and multi constraints inside either.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from mlops_report_lsp.model import Limits
from mlops_report_lsp.values import Value


@dataclass(init=False, repr=False, eq=False)
class ScriptLimits(Value):
    """What a copy of the official script enforces."""

    limits: dict[int, Limits]
    """Per question (1-based), as the script's constraint table says."""
    expected: int | None
    """The number of answers the script insists on, if it says."""

    def __init__(self, limits: dict[int, Limits], expected: int | None) -> None:
        self.__dict__.update(limits=limits, expected=expected)


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _bounds(call: ast.Call) -> tuple[int, int] | None:
    values = {
        keyword.arg: keyword.value.value
        for keyword in call.keywords
        if keyword.arg is not None
        and isinstance(keyword.value, ast.Constant)
        and isinstance(keyword.value.value, int)
    }
    low = next((v for k, v in values.items() if k.startswith("min")), None)
    high = next((v for k, v in values.items() if k.startswith("max")), None)
    return (low, high) if low is not None and high is not None else None


def _limits(node: ast.expr) -> Limits:
    """Words and images of one constraint expression, whatever nesting it uses."""
    words = images = None
    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
        name = _name(call.func)
        if name == "partial" and call.args:
            name = _name(call.args[0])
        name = name.lower()
        bounds = _bounds(call)
        if bounds is None:
            continue
        if "image" in name:
            images = bounds
        elif "length" in name:
            words = bounds
    return Limits(words, images)


def _table(tree: ast.Module) -> dict[int, Limits] | None:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or not any(
            isinstance(t, ast.Name) and "constrain" in t.id for t in node.targets
        ):
            continue
        value = node.value
        if isinstance(value, (ast.List, ast.Tuple)):
            return {i: _limits(element) for i, element in enumerate(value.elts, 1)}
        if isinstance(value, ast.Dict):
            table = {}
            for key, element in zip(value.keys, value.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    digits = key.value.rsplit("_", 1)[-1]
                    if digits.isdigit():
                        table[int(digits)] = _limits(element)
            return table
    return None


def _expected(tree: ast.Module) -> int | None:
    """N in `if len(answers) != N:`."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Call)
            and _name(node.left.func) == "len"
            and len(node.comparators) == 1
            and isinstance(node.comparators[0], ast.Constant)
            and isinstance(node.comparators[0].value, int)
        ):
            return node.comparators[0].value
    return None


def script_limits(source: str) -> ScriptLimits | None:
    """The script's limits, or None when it is not Python or has no constraint table."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    table = _table(tree)
    if not table:
        return None
    return ScriptLimits(table, _expected(tree))
