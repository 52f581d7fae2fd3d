"""Random incremental edits through the real server over stdio (UTF-16 positions, as VS Code sends).

A client-side model of the text receives the same edits. At checkpoints (every few edits, and after
the last one) the diagnostics the server publishes for that version must equal a fresh engine
analysis of the client's text, converted to UTF-16 ranges independently of the server's code. Any
difference in the server's view of the text shows up there: the documents are full of findings
whose ranges and messages depend on every line (TODOs, placeholders, image links, word counts).
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types

from mlops_report_lsp.analysis import Analyzer

from .conftest import ReportClient, capabilities, server_config
from reports import build_report

EDITS = 4_000
CHECK_EVERY = 40
SEEDS = [20261125, 7]
STATS: dict[str, int] = {"edits": 0, "checkpoints": 0, "mismatches": 0}

LINE_BREAK = re.compile(r"\r\n|\r|\n")
FRAGMENTS = [
    "x",
    "word ",
    "æøå ",
    "🚀",
    "👩‍💻",
    "🇩🇰 ",
    "𝔘",
    "\n",
    "\n\n",
    "\r\n",
    "TODO ",
    "![fig](figures/missing.png)",
    "[plot](figures/plot.png)",
    '<img src="figures/x.png">',
    "--- question 5 fill here ---",
    "> Answer:",
    "Answer:",
    "### Question 7\n",
    "## Deployment\n",
    "```\n# comment\n",
    "```\n",
    "s12345 ",
    "<!-- ",
    " -->",
    "| a | b |\n|---|---|\n",
    "\ufeff",
    " " * 20 + "word " * 30,
]


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in LINE_BREAK.finditer(text))]


def client_position(text: str, starts: list[int], offset: int) -> types.Position:
    """An offset into the client's text -> an LSP position in UTF-16 units."""
    import bisect

    line = bisect.bisect_right(starts, offset) - 1
    return types.Position(line=line, character=utf16(text[starts[line] : offset]))


def expected_diagnostics(text: str, path: Path) -> list[tuple[Any, ...]]:
    """A fresh analysis of `text`, its ranges converted to UTF-16 here, not by the server."""
    analysis = Analyzer().analyze(text, path)
    bom = text.startswith("\ufeff")
    lines = LINE_BREAK.split(text[1:] if bom else text)

    def convert(line: int, character: int) -> tuple[int, int]:
        column = utf16(lines[line][:character]) if line < len(lines) else 0
        return line, column + (1 if bom and line == 0 else 0)

    return sorted(
        (
            convert(f.span.start.line, f.span.start.character),
            convert(f.span.end.line, f.span.end.character),
            f.code,
            int(f.severity),
            f.message,
        )
        for f in analysis.findings
    )


def published(diagnostics: list[types.Diagnostic]) -> list[tuple[Any, ...]]:
    return sorted(
        (
            (d.range.start.line, d.range.start.character),
            (d.range.end.line, d.range.end.character),
            d.code,
            int(d.severity or 0),
            d.message,
        )
        for d in diagnostics
    )


def starting_text(rng: random.Random) -> str:
    answers = {
        3: "We used 🚀 DVC and æøå TODO.\n\n![plot](figures/plot.png) " + "word " * 90,
        5: "--- question 5 fill here ---\n\n👩‍💻 " * 3,
        14: "[plot](figures/plot.png) 🇩🇰 " + "word " * 210,
        19: "![missing](figures/missing.png) 😀😀😀",
        22: "```bash\n# Base image\nFROM python\n```\n" + "æ " * 120,
    }
    newline = rng.choice(["\n", "\n", "\r\n"])
    bom = "\ufeff" if rng.random() < 0.2 else ""
    return bom + build_report(answers, newline=newline)


def random_edit(rng: random.Random, text: str) -> tuple[int, int, str]:
    """(start, end, new text) as code-point offsets into `text`, never between CR and LF."""
    while True:
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.choice([0, 0, 0, 1, 2, 5, 40, 300]))
        if all(
            not (0 < at < len(text) and text[at - 1] == "\r" and text[at] == "\n")
            for at in (start, end)
        ):
            break
    new = "" if rng.random() < 0.25 else rng.choice(FRAGMENTS)
    return start, end, new


@pytest_lsp.fixture(config=server_config())
async def vscode(lsp_client: ReportClient, workspace: Path) -> Any:
    params = types.InitializeParams(
        capabilities=capabilities("visual_studio_code"),
        root_uri=workspace.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="repo")],
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def _checkpoint(client: ReportClient, uri: str, version: int, text: str, path: Path) -> None:
    got = published(await client.diagnostics_for(uri, version))
    want = expected_diagnostics(text, path)
    STATS["checkpoints"] += 1
    if got != want:
        STATS["mismatches"] += 1
        missing = [d for d in want if d not in got][:3]
        extra = [d for d in got if d not in want][:3]
        raise AssertionError(f"version {version}: missing {missing}, unexpected {extra}")


@pytest.mark.parametrize("seed", SEEDS)
async def test_random_edits_keep_the_server_in_step(
    vscode: ReportClient, workspace: Path, seed: int
) -> None:
    rng = random.Random(seed)
    path = workspace / "reports" / "README.md"
    uri = path.as_uri()
    text = starting_text(rng)
    vscode.open(uri, text)
    await _checkpoint(vscode, uri, 1, text, path)
    started = time.perf_counter()
    for version in range(2, EDITS // len(SEEDS) + 2):
        start, end, new = random_edit(rng, text)
        starts = line_starts(text)
        vscode.change(
            uri,
            version,
            astuple(client_position(text, starts, start)),
            astuple(client_position(text, starts, end)),
            new,
        )
        text = text[:start] + new + text[end:]
        STATS["edits"] += 1
        if version % CHECK_EVERY == 0:
            await _checkpoint(vscode, uri, version, text, path)
    await _checkpoint(vscode, uri, version, text, path)
    # Whole-document sync still agrees after thousands of patches to the line index.
    assert time.perf_counter() - started < 60


def astuple(position: types.Position) -> tuple[int, int]:
    return position.line, position.character


async def test_edits_inside_surrogate_pairs(vscode: ReportClient, workspace: Path) -> None:
    """Edit ranges that start or end between the two UTF-16 halves of an emoji.

    A UTF-16 client then holds lone surrogates; the server must hold the same text, so its
    diagnostics equal a fresh analysis of the client's text.
    """
    rng = random.Random(99)
    path = workspace / "reports" / "README.md"
    uri = path.as_uri()
    units = list(starting_text(rng).encode("utf-16-le"))  # the client's UTF-16 code units, as bytes

    def text_of(raw: list[int]) -> str:
        return bytes(raw).decode("utf-16-le", "surrogatepass")

    vscode.open(uri, text_of(units))
    await _checkpoint(vscode, uri, 1, text_of(units), path)
    pairs_split = 0
    for version in range(2, 402):
        text = text_of(units)
        # Pick an astral character and put one end of the range between its halves.
        astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
        if len(astral) < 5:  # top up: a normal edit inserting emoji where a line starts
            line = rng.randrange(len(line_starts(text)))
            vscode.change(uri, version, (line, 0), (line, 0), "🚀😀")
            start = line_starts(text)[line]
            byte = 2 * utf16(text[:start])
            units[byte:byte] = list("🚀😀".encode("utf-16-le"))
            continue
        offset = rng.choice(astral)
        unit = utf16(text[:offset]) + 1  # between the high and the low surrogate
        line_start = line_starts(text)[bisect_line(text, offset)]
        line = bisect_line(text, offset)
        character = unit - utf16(text[:line_start])
        starts = line_starts(text)
        line_end = starts[line + 1] if line + 1 < len(starts) else len(text)
        line_units = utf16(text[line_start:line_end].rstrip("\r\n"))
        # The range stays on its line: the client and the server both stop at the line's end.
        length = min(rng.choice([0, 0, 1, 2, 3]), line_units - character)
        new = rng.choice(["", "x", "🚀", "æ"])
        vscode.change(uri, version, (line, character), (line, character + length), new)
        byte = 2 * unit
        units[byte : byte + 2 * length] = list(new.encode("utf-16-le"))
        pairs_split += 1
        STATS["edits"] += 1
        if version % 20 == 0:
            await _checkpoint(vscode, uri, version, text_of(units), path)
    assert pairs_split >= 250


def bisect_line(text: str, offset: int) -> int:
    import bisect

    return bisect.bisect_right(line_starts(text), offset) - 1


def test_zz_print_edit_stats() -> None:
    """Not a check: prints this run's numbers (`pytest -s`) for docs/robustness.md."""
    print(f"\nedit stats: {STATS}")


async def test_document_with_lone_surrogates(vscode: ReportClient, workspace: Path) -> None:
    """JSON may carry lone surrogates (`"\\ud83d"`); a UTF-16 client can hold them. The server
    must still publish the same diagnostics as a fresh analysis, and keep serving."""
    path = workspace / "reports" / "README.md"
    uri = path.as_uri()
    text = build_report({3: "half \ud83d of an emoji, TODO \ude80 and ![x](figures/\ud83d.png)"})
    vscode.open(uri, text)
    await _checkpoint(vscode, uri, 1, text, path)
    vscode.change(uri, 2, (0, 0), (0, 0), "\udc00")
    await _checkpoint(vscode, uri, 2, "\udc00" + text, path)
