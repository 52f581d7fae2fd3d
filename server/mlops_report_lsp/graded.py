"""The page the teachers read: what the course's `report.py html` writes, byte for byte, plus a
banner wherever that page differs from GitHub's rendering.

The official script reads `README.md` with universal newlines, drops its first 43 characters (once
a front-matter block, now the start of the title) and converts the rest with Python-Markdown and
no extensions: fenced code, tables and task lists stay text. The banners are `<div>` elements put
between the top-level elements of that very conversion, so removing them gives the official bytes.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Sequence
from pathlib import Path

import markdown
from markdown.util import AtomicString

from mlops_report_lsp.grouping import own_message
from mlops_report_lsp.model import Severity
from mlops_report_lsp.render import (
    GENERATOR,
    ExportResult,
    check_destination,
    write_export,
)
from mlops_report_lsp.rules.template import EXPORT_PROBLEMS

CUT = 43
EXPORT_RULE = "html-export"
BANNER_CLASS = "mlops-report-banner"
BANNER_STYLE = (
    "background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.4em .8em;"
    "margin:.8em 0;font:14px/1.4 system-ui,sans-serif;color:#3b2300"
)
PREVIEW = (
    "Preview of the page the teachers grade: the course's report.py html, exactly. The yellow "
    "notes are not part of it; each marks a place where this page differs from GitHub."
)
BEFORE_QUESTIONS = {
    "tasklist": "The checklist's boxes: GitHub shows checkboxes, the graded page shows `[ ]` and "
    "`[x]` as text.",
    "fence": "Fenced code: GitHub shows a code block, the graded page one run of inline text.",
    "table": "A table: GitHub shows a table, the graded page its rows as text with `|`.",
}
"""What differs in the template's text before the questions (no rule reports on that part); any
other kind of block there is worded as the `html-export` rule words it in an answer."""
TAB_LENGTH = 4
GRADED_NAME = "report.graded.html"


@dataclasses.dataclass(frozen=True)
class Place:
    """A line of the report where the graded page differs from GitHub, and how."""

    line: int
    message: str


def universal_newlines(raw: str) -> str:
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def _header_message(text: str) -> str | None:
    cut = text[:CUT]
    if not cut.strip():
        return None
    shown = cut.replace("\n", "⏎").strip("⏎ ")
    if cut.startswith("---") and cut.rstrip("\n").endswith("---"):
        return f"The graded page leaves out the first {CUT} characters: the front matter `{shown}`."
    return (
        f"The graded page starts {CUT} characters into the file: `{shown}` is cut off, so the "
        "beginning of the report is missing or broken."
    )


def graded_places(raw: str, path: Path | None) -> list[Place]:
    """Where the graded page differs from GitHub: the engine's `html-export` findings (switched on
    here whatever the settings say) and the blocks of the template's text before the questions."""
    from mlops_report_lsp.analysis import analyze
    from mlops_report_lsp.config import load_config

    config = load_config(path).config
    config = dataclasses.replace(config, rules={**config.rules, EXPORT_RULE: Severity.HINT})
    analysis = analyze(raw, path, config)
    places: dict[int, list[str]] = {}
    for finding in analysis.findings:
        if finding.code == EXPORT_RULE:
            places.setdefault(finding.span.start.line, []).append(own_message(finding))
    for block in analysis.report.preamble.blocks:
        message = BEFORE_QUESTIONS.get(block.kind) or EXPORT_PROBLEMS[block.kind]
        places.setdefault(block.span.start.line, []).append(message)
    return [
        Place(line, " ".join(dict.fromkeys(messages))) for line, messages in sorted(places.items())
    ]


def _banner(message: str) -> etree.Element:
    banner = etree.Element(
        "div", {"class": BANNER_CLASS, "data-generator": GENERATOR, "style": BANNER_STYLE}
    )
    banner.text = AtomicString(message)
    return banner


def _normalised(line: str) -> str:
    """A line as Python-Markdown's whitespace preprocessor leaves it."""
    line = line.expandtabs(TAB_LENGTH)
    return "" if not line.strip() else line


class _BannerParser:
    """Parses the document's top level as Python-Markdown does, remembering which top-level element
    each block of text went into, then puts each banner before the element holding its place."""

    def __init__(
        self, md: markdown.Markdown, source_lines: list[str], wanted: Sequence[tuple[int, str]]
    ) -> None:
        self.md, self.source_lines, self.wanted = md, source_lines, wanted

    def _block_indices(self, lines: list[str]) -> list[int]:
        """The block (as `text.split("\\n\\n")` numbers them) each wanted line is in, or -1.

        The preprocessors keep lines as they are except raw HTML blocks, which become one
        placeholder, so source lines are matched to parsed lines where the two sequences agree.
        """
        source = [_normalised(line) for line in self.source_lines]
        matcher = difflib.SequenceMatcher(None, source, lines, autojunk=False)
        moved: dict[int, int] = {}
        for tag, first, last, target, _ in matcher.get_opcodes():
            if tag == "equal":
                moved.update({line: target + line - first for line in range(first, last)})
        text = "\n".join(lines)
        separators, position = [], text.find("\n\n")
        while position != -1:
            separators.append(position)
            position = text.find("\n\n", position + 2)
        starts, offset = [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        return [
            bisect.bisect_left(separators, starts[moved[line]]) if line in moved else -1
            for line, _ in self.wanted
        ]

    def parse(self, lines: Iterable[str]) -> etree.ElementTree:
        parsed = list(lines)
        parser = self.md.parser
        root = parser.root = etree.Element(self.md.doc_tag)
        blocks = "\n".join(parsed).split("\n\n")
        total = len(blocks)
        starts: list[tuple[int, etree.Element | None]] = []
        while blocks:
            index, before = total - len(blocks), len(root)
            for processor in parser.blockprocessors:
                if processor.test(root, blocks[0]) and processor.run(root, blocks) is not False:
                    break
            holder = root[before] if len(root) > before else (root[-1] if len(root) else None)
            starts.append((index, holder))
        targets: list[tuple[etree.Element | None, str]] = []
        for block, (_, message) in zip(self._block_indices(parsed), self.wanted, strict=True):
            if block < 0:
                continue
            holder = next((h for start, h in reversed(starts) if start <= block), None)
            if (holder, message) not in targets:  # one banner per element and kind of difference
                targets.append((holder, message))
        for holder, message in targets:
            position = list(root).index(holder) if holder is not None else len(root)
            root.insert(position, _banner(message))
        return etree.ElementTree(root)


def render_graded(raw: str, places: Sequence[Place]) -> str:
    """`markdown.markdown(text[43:])` of the report as the script reads it, with the banners."""
    text = universal_newlines(raw)
    body_text = text[CUT:]
    cut_lines = text[:CUT].count("\n")
    wanted = [(place.line - cut_lines, place.message) for place in places if place.line > cut_lines]
    md = markdown.Markdown()
    banners = _BannerParser(md, body_text.split("\n"), wanted)
    md.parser.parseDocument = banners.parse  # type: ignore[method-assign]
    body = md.convert(body_text)
    preview = _banner(PREVIEW)
    # The official page has no charset; this one says UTF-8 so the notes (and the report's own
    # letters) read right. Browsers honour a <meta charset> anywhere in the first 1024 bytes.
    preview.insert(0, etree.Element("meta", {"charset": "utf-8"}))
    preview[0].tail, preview.text = preview.text, None
    header = [preview]
    header_message = _header_message(text)
    if header_message:
        header.append(_banner(header_message))
    top = "\n".join(etree.tostring(b, encoding="unicode", method="html") for b in header)
    return f"{top}\n{body}" if body else top


def export_graded(
    report_path: Path, out: Path | None = None, text: str | None = None
) -> ExportResult:
    """Write the graded preview to `out`, default `report.graded.html` beside the report (the
    student's own `report.html`, perhaps committed for the hand-in, is left alone)."""
    from mlops_report_lsp.reading import read_report

    out = out if out is not None else report_path.parent / GRADED_NAME
    check_destination(report_path, out)
    if text is None:
        text = read_report(report_path)
    document = render_graded(text, graded_places(text, report_path))
    return write_export(out, document)
