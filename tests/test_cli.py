"""The `mlops-report` command line as a real process: formats, exit codes, bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from reports import build_report

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "report" / "README.md"
SEEDS = ROOT / "tests" / "seeds"


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=60,
    )


def test_check_example_prints_table_findings_and_summary() -> None:
    result = cli("check", str(EXAMPLE))
    assert result.returncode == 1  # the example has an error on purpose
    assert "31q-2026" in result.stdout
    assert ":233:18: error image-missing-file" in result.stdout
    assert result.stdout.strip().endswith(
        "28/31 questions pass the official check; leaderboard: 28/31 (3 warnings)"
    )


def test_json_format_has_the_documented_shape() -> None:
    seed = next(SEEDS.glob("003_*.md"))
    result = cli("check", "--format", "json", str(seed), str(EXAMPLE))
    data = json.loads(result.stdout)
    assert [entry["file"] for entry in data] == [str(seed), str(EXAMPLE)]
    first = data[0]
    expected = json.loads(seed.with_suffix(".json").read_text())
    passing = sum(q["ok"] for q in expected["questions"])
    assert first["profile"] == "31q-2025"
    assert first["official"] == {
        "would_fail": False,
        "reason": None,
        "passing": passing,
        "total": 31,
        "warnings": 31 - passing,
        "leaderboard": passing,
    }
    assert first["headline"].startswith(f"{passing}/31 questions pass the official check")
    assert [(q["number"], q["words"], q["images"]) for q in first["questions"]] == [
        (q["number"], q["words"], q["images"]) for q in expected["questions"]
    ]
    assert first["questions"][2]["limits"] == {"words": [100, 200], "images": None}
    diagnostic = first["diagnostics"][0]
    assert set(diagnostic) == {"code", "severity", "message", "question", "range"}
    assert set(diagnostic["range"]) == {"start", "end"}


def test_json_status_words_each_question() -> None:
    seed = next(SEEDS.glob("003_*.md"))
    questions = json.loads(cli("check", "-f", "json", str(seed)).stdout)[0]["questions"]
    expected = json.loads(seed.with_suffix(".json").read_text())["questions"]
    assert [q["status"] == "ok" for q in questions] == [q["ok"] for q in expected]
    failing = [q for q in questions if not q["passes"]]
    assert failing, "the seed has questions outside their limits"
    for question in failing:
        low, high = question["limits"]["words"] or (0, question["words"])
        if question["words"] > high:
            assert f"{question['words'] - high} words over" in question["status"]
        elif question["words"] < low:
            assert f"{low - question['words']} words short" in question["status"]


def test_json_reports_official_failure_reason() -> None:
    seed = next(SEEDS.glob("000_*.md"))
    data = json.loads(cli("check", "-f", "json", str(seed)).stdout)
    assert data[0]["official"]["would_fail"] is True
    assert data[0]["official"]["reason"] == "ValueError: expected 31 answers, found 25"
    assert (data[0]["official"]["warnings"], data[0]["official"]["leaderboard"]) == (0, 31)
    assert "cannot be graded" in data[0]["headline"]


def test_crashing_report_summary_says_it_shows_complete_but_cannot_be_graded() -> None:
    seed = next(SEEDS.glob("000_*.md"))
    last = cli("check", str(seed)).stdout.strip().split("\n")[-1]
    assert last.startswith("0/31 questions pass the official check: it stops with")
    assert "the leaderboard will show 31/31" in last and "cannot be graded" in last


def test_status_column_names_errors_instead_of_ok() -> None:
    """Question 21 of the example passes its counts but shows a missing image file."""
    table = cli("check", str(EXAMPLE)).stdout.split("\n")
    row = next(line for line in table if line.split()[:1] == ["21"])
    assert row.rstrip().endswith("error: image-missing-file"), row
    assert " ok" not in row
    csv_rows = cli("check", "-f", "csv", str(EXAMPLE)).stdout.split("\n")
    assert csv_rows[21].endswith(",error: image-missing-file"), csv_rows[21]


def test_github_puts_the_summary_first_and_leaderboard_costs_before_the_rest(
    tmp_path: Path,
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    result = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "check", "-f", "github", str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "GITHUB_STEP_SUMMARY": str(summary)},
    )
    lines = result.stdout.strip().split("\n")
    assert lines[0].startswith("::notice file=") and "title=mlops-report::28/31" in lines[0]
    assert sum(line.startswith("::notice") and "title=mlops-report" in line for line in lines) == 1
    codes = [re.search(r"title=([\w-]+)::", line).group(1) for line in lines[1:]]  # type: ignore[union-attr]
    costing = [n for n, code in enumerate(codes) if code in ("word-count", "image-count")]
    assert len(costing) == 3 and costing == list(range(3)), codes
    assert len(codes) == len(
        json.loads(cli("check", "-f", "json", str(EXAMPLE)).stdout)[0]["diagnostics"]
    )
    markdown = summary.read_text()
    assert markdown.startswith("earlier step\n### ")
    assert "28/31 questions pass the official check; leaderboard: 28/31" in markdown
    assert "| 21 | 2 | - | 1 | 1–2 | error: image-missing-file |" in markdown
    assert markdown.count("\n| ") == 32  # the header and 31 questions


def test_github_without_step_summary_writes_no_file(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "check", "-f", "github", str(EXAMPLE)],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert list(tmp_path.iterdir()) == []


def test_unwritable_step_summary_is_one_clear_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "check", "-f", "github", str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "GITHUB_STEP_SUMMARY": str(tmp_path / "missing" / "summary.md")},
    )
    assert result.returncode == 1  # the example's own error, unchanged
    assert result.stderr.startswith("mlops-report: cannot write the step summary")
    assert "Traceback" not in result.stderr


def test_github_and_csv_formats() -> None:
    github = cli("check", "--format", "github", str(EXAMPLE)).stdout
    assert "::error file=" in github and "title=image-missing-file" in github
    rows = cli("check", "--format", "csv", str(EXAMPLE), str(EXAMPLE)).stdout.strip().split("\n")
    assert rows[0].startswith("file,profile,official_runs,question,words")
    assert len(rows) == 1 + 2 * 31


def make_report(root: Path, text: str) -> Path:
    """`reports/README.md` under `root`, with the figure the default answers show."""
    (root / "reports" / "figures").mkdir(parents=True)
    (root / "reports" / "figures" / "plot.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    report = root / "reports" / "README.md"
    report.write_text(text)
    return report


def test_strict_makes_warnings_fail(tmp_path: Path) -> None:
    report = make_report(tmp_path, build_report({4: "short"}))
    assert cli("check", str(report)).returncode == 0
    assert cli("check", "--strict", str(report)).returncode == 1


def test_default_path_and_profile_option(tmp_path: Path) -> None:
    make_report(tmp_path, build_report())
    result = cli("check", "--profile", "31q-2024", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "31q-2024" in result.stdout and "set to 31q-2024" in result.stdout
    bad = cli("check", "--profile", "2099", cwd=tmp_path)
    assert "unknown profile '2099'" in bad.stderr


def test_config_file_changes_severity(tmp_path: Path) -> None:
    make_report(tmp_path, build_report({4: "short"}))
    (tmp_path / ".mlops-report.toml").write_text('[rules]\nword-count = "error"\n')
    result = cli("check", "reports/README.md", cwd=tmp_path)
    assert result.returncode == 1 and "error word-count" in result.stdout


def test_bad_inputs_get_one_clear_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    latin = tmp_path / "latin.md"
    latin.write_bytes("### Question 1\nAsbjørn".encode("latin-1"))
    notes = tmp_path / "notes.md"
    notes.write_text("# Shopping\n\n- milk\n")
    for path, expected in [
        (tmp_path / "missing.md", "no such file"),
        (tmp_path, "is a folder"),
        (empty, "is empty"),
        (latin, "not valid UTF-8"),
        (notes, "not an exam report"),
    ]:
        result = cli("check", str(path))
        assert result.returncode == 2, path
        assert expected in result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().split("\n")) == 1


def test_html_export_writes_complete_document(tmp_path: Path) -> None:
    answer = "```python\nprint('hi')\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    report = make_report(tmp_path, build_report({4: answer}))
    folder = report.parent
    result = cli("html", str(report), "--embed-images")
    assert result.returncode == 0, result.stderr
    html = (folder / "report.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    assert "<title>Exam template for 02476 Machine Learning Operations</title>" in html
    assert '<pre><code class="language-python">' in html and "<table>" in html
    assert 'src="data:image/png;base64,' in html


def test_html_refuses_to_overwrite_markdown(tmp_path: Path) -> None:
    report = tmp_path / "README.md"
    report.write_text(build_report())
    other = tmp_path / "notes.md"
    other.write_text("keep me")
    result = cli("html", str(report), "-o", str(other))
    assert result.returncode == 2 and "refusing" in result.stderr
    assert other.read_text() == "keep me"
