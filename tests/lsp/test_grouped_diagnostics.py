"""A placeholder left under 29 answers: one warning with the count, a hint at every other place,
and the count follows the edits."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from .conftest import ReportClient
from reports import build_report

NUMBERS = list(range(3, 32))


async def test_repeated_placeholders_are_one_warning_and_hints(
    client: ReportClient, workspace: Path
) -> None:
    path = workspace / "reports" / "README.md"
    text = build_report({n: f"--- question {n} fill here ---" for n in NUMBERS})
    uri = path.as_uri()
    client.open(uri, text)
    diagnostics = await client.diagnostics_for(uri, 1)
    placeholders = [d for d in diagnostics if d.code == "placeholder"]
    assert len(placeholders) == len(NUMBERS)
    warnings = [d for d in placeholders if d.severity == types.DiagnosticSeverity.Warning]
    hints = [d for d in placeholders if d.severity == types.DiagnosticSeverity.Hint]
    assert len(warnings) == 1 and len(hints) == len(NUMBERS) - 1
    assert warnings[0].message.endswith("The same in 28 more questions: 4–31.")
    assert warnings[0].data == {"question": 3}
    assert sorted(h.data["question"] for h in hints) == NUMBERS[1:]
    # Word counts are never grouped: each short answer is its own warning.
    counts = [d for d in diagnostics if d.code == "word-count"]
    assert counts and all(d.severity == types.DiagnosticSeverity.Warning for d in counts)

    # Answer Question 3: the warning moves to Question 4 and counts one fewer.
    line = text.split("\n").index("--- question 3 fill here ---")
    client.change(uri, 2, (line, 0), (line, len("--- question 3 fill here ---")), "word " * 150)
    diagnostics = await client.diagnostics_for(uri, 2)
    warnings = [
        d
        for d in diagnostics
        if d.code == "placeholder" and d.severity == types.DiagnosticSeverity.Warning
    ]
    assert len(warnings) == 1 and warnings[0].data == {"question": 4}
    assert warnings[0].message.endswith("The same in 27 more questions: 5–31.")
