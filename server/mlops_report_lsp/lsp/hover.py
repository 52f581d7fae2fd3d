"""`textDocument/hover`: a question's limits and live counts, or an image reference's file."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.image_paths import is_web_image, local_file, target_kind
from mlops_report_lsp.lsp import status
from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.server import ReportServer
from mlops_report_lsp.wording import off_by, plural, wanted

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import ImageRef, Position, Question, Span
    from mlops_report_lsp.results import QuestionResult


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _pixels(path: Path) -> str | None:
    """Width × height of a PNG or GIF, read from its header."""
    try:
        with path.open("rb") as stream:
            head = stream.read(26)
    except OSError:
        return None
    if head[:8] == b"\x89PNG\r\n\x1a\n" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
    elif head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
    else:
        return None
    return f"{width}×{height} px"


def image_markdown(image: ImageRef, report: Path | None) -> str:
    lines = [f"**Image** `{image.target}`"]
    if image.kind == "comment":
        lines.append("Inside an HTML comment: no reader sees it, yet the official check counts it.")
    elif image.kind == "link":
        lines.append("A link, not an image: the official check does not count it.")
    elif image.kind == "html":
        lines.append("An `<img>` tag: shown, but not counted by the official check.")
    kind = target_kind(image.target)
    if kind == "empty":
        return "\n\n".join([*lines, "No file given."])
    if kind == "remote":
        lines.append("A remote image: not checked.")
        return "\n\n".join(lines)
    if report is None or kind == "absolute":
        lines.append("Not checked: use a path relative to the report.")
        return "\n\n".join(lines)
    path = local_file(report.parent, image.target)
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:
        size = None
    if size is None:
        lines.append(f"✗ The file does not exist (looked for `{path}`).")
        return "\n\n".join(lines)
    facts = ", ".join(filter(None, [_size(size), _pixels(path)]))
    lines.append(f"✓ The file exists: {facts}.")
    if is_web_image(path.name):
        lines.append(f"![{path.name}]({path.as_uri()})")
    return "\n\n".join(lines)


def _count(label: str, value: int, bounds: tuple[int, int] | None, unit: str) -> str:
    """`- Words: **142**, limit 100–200 words (58 more allowed)`, or `- Images: **0** (no limit)`."""
    if bounds is None:
        return f"- {label}: **{value}** (no limit)"
    return f"- {label}: **{value}**, limit {wanted(bounds, unit)}" + _room(value, bounds, unit)


def _room(value: int, bounds: tuple[int, int], unit: str) -> str:
    low, high = bounds
    if value > high:
        return f": **{off_by(value - high, unit)}** the maximum"
    if value < low:
        return f": **{off_by(value - low, unit)}** of the minimum"
    return f" ({plural(high - value, unit)} more allowed)" if high > value else " (at the maximum)"


def question_markdown(analysis: Analysis, result: QuestionResult) -> str:
    limits = result.limits
    verdict = "passes" if result.passes else "does not pass"
    lines = [
        f"**Question {result.number}** {status.mark(result)} {verdict}",
        "",
        _count("Words", result.words, limits.words, "word"),
        _count("Images", result.images, limits.images, "image"),
    ]
    if result.written_words != result.words:
        lines.append(
            f"- The official check reads {plural(result.words, 'word')} of the "
            f"{result.written_words} written here."
        )
    if not analysis.official.runs:
        lines.append(
            "- ⚠ The official check fails on this report"
            + (f" ({analysis.official.error})" if analysis.official.error else "")
            + ": these counts are per heading."
        )
    return "\n".join(lines)


def _part(question: Question, position: Position) -> Span:
    for span in (question.heading, question.prompt, question.body):
        if span is not None and span.contains(position):
            return span
    return question.section


def repository_markdown(analysis: Analysis, position: Position) -> tuple[str, Span] | None:
    """A checklist item's evidence, or what the repository shows for a question's topic."""
    # Imported at the first hover, not before `initialize` is answered (see tests/test_entry.py).
    from mlops_report_lsp.model import Span
    from mlops_report_lsp.repository.hovers import checklist_hover, question_hover
    from mlops_report_lsp.rules.evidence import report_evidence

    evidence = report_evidence(analysis)
    if evidence is None:
        return None
    entry = evidence.at_line(position.line)
    if entry is not None:
        line = analysis.report.source.line_text(position.line)
        return checklist_hover(entry, evidence), Span.line(position.line, 0, len(line))
    question = analysis.report.question_at(position)
    if question is None or question.prompt is None:
        return None
    source = analysis.report.source
    prompt = source.slice(source.offset(question.prompt.start), source.offset(question.prompt.end))
    shown = question_hover(prompt, evidence)
    return None if shown is None else (shown, question.section)


def hover(analysis: Analysis, position: Position) -> tuple[str, Span] | None:
    question = analysis.report.question_at(position)
    if question is None:
        return repository_markdown(analysis, position)
    for image in question.features.images:
        if image.span.contains(position):
            return image_markdown(image, analysis.path), image.span
    result = analysis.result(question.number)
    if result is None or result.question is not question:
        return None
    text, span = question_markdown(analysis, result), _part(question, position)
    if span is question.heading or span is question.prompt:
        found = repository_markdown(analysis, position)
        if found is not None:
            text = f"{text}\n\n---\n\n{found[0]}"
    return text, span


def register(server: ReportServer) -> None:
    @server.handles_report(types.TEXT_DOCUMENT_HOVER)
    def on_hover(
        params: types.HoverParams, analysis: Analysis, document: Document
    ) -> types.Hover | None:
        codec = document.codec
        found = hover(analysis, codec.from_client(params.position))
        if found is None:
            return None
        text, span = found
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
            range=codec.to_range(span),
        )
