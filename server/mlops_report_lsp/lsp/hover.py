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
from mlops_report_lsp.model import ImageRef, Position, Question, Span
from mlops_report_lsp.wording import off_by, plural, wanted

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
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


def _limit(bounds: tuple[int, int] | None, unit: str) -> str:
    if bounds is None:
        return "no limit"
    return wanted(bounds, unit)


def _room(value: int, bounds: tuple[int, int] | None, unit: str) -> str:
    if bounds is None:
        return ""
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
        f"- Words: **{result.words}**, limit {_limit(limits.words, 'word')}"
        + _room(result.words, limits.words, "word"),
        f"- Images: **{result.images}**, limit {_limit(limits.images, 'image')}"
        + _room(result.images, limits.images, "image"),
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
    detection = analysis.detection
    lines += [
        "",
        f"Template: **{detection.profile.title}** (`{analysis.profile_name}`): {detection.reason}.",
    ]
    return "\n".join(lines)


def _part(question: Question, position: Position) -> Span:
    for span in (question.heading, question.prompt, question.body):
        if span is not None and span.contains(position):
            return span
    return question.section


def hover(analysis: Analysis, position: Position) -> tuple[str, Span] | None:
    question = analysis.report.question_at(position)
    if question is None:
        return None
    for image in question.features.images:
        if image.span.contains(position):
            return image_markdown(image, analysis.path), image.span
    result = analysis.result(question.number)
    if result is None or result.question is not question:
        return None
    return question_markdown(analysis, result), _part(question, position)


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
