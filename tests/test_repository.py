"""Repository evidence: verdicts against hand labels on real group repositories, the inventory's
bounds, the checklist's marks, the two rules and `mlops-report repo`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from group_fixtures import QUIET_GIT, checkout, labels, names

from mlops_report_lsp.analysis import analyze
from mlops_report_lsp.gitindex import tracked
from mlops_report_lsp.lsp.actions import fix_all_edits
from mlops_report_lsp.repository import build, evidence, find_root
from mlops_report_lsp.repository.checklist import items
from mlops_report_lsp.repository.hovers import question_hover

from processes import mlops_report

CHECKLIST = """# Exam template for 02476 Machine Learning Operations

## Overall project checklist

### Week 1

* [x] Create a git repository (M5)
* [ ] Construct one or multiple docker files for your code (M10)
* [x] Used Hydra to load the configurations and manage your hyperparameters (M11)
* [ ] Make sure that all team members have write access to the GitHub repository (M5)

## Group information

### Question 1
> **Enter the group number you signed up on <learn.inside.dtu.dk>**
>
> Answer:

1
"""


def run_repo(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return mlops_report("repo", *args, cwd=cwd)


def make_repo(root: Path, report: str = CHECKLIST, files: dict[str, str] | None = None) -> Path:
    (root / ".git").mkdir(parents=True)
    (root / "reports").mkdir()
    (root / "reports" / "README.md").write_text(report, encoding="utf-8")
    for name, content in (files or {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content, encoding="utf-8")
    return root / "reports" / "README.md"


# -- real repositories -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(labels()))
def test_verdicts_match_the_hand_labels(name: str, tmp_path: Path) -> None:
    judged = evidence(checkout(name, tmp_path))
    got = {entry.item.line + 1: entry.verdict for entry in judged.checklist}
    expected = {entry["line"]: entry["expected"] for entry in labels()[name]}
    assert got == expected


@pytest.mark.parametrize("name", names())
def test_every_real_repository_is_judged(name: str, tmp_path: Path) -> None:
    judged = evidence(checkout(name, tmp_path))
    assert not judged.inventory.partial
    assert judged.facts.python_files > 0
    for entry in judged.checklist:
        assert entry.verdict in ("yes", "no", "not-in-repo")
        assert entry.looked_for
        assert (entry.verdict == "yes") == bool(entry.hits)
        for hit in entry.hits:
            assert not hit.path.startswith("reports/")
            assert (judged.root / hit.path).exists()


def test_every_current_item_has_a_probe_or_a_reason(tmp_path: Path) -> None:
    """The 2026 template's 53 items, as the course repository has them, all map to an entry."""
    report = (
        Path(__file__).parent / "group_repos" / names()[0] / "reports" / "README.md"
    ).read_text()
    judged = evidence(make_repo(tmp_path, report))
    assert judged.generation == "2026"
    assert len(judged.checklist) == 53
    assert not [e.item.text for e in judged.checklist if e.looked_for == "no probe knows this item"]


# -- the checklist -----------------------------------------------------------------------------


def test_marks_students_really_write() -> None:
    text = (
        "## Overall project checklist\n## Week 1\n"
        + "\n".join(
            f"* [{mark}] Item {index} (M{index})"
            for index, mark in enumerate(["x", "X", "*", "(x)", " x", " ", "", "-", "✓"])
        )
        + "\n* [x] Ticked <!-- a note (M99) -->\n## Group information\n* [x] not an item\n"
    )
    found = items(text)
    assert [item.ticked for item in found] == [True] * 5 + [False] * 3 + [True, True]
    assert [item.module for item in found][:3] == ["M0", "M1", "M2"]
    assert found[-1].text == "Ticked" and found[-1].module is None
    first = found[0]
    assert text.splitlines()[first.line][first.mark_start : first.mark_end] == "x"


def test_a_checklist_without_items(tmp_path: Path) -> None:
    report = "# Report\n\n## Overall project checklist\n\nSee CHECKLIST.md\n\n### Question 1\n"
    make_repo(tmp_path, report)
    result = run_repo("--format", "json", tmp_path, cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["checklist"] == []
    assert "no checklist items found" in result.stderr
    assert "no checklist items found" in run_repo(tmp_path, cwd=tmp_path).stdout


# -- the inventory and its bounds --------------------------------------------------------------


def test_gitignore_is_honoured_and_odd_patterns_do_not_break_the_walk(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text(
        "data/\n*.pt\n!keep.pt\n[\n[z-a]\n\\\n/\n!\n#comment\n" + "a" * 5000 + "\n\udcff\n",
        encoding="utf-8",
        errors="surrogateescape",
    )
    for name in (
        "data/x.csv",
        "model.pt",
        "keep.pt",
        "src/train.py",
        "sub/.gitignore",
        "sub/a.log",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("*.log\n" if name.endswith(".gitignore") else "x")
    files = build(tmp_path).files
    assert "src/train.py" in files and "keep.pt" in files
    assert "data/x.csv" not in files and "model.pt" not in files and "sub/a.log" not in files


def test_tracked_files_count_inside_ignored_folders(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("data\n")
    (tmp_path / "pkg" / "data").mkdir(parents=True)
    (tmp_path / "pkg" / "data" / "make_dataset.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "data" / "untracked.py").write_text("x = 1\n")
    for command in (["init", "-q"], ["add", "-f", ".gitignore", "pkg/data/make_dataset.py"]):
        subprocess.run(["git", *command], cwd=tmp_path, env=QUIET_GIT, check=True)
    files = build(tmp_path).files
    assert "pkg/data/make_dataset.py" in files and "pkg/data/untracked.py" not in files
    subprocess.run(["git", "update-index", "--index-version", "4"], cwd=tmp_path, check=True)
    assert tracked(tmp_path) == {".gitignore", "pkg/data/make_dataset.py"}
    (tmp_path / ".git" / "index").write_bytes(b"DIRC\0\0\0\2\0\0\0\5garbage")
    assert tracked(tmp_path) is None
    assert "pkg/data/untracked.py" not in build(tmp_path).files


def test_a_hundred_thousand_files_stay_in_budget_and_the_code_is_still_found(
    tmp_path: Path,
) -> None:
    images = tmp_path / "data" / "images"
    images.mkdir(parents=True)
    for index in range(100_000):
        os.close(os.open(images / f"{index:06}.png", os.O_CREAT | os.O_WRONLY))
    make_repo(
        tmp_path,
        files={
            "src/pkg/deep/train.py": "import hydra\n@hydra.main()\ndef main() -> None: ...\n",
            ".github/workflows/tests.yaml": "on: push\n",
            "dockerfiles/train.dockerfile": "FROM python:3.12\n",
        },
    )
    start = time.perf_counter()
    judged = evidence(tmp_path)
    assert time.perf_counter() - start < 5
    inventory = judged.inventory
    assert inventory.partial and len(inventory.files) <= 20_000
    assert {"src/pkg/deep/train.py", ".github/workflows/tests.yaml"} <= set(inventory.files)
    verdicts = {entry.item.text[:20]: entry.verdict for entry in judged.checklist}
    assert verdicts["Used Hydra to load t"] == "yes"
    assert verdicts["Construct one or mul"] == "yes"
    assert "partial" in run_repo(tmp_path, cwd=tmp_path).stdout


def test_symlinks_never_lead_out_and_loops_end(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "Dockerfile").write_text("FROM python\n")
    repo = tmp_path / "repo"
    make_repo(repo, files={"src/app.py": "x = 1\n"})
    (repo / "loop").symlink_to(repo)
    (repo / "src" / "self").symlink_to("..")
    (repo / "out").symlink_to(outside)
    (repo / "Dockerfile").symlink_to(outside / "Dockerfile")
    (repo / "app_link.py").symlink_to(repo / "src" / "app.py")
    files = build(repo).files
    assert "app_link.py" in files and "src/app.py" in files
    assert not [name for name in files if "Dockerfile" in name or name.startswith(("loop", "out"))]


def test_an_unreadable_folder_is_reported_not_fatal(tmp_path: Path) -> None:
    make_repo(tmp_path, files={"secret/a.py": "x\n", "src/b.py": "y\n"})
    (tmp_path / "secret").chmod(0)
    try:
        inventory = build(tmp_path)
        readable = os.access(tmp_path / "secret", os.R_OK)  # root reads it anyway
    finally:
        (tmp_path / "secret").chmod(0o755)
    assert "src/b.py" in inventory.files
    if readable:
        assert "secret/a.py" in inventory.files
    else:
        assert any("secret/ could not be read" in reason for reason in inventory.partial)


def test_a_binary_file_named_dockerfile_is_no_dockerfile(tmp_path: Path) -> None:
    make_repo(tmp_path)
    (tmp_path / "Dockerfile").write_bytes(b"\x7fELF\0\0FROM python\0" * 100)
    judged = evidence(tmp_path)
    docker = next(e for e in judged.checklist if "docker files" in e.item.text)
    assert docker.verdict == "no" and "FROM" in docker.looked_for
    assert judged.facts.dockerfiles == 1  # the scraper counts it by name


def test_a_report_outside_any_repository(tmp_path: Path) -> None:
    lone = tmp_path / "notes" / "report.md"
    lone.parent.mkdir()
    lone.write_text(CHECKLIST)
    assert find_root(lone) == tmp_path
    result = run_repo(lone, cwd=tmp_path)
    assert result.returncode == 0
    assert f"repository {tmp_path}" in result.stdout and "checklist:" in result.stdout
    missing = run_repo(tmp_path / "nothing", cwd=tmp_path)
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr


# -- the command line --------------------------------------------------------------------------


def test_json_has_the_documented_shape(tmp_path: Path) -> None:
    make_repo(tmp_path, files={"configs/train.yaml": "lr: 1\n", "src/train.py": "import hydra\n"})
    result = run_repo("--format", "json", tmp_path / "reports" / "README.md", cwd=tmp_path)
    [repo] = json.loads(result.stdout)
    assert set(repo) == {"repository", "report", "files", "partial", "facts", "checklist"}
    assert set(repo["facts"]) == {
        "dockerfiles",
        "python_files",
        "workflow_files",
        "requirements",
        "cloudbuild",
        "dvc",
        "size_mb",
    }
    hydra = repo["checklist"][2]
    assert hydra == {
        "line": 9,
        "text": "Used Hydra to load the configurations and manage your hyperparameters (M11)",
        "module": "M11",
        "ticked": True,
        "evidence": "yes",
        "paths": ["src/train.py:1"],
        "looked_for": hydra["looked_for"],
    }
    assert CHECKLIST.splitlines()[hydra["line"] - 1].startswith("* [x] Used Hydra")
    assert [item["evidence"] for item in repo["checklist"]] == ["yes", "no", "yes", "not-in-repo"]


def test_csv_has_one_row_per_item(tmp_path: Path) -> None:
    make_repo(tmp_path)
    lines = run_repo("--format", "csv", tmp_path, tmp_path, cwd=tmp_path).stdout.splitlines()
    assert lines[0].startswith("repository,report,line,text,module,ticked,evidence")
    assert len(lines) == 1 + 2 * 4


def test_text_ends_with_the_students_summary(tmp_path: Path) -> None:
    make_repo(tmp_path, files={"Dockerfile": "FROM python:3.12\n"})
    out = run_repo(cwd=tmp_path).stdout
    assert out.strip().endswith(
        "checklist: 2 ticked, 1 shown by the repository, 1 not found; 1 done but not ticked"
    )


# -- the rules ---------------------------------------------------------------------------------


def test_rules_ask_and_offer_to_tick_or_untick(tmp_path: Path) -> None:
    report = make_repo(tmp_path, files={"dockerfiles/train.dockerfile": "FROM python:3.12\n"})
    analysis = analyze(report.read_text(), report)
    found = {f.code: f for f in analysis.findings if f.code.startswith("checklist-")}
    hint, question = found["checklist-not-ticked"], found["checklist-no-evidence"]
    assert hint.message == "The repository has `dockerfiles/train.dockerfile:1`: tick it?"
    assert hint.severity.label == "hint" and hint.span.start.line == 7
    assert hint.fix is not None and hint.fix.edits[0].new_text == "x" and not hint.fix.mechanical
    assert question.severity.label == "information" and question.span.start.line == 8
    assert question.message.endswith("untick it?") and "@hydra.main" in question.message
    assert question.fix is not None and question.fix.edits[0].new_text == " "
    edit = question.fix.edits[0].span
    assert CHECKLIST.splitlines()[8][edit.start.character : edit.end.character] == "x"


def test_fix_all_never_ticks_or_unticks(tmp_path: Path) -> None:
    report = make_repo(tmp_path, files={"Dockerfile": "FROM python\n"})
    text = report.read_text().replace("(M5)\n\n## Group", "(M5)\n* [*] Odd mark (M1)\n\n## Group")
    analysis = analyze(text, report)
    fixes = {f.code for f in analysis.findings if f.fix is not None}
    assert {"checklist-no-evidence", "checklist-not-ticked", "checklist-mark"} <= fixes
    edited = {edit.span.start.line for edit in fix_all_edits(analysis.findings)}
    assert edited == {text.split("\n").index("* [*] Odd mark (M1)")}


def test_rules_stay_quiet_away_from_the_course_layout(tmp_path: Path) -> None:
    shutil.copy(make_repo(tmp_path / "r"), tmp_path / "README.md")
    analysis = analyze(CHECKLIST, tmp_path / "README.md")
    assert not [f for f in analysis.findings if f.code.startswith("checklist-n")]


def test_question_hovers_describe_what_the_repository_shows(tmp_path: Path) -> None:
    judged = evidence(checkout("thomas-tams__mlops_02476_project", tmp_path))
    ci = question_hover("Discuss you continuous integration setup.", judged)
    assert ci is not None
    assert (
        "- `tests.yaml`: runs pytest, docker, dvc; os ubuntu-latest/macos-latest; python 3.9/3.11; cached"
        in ci
    )
    dvc = question_hover("Did you use DVC for managing data in your project?", judged)
    assert dvc is not None and "remote: `gs://dtu_mlops_bucket_tcs/`" in dvc
    docker = question_hover("Docker is an important tool", judged)
    assert docker is not None
    target = (judged.root / "dockerfiles" / "gcloud_api.dockerfile").as_uri()
    assert f"[`dockerfiles/gcloud_api.dockerfile:1`]({target}#L1)" in docker
    configs = question_hover("How did you configure experiments?", judged)
    assert configs is not None and ".gitkeep" not in configs and "default_config.yaml" in configs
    assert question_hover("What was the weather like?", judged) is None
