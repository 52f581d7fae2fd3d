"""Small phrases shared by rule messages, the command line's table and JSON, and the editor's
hovers and lenses: "5 words over" is worded here and nowhere else."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the language server words its hovers before the engine is imported
    from mlops_report_lsp.results import QuestionResult


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def limit_text(bounds: tuple[int, int]) -> str:
    """ "100–200", or "1" when both limits are the same."""
    low, high = bounds
    return str(low) if low == high else f"{low}–{high}"


def wanted(bounds: tuple[int, int], unit: str) -> str:
    """ "100–200 words", or "exactly 1 image" when both limits are the same."""
    if bounds[0] == bounds[1]:
        return f"exactly {plural(bounds[0], unit)}"
    return f"{limit_text(bounds)} {unit}s"


def off_by(off: int, unit: str | None = None) -> str:
    """How far a count is outside its limits (positive: over the maximum, negative: short of the
    minimum): "5 words over", "1 image short", or "5 over" without a unit; "" when within."""
    if off == 0:
        return ""
    amount = plural(abs(off), unit) if unit else str(abs(off))
    return f"{amount} over" if off > 0 else f"{amount} short"


def status(result: QuestionResult) -> str:
    """A question's state in the grader's terms: "ok", "missing" or "5 words over, 1 image short"."""
    if result.question is None:
        return "missing"
    problems = [
        off_by(off, unit)
        for off, unit in ((result.word_problem, "word"), (result.image_problem, "image"))
    ]
    return ", ".join(filter(None, problems)) or "ok"
