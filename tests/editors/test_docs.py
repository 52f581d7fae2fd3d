"""Every block of docs/editors.md is either run by a test or says why it cannot be."""

from __future__ import annotations

import json
import sys

from .snippets import EDITORS, README, blocks, snippet

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

RUN_BY_TESTS = {
    "install-git": "test_install.py",
    "install-clone": "test_install.py",
    "settings": "tests/lsp/test_settings_and_files.py",
    "neovim-0.11": "test_neovim.py",
    "neovim-0.8": "test_neovim.py",
    "neovim-0.7": "test_neovim.py",
    "emacs": "test_emacs.py",
}


def test_every_block_is_tested_or_says_why_not() -> None:
    found = blocks(EDITORS)
    unmarked = [block.line for block in found if block.kind is None]
    assert not unmarked, f"docs/editors.md: blocks without a snippet/untested marker at {unmarked}"
    assert {b.label for b in found if b.kind == "snippet"} == set(RUN_BY_TESTS)
    text = EDITORS.read_text(encoding="utf-8")
    for block in found:
        if block.kind == "untested":
            assert block.label, f"line {block.line}: say why it is not tested"
            assert "Not tested here" in text.split(block.body, 1)[1].split("##", 1)[0], (
                f"line {block.line}: the reader must see that this block is not tested"
            )


def test_helix_block_is_valid_and_keeps_the_default_servers() -> None:
    helix = next(b for b in blocks(EDITORS) if b.language == "toml")
    config = tomllib.loads(helix.body)
    server = config["language-server"]["mlops-report"]
    assert [server["command"], *server["args"]] == ["mlops-report", "lsp"]
    assert isinstance(server["config"]["mlopsReport"], dict)
    (markdown,) = [language for language in config["language"] if language["name"] == "markdown"]
    assert markdown["language-servers"] == ["marksman", "markdown-oxide", "mlops-report"]


def test_settings_block_is_json_with_the_section() -> None:
    assert set(json.loads(snippet(EDITORS, "settings"))) == {"mlopsReport"}


def test_readme_blocks_are_the_tested_ones() -> None:
    """The README's install line is the docs' (tested there); its pre-commit and Action blocks are
    run by .ci/release.sh; any other marked block says why it is not tested."""
    found = [block for block in blocks(README) if block.kind is not None]
    assert {b.label for b in found if b.kind == "snippet"} == {
        "install-git",
        "pre-commit",
        "github-action",
    }
    assert snippet(README, "install-git") == snippet(EDITORS, "install-git")
    text = README.read_text(encoding="utf-8")
    for block in found:
        if block.kind == "untested":
            assert "Not tested here" in text.split(block.body, 1)[1][:400], block.line
