"""Nothing lost: the HTML export writes through a temporary file and a rename, with the user's
normal permissions, never over the report or another Markdown file, keeps a copy of an HTML file it
did not write (or that git tracks), and a failed export keeps the old HTML. Images stay confined to
the repository; the HTML itself may go anywhere the user can write."""

from __future__ import annotations

import base64
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mlops_report_lsp import render
from mlops_report_lsp.render import ExportError, export_html

from processes import mlops_report
from reports import build_report

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
OLD_HTML = "<p>the previous export</p>\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    (root / "reports" / "figures").mkdir(parents=True)
    (root / "reports" / "figures" / "plot.png").write_bytes(PNG)
    (root / "reports" / "README.md").write_text(
        build_report({14: "word " * 220 + "\n\n![plot](figures/plot.png)"}), encoding="utf-8"
    )
    (root / "reports" / "report.html").write_text(OLD_HTML, encoding="utf-8")
    (root / "README.md").write_text("# The project's own README\n", encoding="utf-8")
    return root


def report_of(repo: Path) -> Path:
    return repo / "reports" / "README.md"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every regular file under `folder` (outside .git) and its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink() and ".git" not in path.parts
    }


# --- temp file + rename ------------------------------------------------------------------------------


def test_export_renames_a_temporary_file_from_the_same_folder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renames: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def spy(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        renames.append((Path(source), Path(target)))
        # At the moment of the rename the old file is still whole and the new one complete.
        assert (repo / "reports" / "report.html").read_text(encoding="utf-8") == OLD_HTML
        assert Path(source).read_text(encoding="utf-8").rstrip().endswith("</html>")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    result = export_html(report_of(repo))
    assert result.path == repo / "reports" / "report.html"
    [(temporary, target)] = renames
    assert target == repo / "reports" / "report.html"
    assert temporary.parent == target.parent and temporary != target
    assert not temporary.exists()
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Question 14" in html
    assert [p.name for p in (repo / "reports").iterdir() if p.name.endswith(".tmp")] == []


# --- never over the report, another Markdown file, or outside the repository -----------------------


@pytest.mark.parametrize(
    "target",
    [
        "reports/README.md",
        "README.md",
        "reports/notes.md",
        "reports/NOTES.MD",
        "x.markdown",
        "a.txt",
    ],
)
def test_refuses_markdown_and_text_destinations(repo: Path, target: str) -> None:
    before = snapshot(repo)
    with pytest.raises(ExportError):
        export_html(report_of(repo), repo / target)
    assert snapshot(repo) == before


def test_refuses_the_report_itself_under_another_name(repo: Path) -> None:
    """`report.html` that is a symlink to the report, or the report given through `..`."""
    before = snapshot(repo)
    link = repo / "reports" / "alias.html"
    link.symlink_to("README.md")
    with pytest.raises(ExportError):
        export_html(report_of(repo), link)
    with pytest.raises(ExportError):
        export_html(report_of(repo), repo / "reports" / "figures" / ".." / "README.md")
    assert snapshot(repo) == before


def test_symlink_to_another_file_is_replaced_not_followed(repo: Path) -> None:
    """Writing `report.html` when it is a symlink to another file must not change that file."""
    other = repo / "notes.html"
    other.write_text("<p>keep me</p>", encoding="utf-8")
    out = repo / "reports" / "report.html"
    out.unlink()
    out.symlink_to(other)
    export_html(report_of(repo))
    assert other.read_text(encoding="utf-8") == "<p>keep me</p>"
    assert report_of(repo).read_text(encoding="utf-8").startswith("# Exam template")


@pytest.mark.parametrize("where", ["outside", "dotdot", "symlinked-folder", "absolute-tmp"])
def test_writes_outside_the_repository_where_the_user_says(
    repo: Path, tmp_path: Path, where: str
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    targets = {
        "outside": elsewhere / "report.html",
        "dotdot": repo / "reports" / ".." / ".." / "report.html",
        "symlinked-folder": repo / "reports" / "out" / "report.html",
        "absolute-tmp": tmp_path / "report.html",
    }
    (repo / "reports" / "out").symlink_to(elsewhere, target_is_directory=True)
    before = snapshot(repo)
    result = export_html(report_of(repo), targets[where])
    assert result.path == targets[where] and result.warnings == [] and result.backup is None
    html = targets[where].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Question 14" in html
    # The images point back at the report's figures from where the HTML is.
    [source] = set(_sources(html))
    assert (targets[where].parent / source).resolve() == (repo / "reports/figures/plot.png")
    assert snapshot(repo) == before or where == "symlinked-folder"


def test_cli_refusals_are_one_line_and_exit_2(repo: Path, tmp_path: Path) -> None:
    before = snapshot(tmp_path)
    for output in ("reports/README.md", "README.md", str(tmp_path / "x.md"), "reports"):
        result = mlops_report("html", "reports/README.md", "-o", output, cwd=repo)
        assert result.returncode == 2, result
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("mlops-report: ")
    assert snapshot(tmp_path) == before


def test_cli_writes_outside_the_repository(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "handin" / "report.html"
    out.parent.mkdir()
    result = mlops_report("html", "reports/README.md", "-o", str(out), cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- permissions: the user's umask, not the temporary file's 0600 -----------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077, 0o002])
def test_export_has_the_permissions_of_a_normal_new_file(repo: Path, umask: int) -> None:
    out = repo / "reports" / "fresh.html"
    previous = os.umask(umask)
    try:
        export_html(report_of(repo), out)
        reference = repo / "reports" / "reference.txt"
        reference.write_text("made with open()", encoding="utf-8")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    assert stat.S_IMODE(out.stat().st_mode) == stat.S_IMODE(reference.stat().st_mode)
    assert os.umask(previous) == previous  # the export left the process's umask as it was


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_cli_export_follows_the_shells_umask(repo: Path) -> None:
    result = subprocess.run(
        ["sh", "-c", f'umask 027 && exec "{sys.executable}" -m mlops_report_lsp html -o x.html'],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((repo / "x.html").stat().st_mode) == 0o640


# --- an HTML file we did not write, or one git tracks, is kept as a .bak -----------------------------


def test_foreign_report_html_is_kept_as_bak_and_said(repo: Path) -> None:
    old = repo / "reports" / "report.html"
    old.chmod(0o640)
    result = mlops_report("html", "reports/README.md", cwd=repo)
    assert result.returncode == 0, result.stderr
    backup = repo / "reports" / "report.html.bak"
    assert backup.read_text(encoding="utf-8") == OLD_HTML
    assert stat.S_IMODE(backup.stat().st_mode) == 0o640
    assert "was not written by mlops-report: replaced" in result.stderr
    assert "report.html.bak" in result.stderr
    assert old.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # Our own file is replaced quietly next time: no second backup, no message.
    again = mlops_report("html", "reports/README.md", cwd=repo)
    assert again.returncode == 0 and again.stderr == ""
    assert sorted(p.name for p in (repo / "reports").iterdir() if ".bak" in p.name) == [
        "report.html.bak"
    ]


def test_an_existing_bak_is_never_overwritten(repo: Path) -> None:
    folder = repo / "reports"
    (folder / "report.html.bak").write_text("an older backup", encoding="utf-8")
    first = export_html(report_of(repo))
    assert first.backup == folder / "report.html.bak.1"
    assert (folder / "report.html.bak").read_text(encoding="utf-8") == "an older backup"
    assert first.backup.read_text(encoding="utf-8") == OLD_HTML
    (folder / "report.html").write_text("<p>hand-written</p>", encoding="utf-8")
    second = export_html(report_of(repo))
    assert second.backup == folder / "report.html.bak.2"
    assert [w for w in second.warnings if "report.html.bak.2" in w]


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.mark.parametrize("version", ["2", "3", "4"])
def test_tracked_report_html_is_kept_as_bak_even_when_we_wrote_it(
    tmp_path: Path, version: str
) -> None:
    """Our own export, committed for the hand-in: replacing it changes what is handed in."""
    root = tmp_path / "group"
    (root / "reports" / "figures").mkdir(parents=True)
    (root / "reports" / "figures" / "plot.png").write_bytes(PNG)
    report = root / "reports" / "README.md"
    report.write_text(build_report(), encoding="utf-8")
    git("init", "-q", cwd=root)
    first = export_html(report)
    assert first.backup is None
    (root / "reports" / "other.html").write_text("x", encoding="utf-8")
    git("add", "reports/report.html", "reports/README.md", cwd=root)
    if version == "3":
        git("add", "--intent-to-add", "reports/other.html", cwd=root)  # extended flags
    git("update-index", "--index-version", version, cwd=root)
    assert (root / ".git" / "index").read_bytes()[4:8] == int(version).to_bytes(4, "big")
    before = (root / "reports" / "report.html").read_bytes()
    result = export_html(report)
    assert result.backup == root / "reports" / "report.html.bak"
    assert result.backup.read_bytes() == before
    assert result.warnings == [
        f"`{root / 'reports' / 'report.html'}` is tracked by git: replaced; the previous file "
        f"is kept as `{result.backup}`"
    ]
    # An untracked HTML of ours beside it is replaced without a copy.
    assert export_html(report, root / "reports" / "mine.html").backup is None
    assert export_html(report, root / "reports" / "mine.html").backup is None


def test_git_worktree_file_points_to_the_index(tmp_path: Path) -> None:
    """`.git` may be a file (`gitdir: ...`), as in worktrees and submodules."""
    main = tmp_path / "main"
    (main / "reports" / "figures").mkdir(parents=True)
    (main / "reports" / "figures" / "plot.png").write_bytes(PNG)
    git("init", "-q", cwd=main)
    (main / "f").write_text("x", encoding="utf-8")
    git("add", "f", cwd=main)
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x", cwd=main)
    (main / "reports" / "README.md").write_text(build_report(), encoding="utf-8")
    (main / "reports" / "report.html").write_text("<p>committed</p>", encoding="utf-8")
    git("add", ".", cwd=main)
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "y", cwd=main)
    git("worktree", "add", "-q", str(tmp_path / "side"), cwd=main)
    side = tmp_path / "side"
    assert (side / ".git").is_file()
    (side / "reports" / "report.html").write_text(
        '<meta name="generator" content="mlops-report">', encoding="utf-8"
    )
    result = export_html(side / "reports" / "README.md")
    assert result.backup is not None and "is tracked by git" in result.warnings[0]


def test_unreadable_or_foreign_index_counts_as_untracked(repo: Path) -> None:
    """The fixture's `.git` is an empty folder: no index, so only the marker decides."""
    (repo / ".git" / "index").write_bytes(b"DIRC\x00\x00\x00\x09garbage")
    assert export_html(report_of(repo)).backup is not None  # not ours
    assert export_html(report_of(repo)).backup is None  # ours now, and not known to git


# --- a failed export leaves the old report.html intact ----------------------------------------------


def _assert_old_html_intact(repo: Path) -> None:
    folder = repo / "reports"
    assert (folder / "report.html").read_text(encoding="utf-8") == OLD_HTML
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".report.html")]
    assert leftovers == [], leftovers


def test_rendering_that_raises_keeps_the_old_html(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> tuple[str, list[str]]:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(render, "render_html", broken)
    with pytest.raises(RuntimeError):
        export_html(report_of(repo))
    _assert_old_html_intact(repo)


def test_write_failing_halfway_keeps_the_old_html(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up after part of the file was written."""
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.stream = real_fdopen(*args, **kwargs)  # type: ignore[call-overload]

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, text: str) -> int:
            self.stream.write(text[: len(text) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", Full)
    with pytest.raises(ExportError, match="No space left"):
        export_html(report_of(repo))
    _assert_old_html_intact(repo)


def test_rename_failing_keeps_the_old_html(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError):
        export_html(report_of(repo))
    _assert_old_html_intact(repo)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_keeps_the_old_html(repo: Path) -> None:
    folder = repo / "reports"
    folder.chmod(0o555)
    try:
        result = mlops_report("html", "reports/README.md", cwd=repo)
        assert result.returncode == 2 and "cannot write" in result.stderr
    finally:
        folder.chmod(0o755)
    _assert_old_html_intact(repo)


def test_unreadable_report_keeps_the_old_html(repo: Path) -> None:
    report_of(repo).write_bytes(b"caf\xe9\n")
    result = mlops_report("html", "reports/README.md", cwd=repo)
    assert result.returncode == 2 and "UTF-8" in result.stderr
    _assert_old_html_intact(repo)


# --- images --------------------------------------------------------------------------------------------


def _with_images(repo: Path, tmp_path: Path, targets: list[str]) -> Path:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG SECRET " + b"s" * 64)
    (repo / "reports" / "figures" / "escape.png").symlink_to(secret)
    images = "\n\n".join(f"![img {n}]({target})" for n, target in enumerate(targets))
    report_of(repo).write_text(build_report({19: images}), encoding="utf-8")
    return secret


LEAVING = [
    "../../secret.png",
    "figures/../../../secret.png",
    "figures/escape.png",  # a symlink inside figures/ pointing outside the repository
    "{secret}",  # absolute path
    "file://{secret}",
    "%2e%2e/%2e%2e/secret.png",
]


def test_refuses_images_leaving_the_repository(repo: Path, tmp_path: Path) -> None:
    secret_path = tmp_path / "secret.png"
    targets = [t.format(secret=secret_path) for t in LEAVING]
    secret = _with_images(repo, tmp_path, targets)
    result = export_html(report_of(repo), embed_images=True)
    html = result.path.read_text(encoding="utf-8")
    leaked = base64.b64encode(secret.read_bytes()).decode("ascii")
    assert leaked[:40] not in html
    assert str(tmp_path) not in " ".join(_sources(html))
    assert "secret.png" not in " ".join(_sources(html))
    outside = [w for w in result.warnings if "outside the repository" in w]
    assert len(outside) == len(targets), result.warnings


def test_embed_images_inlines_data_uris(repo: Path) -> None:
    result = export_html(report_of(repo), embed_images=True)
    sources = _sources(result.path.read_text(encoding="utf-8"))
    assert sources, "no <img> in the export"
    prefix = "data:image/png;base64,"
    for source in sources:
        assert source.startswith(prefix), source[:60]
        assert base64.b64decode(source[len(prefix) :]) == PNG
    assert [w for w in result.warnings if w.startswith("image ")] == []


def test_without_embedding_images_stay_relative(repo: Path) -> None:
    result = export_html(report_of(repo))
    sources = _sources(result.path.read_text(encoding="utf-8"))
    assert sources and set(sources) == {"figures/plot.png"}


def test_cli_embed_images(repo: Path) -> None:
    result = mlops_report("html", "--embed-images", "reports/README.md", cwd=repo)
    assert result.returncode == 0, result.stderr
    html = (repo / "reports" / "report.html").read_text(encoding="utf-8")
    assert base64.b64encode(PNG).decode("ascii") in html


def _sources(html: str) -> list[str]:
    return re.findall(r'<img[^>]*?\bsrc="([^"]*)"', html)


# --- fenced code inside list items renders as code ----------------------------------------------------


def test_fences_inside_list_items_render_as_code(repo: Path) -> None:
    answer = (
        "Steps:\n\n1. Build the image:\n\n   ```bash\n   docker build -t app .\n   ```\n"
        "2. Run it\n   ```\n   docker run <image>\n   ```\n\n"
        "- nested\n    - deeper\n\n        ```python\n        print('hi')\n        ```\n"
    )
    report_of(repo).write_text(build_report({4: answer}), encoding="utf-8")
    html = export_html(report_of(repo)).path.read_text(encoding="utf-8")
    assert "```" not in html
    ordered = html[html.index("<ol>") : html.index("</ol>")]
    assert (
        '<li>\n<p>Build the image:</p>\n<pre><code class="language-bash">docker build -t app .'
        in ordered
    )
    assert "<pre><code>docker run &lt;image&gt;\n</code></pre>" in ordered
    assert ordered.count("<li>") == 2
    nested = html[html.index("<ul>") :]
    assert nested.index("deeper") < nested.index("<code class=\"language-python\">print('hi')")
    assert nested.index("print('hi')") < nested.index("</ul>")


def test_a_file_git_tracks_in_another_repository_is_kept_too(repo: Path, tmp_path: Path) -> None:
    """`-o` into another clone: its own index says whether the target is tracked."""
    other = tmp_path / "handin"
    other.mkdir()
    git("init", "-q", cwd=other)
    target = other / "report.html"
    target.write_text('<meta name="generator" content="mlops-report">', encoding="utf-8")
    git("add", "report.html", cwd=other)
    result = export_html(report_of(repo), target)
    assert result.backup == other / "report.html.bak"
    assert "is tracked by git" in result.warnings[-1]
