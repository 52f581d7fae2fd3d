"""An analysis after an edit hands back the very objects of the last one where nothing changed:
the server reuses a diagnostic's JSON while its finding is the same object (equality with a fresh
analysis is tested in test_properties.py)."""

from __future__ import annotations

import os
from itertools import chain
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mlops_report_lsp import memo
from mlops_report_lsp.analysis import Analyzer, analyze
from mlops_report_lsp.model import Finding, Severity, Span
from mlops_report_lsp.rules import RuleCache

from reports import build_report

SHORT = "We used Docker."  # too few words: a word-count finding, found anew on every analysis


def test_an_edit_that_changes_no_finding_keeps_the_findings_tuple() -> None:
    analyzer = Analyzer()
    text = build_report({4: SHORT, 7: SHORT, 12: "Not applicable ![x](figures/x.png)"})
    before = analyzer.analyze(text).findings
    edited = text.replace("word word word", "word text word", 1)  # same counts, same findings
    assert edited != text
    after = analyzer.analyze(edited)
    assert after.findings is before
    assert after.findings == analyze(edited).findings


def test_findings_found_again_are_the_same_objects() -> None:
    analyzer = Analyzer()
    text = build_report({4: SHORT, 7: SHORT, 9: "--- question 9 fill here ---"})
    before = {f: f for f in analyzer.analyze(text).findings}
    edited = text.replace("We used Docker.", "We used Docker and uv.", 1)  # Question 4's count
    after = analyzer.analyze(edited).findings
    assert after == analyze(edited).findings
    kept = [f for f in after if f in before]
    assert any(f.code == "word-count" and f.question == 7 for f in kept)
    assert all(f is before[f] for f in kept)
    assert any(f.code == "word-count" and f.question == 4 and f not in before for f in after)


def _finding(line: int, character: int, severity: int, code: str) -> Finding:
    return Finding(code, Severity(severity), f"{code} at {line}", Span.line(line, character, 9))


FINDINGS = st.lists(
    st.builds(
        _finding,
        st.integers(0, 4),
        st.integers(0, 2),
        st.integers(1, 4),
        st.sampled_from(["a-rule", "b-rule"]),
    ),
    max_size=20,  # up to 100 in all: more than MAX_INSERTED, sorted at once
)


@settings(max_examples=300)
@given(st.lists(st.lists(st.tuples(st.booleans(), FINDINGS), min_size=1, max_size=5), min_size=1))
def test_merged_outputs_equal_a_stable_sort_of_them_all(
    versions: list[list[tuple[bool, list[Finding]]]],
) -> None:
    """Each version: per rule, whether its output is the very list of the last version (when
    there was one at that index), else a new list."""
    cache = RuleCache()
    outputs: list[list[Finding]] = []
    for version in versions:
        outputs = [
            outputs[index] if keep and index < len(outputs) else found
            for index, (keep, found) in enumerate(version)
        ]
        expected = sorted(
            chain.from_iterable(outputs),
            key=lambda f: (f.span.start.line, f.span.start.character, f.severity, f.code),
        )
        merged = cache.merged(outputs)
        assert len(merged) == len(expected)
        assert all(a is b for a, b in zip(merged, expected, strict=True))


def test_a_group_gaining_a_member_keeps_its_hints() -> None:
    analyzer = Analyzer()
    fill = {n: f"--- question {n} fill here ---" for n in (4, 5, 6)}
    text = build_report(fill)
    before = [f for f in analyzer.analyze(text).findings if f.code == "placeholder"]
    more = build_report({**fill, 9: "--- question 9 fill here ---"})
    after = analyzer.analyze(more).findings
    assert after == analyze(more).findings
    hints = [f for f in after if f.code == "placeholder"][1:]
    assert len(hints) == 3 and hints[:2] == before[1:]
    assert all(a is b for a, b in zip(hints[:2], before[1:], strict=True))


def test_results_of_questions_before_an_edit_are_kept() -> None:
    analyzer = Analyzer()
    text = build_report({4: SHORT})
    before = analyzer.analyze(text).results
    edited = text.replace("We used Docker.", "We used Docker and uv.", 1)
    after = analyzer.analyze(edited)
    assert after.results == analyze(edited).results
    assert all(a is b for a, b in zip(after.results[:3], before[:3], strict=True))
    assert after.results[3] != before[3] and after.results[3].words == before[3].words + 2


def test_identical_memo_matches_arguments_by_identity_and_forgets_unused_ones() -> None:
    calls: list[list[int]] = []

    @memo.identical
    def total(numbers: list[int]) -> int:
        calls.append(numbers)
        return sum(numbers)

    first, equal = [1, 2], [1, 2]
    assert total(first) == 3 and total(first) == 3 and len(calls) == 1
    assert total(equal) == 3 and len(calls) == 2  # equal, but not the same object
    memo.sweep()
    assert total(first) == 3 and len(calls) == 2  # kept while the last analysis used it
    memo.sweep()
    memo.sweep()
    assert total(first) == 3 and len(calls) == 3


def test_a_file_added_to_an_image_folder_is_seen_after_keystrokes_elsewhere(
    tmp_path: Path,
) -> None:
    """Between keystrokes only changed sections are checked again, but a file added to an image
    folder a section names (its modification time changes) has that section checked again."""
    report = tmp_path / "reports" / "README.md"
    shots = tmp_path / "reports" / "shots"
    shots.mkdir(parents=True)
    text = build_report({3: "Some words.", 19: "See ![a](shots/a.png) and ![b](shots/b.png)."})
    analyzer = Analyzer()

    def missing(text: str) -> list[str]:
        analysis = analyzer.analyze(text, report)
        assert analysis.findings == analyze(text, report).findings
        return [f.message for f in analysis.findings if "shots/" in f.message]

    assert len(missing(text)) == 2
    text = text.replace("Some words.", "Some more words.", 1)
    assert len(missing(text)) == 2
    (shots / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    stamp = os.stat(shots).st_mtime_ns + 10**9  # another time, however coarse the clock
    os.utime(shots, ns=(stamp, stamp))
    text = text.replace("Some more words.", "Some more words again.", 1)
    found = missing(text)
    assert len(found) == 1 and "shots/b.png" in found[0]


def test_results_that_only_moved_keep_their_key_and_their_findings() -> None:
    """An edit that moves later answers (one more character) makes new results for them, each
    keeping the key of the one it moved from, so per-result checks keep their findings."""
    analyzer = Analyzer()
    text = build_report({3: "Some words.", 7: SHORT})
    before = analyzer.analyze(text)
    edited = text.replace("Some words.", "Some more words.", 1)
    after = analyzer.analyze(edited)
    assert after.findings == analyze(edited).findings
    moved, was = after.results[3:], before.results[3:]
    assert all(a is not b and a.key is b.key for a, b in zip(moved, was, strict=True))
    assert after.results[2].key is not before.results[2].key
    words = [f for f in after.findings if f.code == "word-count" and f.question == 7]
    assert len(words) == 1 and any(words[0] is f for f in before.findings)


def test_a_rule_switched_off_and_on_again_in_one_question_between_analyses() -> None:
    """The rules switched off are kept between analyses only while no question that changed
    switches any off: adding and removing the comment is seen at once."""
    analyzer = Analyzer()
    text = build_report({3: "Some words.", 7: SHORT})
    off = text.replace(SHORT, SHORT + " <!-- mlops-report-disable word-count -->", 1)
    for version in (text, off, off.replace("Some words.", "Some more words.", 1), text):
        analysis = analyzer.analyze(version)
        assert analysis.findings == analyze(version).findings
        counted = any(f.code == "word-count" and f.question == 7 for f in analysis.findings)
        assert counted == (version == text)
