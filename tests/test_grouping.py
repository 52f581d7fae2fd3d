"""The same finding repeated across questions becomes one finding with the count, plus hints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mlops_report_lsp.analysis import Analyzer, analyze
from mlops_report_lsp.grouping import Grouper, number_ranges, own_message
from mlops_report_lsp.model import Finding, Severity, Span

from reports import build_report

ROOT = Path(__file__).resolve().parent.parent
UNANSWERED = next((ROOT / "tests" / "corpus").glob("GabrielGosden__*.md"))


def placeholders(numbers: list[int]) -> dict[int, str]:
    return {n: f"--- question {n} fill here ---" for n in numbers}


def test_repeated_placeholders_become_one_warning_with_the_count_and_hints() -> None:
    analysis = analyze(build_report(placeholders([4, 5, 6, 9, 30])))
    found = [f for f in analysis.findings if f.code == "placeholder"]
    assert [f.severity for f in found] == [Severity.WARNING] + [Severity.HINT] * 4
    first = found[0]
    assert first.question == 4
    assert first.message.endswith("The same in 4 more questions: 5–6, 9, 30.")
    assert first.repeats == tuple(found[1:])
    assert [f.question for f in found[1:]] == [5, 6, 9, 30]
    assert all("The same" not in f.message and not f.repeats for f in found[1:])
    assert own_message(first) == found[1].message.replace("Question 5", "Question 4")


def test_two_repeats_and_findings_that_cost_points_stay_separate() -> None:
    analysis = analyze(build_report(placeholders([4, 5])))
    found = [f for f in analysis.findings if f.code == "placeholder"]
    assert [f.severity for f in found] == [Severity.WARNING] * 2
    assert not any(f.repeats for f in analysis.findings)
    # Each short answer costs its own leaderboard point: never grouped, even when alike.
    short = analyze(build_report({n: "short" for n in (4, 5, 8, 9)}))
    counts = [f for f in short.findings if f.code == "word-count"]
    assert len(counts) == 4 and all(f.severity is Severity.WARNING for f in counts)


def test_errors_are_never_grouped(tmp_path: Path) -> None:
    report = tmp_path / "README.md"
    text = build_report({n: "word " * 150 + "\n\n![x](figures/nope.png)" for n in (4, 5, 6, 8)})
    analysis = analyze(text, report)
    missing = [f for f in analysis.findings if f.code == "image-missing-file"]
    assert len(missing) >= 4 and all(f.severity is Severity.ERROR for f in missing)


def test_unchanged_groups_keep_their_objects_across_analyses() -> None:
    """The server reuses a diagnostic's JSON while its finding is the same object."""
    analyzer = Analyzer()
    text = build_report(placeholders([4, 5, 6, 9]))
    before = analyzer.analyze(text).findings
    edited = text.replace("word word word", "word word text", 1)  # an edit elsewhere
    assert edited != text
    after = analyzer.analyze(edited).findings
    grouped_before = [f for f in before if f.code == "placeholder"]
    grouped_after = [f for f in after if f.code == "placeholder"]
    assert all(a is b for a, b in zip(grouped_before, grouped_after, strict=True))
    fewer = analyzer.analyze(edited.replace("--- question 9 fill here ---", "word " * 150))
    first = next(f for f in fewer.findings if f.code == "placeholder")
    assert first.message.endswith("The same in 2 more questions: 5–6.")


def test_number_ranges() -> None:
    assert number_ranges([]) == ""
    assert number_ranges([3]) == "3"
    assert number_ranges([9, 4, 5, 6, 12, 13]) == "4–6, 9, 12–13"


def test_cli_text_shows_one_line_for_twenty_five_placeholders() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "check", str(UNANSWERED)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = result.stdout.split("\n")
    placeholder = [line for line in lines if " placeholder " in line]
    assert len(placeholder) == 1, placeholder
    assert placeholder[0].endswith("The same in 24 more questions: 4–27.")
    following = lines[lines.index(placeholder[0]) + 1]
    assert following.startswith("  (the same, as hints, on lines 152, 167, ")
    github = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "check", "-f", "github", str(UNANSWERED)],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert github.count("title=placeholder::") == 1


def _finding(code: str, line: int) -> Finding:
    severity = Severity.ERROR if code == "image-missing-file" else Severity.WARNING
    return Finding(code, severity, f"{code} in Question {line}.", Span.line(line, 0, 1), line)


FINDINGS = st.lists(
    st.builds(
        _finding,
        st.sampled_from(["word-count", "image-count", "placeholder", "todo", "image-missing-file"]),
        st.integers(1, 8),
    ),
    max_size=14,
)


@settings(max_examples=300)
@given(FINDINGS, st.lists(st.tuples(st.floats(0, 1), FINDINGS), max_size=5))
def test_grouping_successive_findings_equals_grouping_each_afresh(
    first: list[Finding], changes: list[tuple[float, list[Finding]]]
) -> None:
    """Each next list keeps the last one's objects but a few replaced (or is another list)."""
    grouper = Grouper()
    findings = first
    for where, replacing in [*changes, (0.0, [])]:
        assert grouper.group(findings) == Grouper().group(findings)
        at = int(where * len(findings))
        findings = findings[:at] + replacing[: len(findings) - at] + findings[at + len(replacing) :]
