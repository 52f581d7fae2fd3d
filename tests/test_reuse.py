"""An analysis after an edit hands back the very objects of the last one where nothing changed:
the server reuses a diagnostic's JSON while its finding is the same object (equality with a fresh
analysis is tested in test_properties.py)."""

from __future__ import annotations

from mlops_report_lsp.analysis import Analyzer, analyze

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
