"""Every rule fires on a document that breaks it and stays quiet on one that does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlops_report_lsp.analysis import Analysis, analyze
from mlops_report_lsp.config import Config, apply_settings
from mlops_report_lsp.model import Finding
from mlops_report_lsp.rules import ALL_RULES
from mlops_report_lsp.rules.base import Example, Rule

from reports import PREAMBLE, build_report


def _report_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "figures").mkdir(parents=True)
    (folder / "figures" / "plot.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def run(tmp_path: Path, text: str, config: Config | None = None) -> Analysis:
    path = _report_dir(tmp_path) / "README.md"
    path.write_text(text, encoding="utf-8")
    return analyze(text, path, config)


def codes(analysis: Analysis) -> list[str]:
    return [f.code for f in analysis.findings]


def only(analysis: Analysis, code: str) -> list[Finding]:
    return [f for f in analysis.findings if f.code == code]


def test_clean_report_has_no_findings(tmp_path: Path) -> None:
    analysis = run(tmp_path, build_report())
    assert codes(analysis) == []
    assert analysis.official.runs and analysis.passing == 31


BREAKING: dict[str, dict[int, str]] = {
    "word-count": {4: "too short"},
    "image-count": {19: ""},
    "placeholder": {5: "--- question 5 fill here ---"},
    "wrapped-answer": {5: "--- " + " ".join(["dvc"] * 120) + " ---"},
    "image-missing-file": {19: "![bucket](figures/missing.png)"},
    "image-format": {19: "![bucket](figures/plot.png)\n\n![raw](figures/plot.tiff)"},
    "image-as-link": {19: "![a](figures/plot.png) and [b](figures/plot.png)"},
    "image-html": {19: '![a](figures/plot.png) <img src="figures/plot.png" alt="b">'},
    "image-in-comment": {19: "![a](figures/plot.png) <!-- ![old](figures/plot.png) -->"},
    "leftover-todo": {4: " ".join(["word"] * 120) + " TODO write more"},
    "student-id": {2: "s21459, s223456"},
    "group-number": {1: "we forgot"},
    "html-export": {4: " ".join(["word"] * 120) + "\n\n```python\nprint(1)\n```"},
    "official-undercount": {4: " ".join(["word"] * 120) + "\n\n#### Details\n\nmore words here"},
}


@pytest.mark.parametrize("code", sorted(BREAKING))
def test_rule_fires_on_breaking_answer(tmp_path: Path, code: str) -> None:
    analysis = run(tmp_path, build_report(BREAKING[code]))
    assert code in codes(analysis)
    assert all(f.message for f in only(analysis, code))


def test_every_rule_has_a_breaking_test() -> None:
    covered = set(BREAKING) | {
        "official-will-fail",
        "question-missing",
        "question-duplicate",
        "question-order",
        "checklist-mark",
        "length-line-mismatch",
        "profile-detection",
    }
    assert {rule.code for rule in ALL_RULES} == covered


def example_report(example: Example) -> str:
    """A clean report with the rule's documented example put where the example says."""
    if example.question is None:
        return build_report(preamble=f"{PREAMBLE}\n{example.snippet}\n")
    where = {example.question: example.snippet}
    if example.place == "prompt":
        return build_report(prompt_lines=where)
    if example.place == "heading":
        return build_report(headings=where)
    return build_report(where)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.code)
def test_documented_example_fires(tmp_path: Path, rule: Rule) -> None:
    assert codes(run(tmp_path, build_report())) == []
    analysis = run(tmp_path / "example", example_report(rule.example))
    assert rule.code in codes(analysis)


def test_word_count_says_by_how_much(tmp_path: Path) -> None:
    [finding] = only(run(tmp_path, build_report({4: "only five words here now"})), "word-count")
    assert "5 words" in finding.message and "95 words short" in finding.message
    assert finding.question == 4 and finding.span.start.character == 0


def test_missing_answer_marker_makes_official_fail_with_location(tmp_path: Path) -> None:
    text = build_report().replace(
        "### Question 7\n\n> **The question's prompt**\n>\n> Answer:",
        "### Question 7\n\n> **The question's prompt**\n>",
    )
    analysis = run(tmp_path, text)
    [failure] = only(analysis, "official-will-fail")
    assert "expected 31 answers, found 30" in failure.message
    assert "Question 7 has no `Answer:` line" in failure.message
    assert failure.span.start.line == text.split("\n").index("### Question 7")
    # Heading-anchored counts still exist for every question.
    assert all(r.question is not None for r in analysis.results)


def test_heading_after_last_question_counts_last_answer_twice(tmp_path: Path) -> None:
    analysis = run(tmp_path, build_report() + "\n### Appendix\n\nextra\n")
    [failure] = only(analysis, "official-will-fail")
    assert "found 32" in failure.message and "after the last question" in failure.message


def test_stray_answer_marker_in_preamble(tmp_path: Path) -> None:
    preamble = "# Exam template\n\nAnswer: see below\n\n### Week 1\n"
    analysis = run(tmp_path, build_report(preamble=preamble))
    assert any("outside any question" in f.message for f in only(analysis, "official-will-fail"))


def test_second_answer_marker_drops_text_before_it(tmp_path: Path) -> None:
    answer = "first part of the answer\n\nAnswer: " + " ".join(["word"] * 120)
    analysis = run(tmp_path, build_report({4: answer}))
    assert analysis.official.runs
    [under] = only(analysis, "official-undercount")
    assert "5 words" in under.message and "last `Answer:`" in under.message


def test_question_structure_rules(tmp_path: Path) -> None:
    text = build_report()
    lines = text.split("\n")
    missing = "\n".join(line for line in lines if line != "### Question 9")
    assert "question-missing" in codes(run(tmp_path / "a", missing))
    duplicate = text.replace("### Question 9\n", "### Question 8\n")
    assert "question-duplicate" in codes(run(tmp_path / "b", duplicate))
    order = text.replace("### Question 9\n", "### Question 3\n")
    assert "question-order" in codes(run(tmp_path / "c", order))


def test_checklist_mark_fires_and_fixes(tmp_path: Path) -> None:
    preamble = "# Exam template\n\n* [x] done\n* [ ] not done\n* [*] starred\n"
    [finding] = only(run(tmp_path, build_report(preamble=preamble)), "checklist-mark")
    assert finding.fix is not None and finding.fix.edits[0].new_text == "x"


def test_length_line_mismatch_is_information(tmp_path: Path) -> None:
    analysis = run(tmp_path, build_report(length_lines={3: "100-200", 4: "100-200"}))
    [finding] = only(analysis, "length-line-mismatch")
    assert finding.question == 3 and "0–200" in finding.message
    assert finding.severity.label == "information"


def test_profile_detection_explains_ambiguity(tmp_path: Path) -> None:
    text = build_report(questions=29)
    analysis = run(tmp_path, text)
    assert "profile-detection" in codes(analysis)


def test_27q_generation_detected_and_cut(tmp_path: Path) -> None:
    preamble = "---\nlayout: default\nnav_exclude: true\n---\n\n# Exam template\npip install click markdown\n"
    analysis = run(tmp_path, build_report(questions=27, preamble=preamble))
    assert analysis.profile_name == "27q"
    assert analysis.official.runs and analysis.passing == 27


def test_quiet_rules_on_good_variants(tmp_path: Path) -> None:
    answers = {
        19: "![bucket](figures/plot.png)\n\n![remote](https://example.com/a.png)",
        4: " ".join(["word"] * 120)
        + "\n\n**Details** in bold, not a heading. See [docs](https://x.org).",
        2: "s214591, S223456",
    }
    assert codes(run(tmp_path, build_report(answers))) == []


def test_case_mismatch_has_fix(tmp_path: Path) -> None:
    [finding] = only(
        run(tmp_path, build_report({19: "![b](figures/PLOT.png)"})), "image-missing-file"
    )
    assert "letter case" in finding.message
    assert finding.fix is not None and finding.fix.edits[0].new_text == "figures/plot.png"


def test_fixes_are_mechanical(tmp_path: Path) -> None:
    analysis = run(
        tmp_path, build_report({19: BREAKING["image-html"][19], 20: BREAKING["image-as-link"][19]})
    )
    [link] = only(analysis, "image-as-link")
    assert link.fix is not None and link.fix.edits[0].new_text == "!"
    [html] = only(analysis, "image-html")
    assert html.fix is not None and html.fix.edits[0].new_text == "![b](figures/plot.png)"


def test_inline_disable_comment(tmp_path: Path) -> None:
    answer = "too short <!-- mlops-report-disable word-count -->"
    analysis = run(tmp_path, build_report({4: answer}))
    assert "word-count" not in codes(analysis)


def test_config_severity_and_off(tmp_path: Path) -> None:
    loaded = apply_settings(
        Config(), {"rules": {"word-count": "error", "placeholder": "off"}}, "test"
    )
    assert loaded.problems == ()
    analysis = run(
        tmp_path, build_report({4: "short", 5: "--- question 5 fill here ---"}), loaded.config
    )
    assert [f.severity.label for f in only(analysis, "word-count")] == ["error", "error"]
    assert "placeholder" not in codes(analysis)


def test_bad_settings_are_reported_and_ignored() -> None:
    loaded = apply_settings(
        Config(),
        {"rules": {"word-count": "loud", "nope": "off"}, "profile": "2099", "colour": 1},
        "settings",
    )
    assert len(loaded.problems) == 4
    assert loaded.config == Config()


def test_scrambled_template_filler_counts_as_unanswered(tmp_path: Path) -> None:
    filler = "fewafewubaofewnafioewnifowf ewafw afew\n fweafewa fewiagonwa\n wa"
    [finding] = only(run(tmp_path, build_report({31: filler})), "placeholder")
    assert "scrambled filler" in finding.message and finding.question == 31
    assert finding.span.start.line < finding.span.end.line


def test_images_in_inline_code_are_examples_not_images(tmp_path: Path) -> None:
    answer = "![a](figures/plot.png) and the syntax `![x](figures/missing.png)`"
    assert "image-missing-file" not in codes(run(tmp_path, build_report({19: answer})))
