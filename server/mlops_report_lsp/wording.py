"""Small phrases shared by rule messages, the command line's table and the editor's hovers and lenses."""

from __future__ import annotations


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
