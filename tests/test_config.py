"""Settings files, extra generations and limit overrides, found by walking up from the report."""

from __future__ import annotations

from pathlib import Path

from mlops_report_lsp.analysis import analyze
from mlops_report_lsp.config import load_config

from reports import build_report

GENERATION_2027 = """
name = "31q-2027"
title = "31 questions, January 2027"
questions = 31

[detect]
question_count = 31
[[detect.signal]]
text = "uv add typer markdown rich"

[limits]
3 = { words = [10, 20] }
"""


def _report(root: Path, text: str) -> Path:
    report = root / "group" / "reports" / "README.md"
    report.parent.mkdir(parents=True)
    report.write_text(text)
    return report


def test_pyproject_section_found_by_walking_up(tmp_path: Path) -> None:
    report = _report(tmp_path, build_report())
    (tmp_path / "group" / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mlops-report]\nprofile = "31q-2024"\n'
    )
    loaded = load_config(report)
    assert loaded.problems == ()
    assert loaded.config.profile == "31q-2024"
    assert loaded.config.source == str(tmp_path / "group" / "pyproject.toml")


def test_pyproject_without_section_is_skipped(tmp_path: Path) -> None:
    report = _report(tmp_path, build_report())
    (tmp_path / "group" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (tmp_path / ".mlops-report.toml").write_text('profile = "27q"\n')
    assert load_config(report).config.profile == "27q"


def test_teacher_adds_a_generation_without_code(tmp_path: Path) -> None:
    preamble = "# Exam template\n\nuv add typer markdown rich\n"
    report = _report(tmp_path, build_report({3: " ".join(["word"] * 15)}, preamble=preamble))
    (tmp_path / "grading").mkdir()
    (tmp_path / "grading" / "2027.toml").write_text(GENERATION_2027)
    (tmp_path / ".mlops-report.toml").write_text('profiles = ["grading/2027.toml"]\n')
    loaded = load_config(report)
    assert loaded.problems == ()
    analysis = analyze(report.read_text(), report, loaded.config)
    assert analysis.profile_name == "31q-2027"
    assert analysis.result(3).limits.words == (10, 20)  # type: ignore[union-attr]
    assert not any(f.code == "word-count" and f.question == 3 for f in analysis.findings)


def test_limit_override_changes_the_verdict(tmp_path: Path) -> None:
    report = _report(tmp_path, build_report({3: "five words in this answer"}))
    (tmp_path / ".mlops-report.toml").write_text("[limits]\n3 = { words = [50, 60] }\n")
    analysis = analyze(report.read_text(), report, load_config(report).config)
    assert [f.question for f in analysis.findings if f.code == "word-count"] == [3]


def test_broken_settings_file_is_reported_not_fatal(tmp_path: Path) -> None:
    report = _report(tmp_path, build_report())
    (tmp_path / ".mlops-report.toml").write_text("profile = \n")
    loaded = load_config(report)
    assert len(loaded.problems) == 1 and "cannot read settings" in loaded.problems[0]
    assert loaded.config.profile == "auto"


def test_bad_profile_file_is_reported(tmp_path: Path) -> None:
    report = _report(tmp_path, build_report())
    (tmp_path / "bad.toml").write_text(
        'name = "x"\nquestions = 31\n[limits]\n3 = { words = [9, 1] }\n'
    )
    (tmp_path / ".mlops-report.toml").write_text('profiles = ["bad.toml", "missing.toml"]\n')
    problems = load_config(report).problems
    assert len(problems) == 2
    assert "0 <= min <= max" in problems[0] and "cannot read profile" in problems[1]
