"""Findings -> `textDocument/publishDiagnostics` items (pushed by the server after each change).

A keystroke changes one section, so most findings are the very same objects as last time (the
engine keeps them for unchanged sections): their serialized JSON is kept and reused, matched by
identity (or by value, for findings made anew), as long as the text of their lines is unchanged
(UTF-16 columns depend on it), so the diagnostics of unchanged sections cost a string join to send
again. The document says which lines changed since the last publish; only findings on those lines
have their lines' text compared.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from mlops_report_lsp.lsp.positions import Codec

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.lsp.documents import Document
    from mlops_report_lsp.model import Finding

SOURCE = "mlops-report"
Entry = tuple["Finding", str, str, str]
"""A finding, the text of its first and last lines when serialized, and its JSON."""


def diagnostic(finding: Finding, codec: Codec) -> types.Diagnostic:
    return types.Diagnostic(
        range=codec.to_range(finding.span),
        message=finding.message,
        severity=types.DiagnosticSeverity(int(finding.severity)),
        code=finding.code,
        source=SOURCE,
        data={"question": finding.question} if finding.question is not None else None,
    )


def diagnostic_json(finding: Finding, codec: Codec) -> dict[str, Any]:
    """The same diagnostic as plain JSON data, built without lsprotocol objects (it is hot)."""
    start, end = codec.to_client(finding.span.start), codec.to_client(finding.span.end)
    item: dict[str, Any] = {
        "range": {
            "start": {"line": start.line, "character": start.character},
            "end": {"line": end.line, "character": end.character},
        },
        "message": finding.message,
        "severity": int(finding.severity),
        "code": finding.code,
        "source": SOURCE,
    }
    if finding.question is not None:
        item["data"] = {"question": finding.question}
    return item


class JsonCache:
    """The serialized diagnostics of the last publish, found again by identity, or by value for
    findings that whole-report rules make anew on every analysis (only those are hashed)."""

    def __init__(self) -> None:
        self._by_identity: dict[int, Entry] = {}
        self._by_value: dict[Finding, Entry] = {}
        self._revision: int | None = None
        """The document's revision the entries' line texts were last compared at."""

    def items(self, analysis: Analysis, document: Document) -> list[str]:
        """Every finding as serialized JSON (ASCII), for the document's current text."""
        codec, line = document.codec, document.line
        changed_from, changed_to = document.changed_lines(self._revision)
        self._revision = document.revision
        by_identity: dict[int, Entry] = {}
        by_value: dict[Finding, Entry] = {}
        items = []
        known = self._by_identity.get
        for finding in analysis.findings:
            span = finding.span
            entry = known(id(finding))
            if (
                entry is not None
                and entry[0] is finding
                and (span.end.line < changed_from or span.start.line > changed_to)
            ):
                by_identity[id(finding)] = entry  # the same finding, its lines unchanged
                items.append(entry[3])
                continue
            anew = entry is None or entry[0] is not finding
            if anew:
                entry = self._by_value.get(finding)
            if entry is not None and (span.end.line < changed_from or span.start.line > changed_to):
                # Its lines are as they were when its JSON was last checked.
                entry = entry if entry[0] is finding else (finding, entry[1], entry[2], entry[3])
            else:
                first, last = line(span.start.line), line(span.end.line)
                if entry is not None and entry[1] == first and entry[2] == last:
                    item = entry[3]
                else:
                    item = json.dumps(diagnostic_json(finding, codec), separators=(",", ":"))
                entry = (finding, first, last, item)
            by_identity[id(finding)] = entry
            if anew:
                by_value[finding] = entry
            items.append(entry[3])
        self._by_identity, self._by_value = by_identity, by_value
        return items


def diagnostics(analysis: Analysis, codec: Codec) -> list[types.Diagnostic]:
    return [diagnostic(finding, codec) for finding in analysis.findings]
