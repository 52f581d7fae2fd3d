"""Joined glob matching equals pathspec's own: the probes' globs, real `.gitignore` files, random globs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pathspec
from hypothesis import given, settings
from hypothesis import strategies as st

from mlops_report_lsp.repository.globs import Globs
from mlops_report_lsp.tables import builtin_table

FIXTURE_TREES = Path(__file__).parent / "group_repos"
FIXTURE_PATHS = sorted(
    path.relative_to(tree).as_posix()
    for tree in FIXTURE_TREES.iterdir()
    if tree.is_dir()
    for path in tree.rglob("*")
    if path.is_file()
)
FOLDERS = sorted({path.rsplit("/", 1)[0] + "/" for path in FIXTURE_PATHS if "/" in path})
PATHS = [
    *FIXTURE_PATHS,
    *FOLDERS,
    "reports/a.png",
    ".dvc/config",
    "a/.github/x.yml",
    "x.Dockerfile",
]


def _probe_globs() -> list[list[str]]:
    raw = builtin_table("repository/data/probes.toml")
    found: list[list[str]] = [["/reports/"]]
    for spec in raw.values():
        for alternative in spec["any"]:
            found += [alternative.get("files", []), alternative.get("exclude", [])]
            found += alternative.get("also", [])
    return [globs for globs in found if globs]


def _same(spec: pathspec.PathSpec[Any], paths: list[str]) -> None:
    assert Globs(spec).filter(paths) == [path for path in paths if spec.match_file(path)]


def test_the_probes_globs_match_as_pathspec_does() -> None:
    assert len(PATHS) > 500
    for globs in _probe_globs():
        _same(pathspec.PathSpec.from_lines("gitignore", globs), PATHS)


def test_globs_read_when_first_matched_or_made_ready_match_as_pathspec_does() -> None:
    """`Globs.of` reads its lines when first matched; `ready()` reads them before (the server does
    it when idle): either way, the same matches as pathspec's."""
    for globs in _probe_globs():
        expected = list(pathspec.PathSpec.from_lines("gitignore", globs).match_files(PATHS))
        first, second = Globs.of(globs), Globs.of(globs)
        second.ready()
        assert first.filter(PATHS) == second.filter(PATHS) == expected
        second.ready()
        assert second.filter(PATHS) == expected


def test_real_gitignore_files_match_as_pathspec_does() -> None:
    ignores = sorted(FIXTURE_TREES.rglob(".gitignore"))
    assert len(ignores) >= 10
    for ignore in ignores:
        lines = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
        _same(pathspec.GitIgnoreSpec.from_lines(lines), PATHS)


GLOB_PARTS = st.sampled_from(
    ["*", "**", "?", "[ab]", "tests", ".py", "/", "!", "\\", "a", "(?P<x>", ")", " ", "#", "ps_d"]
)
GLOBS = st.lists(st.lists(GLOB_PARTS, min_size=1, max_size=6).map("".join), max_size=5)
SEGMENTS = st.sampled_from(["a", "b.txt", "tests", "x.py", ".git", "[ab]", "!x", "(?P<x>)"])
RANDOM_PATHS = st.lists(st.lists(SEGMENTS, min_size=1, max_size=4).map("/".join), max_size=20)


@settings(max_examples=300, deadline=None)
@given(GLOBS, RANDOM_PATHS, st.booleans())
def test_random_globs_match_as_pathspec_does(
    globs: list[str], paths: list[str], gitignore: bool
) -> None:
    try:
        spec: pathspec.PathSpec[Any] = (
            pathspec.GitIgnoreSpec.from_lines(globs)
            if gitignore
            else pathspec.PathSpec.from_lines("gitignore", globs)
        )
    except Exception:  # a glob pathspec itself refuses is not ours to match
        return
    _same(spec, paths + PATHS[:50])
