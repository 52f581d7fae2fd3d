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
from itertools import compress
from operator import is_not
from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.lsp.positions import Codec

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.lsp.documents import Document
    from mlops_report_lsp.model import Finding, Position

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


def serialized(finding: Finding, first: str, last: str, codec: Codec) -> str:
    """The diagnostic of `finding` as compact ASCII JSON, `first` and `last` being the texts of its
    first and last lines (its client columns depend on them). Written out directly, not through
    lsprotocol's objects or a dict: it is made for each of thousands of findings when a large
    report opens."""
    start, end = finding.span.start, finding.span.end
    data = "" if finding.question is None else f',"data":{{"question":{finding.question}}}'
    return (
        f'{{"range":{{"start":{{"line":{start.line},"character":{_column(start, first, codec)}}},'
        f'"end":{{"line":{end.line},"character":{_column(end, last, codec)}}}}},'
        f'"message":{json.dumps(finding.message)},"severity":{int(finding.severity)},'
        f'"code":{json.dumps(finding.code)},"source":"{SOURCE}"{data}}}'
    )


def _column(position: Position, line: str, codec: Codec) -> int:
    """The client column of `position` on `line` (its text): the same in every encoding on an
    ASCII line other than the first (which may hold a BOM)."""
    if position.line and line.isascii():
        return max(0, min(position.character, len(line.rstrip("\r\n"))))
    return codec.to_client(position).character


MAX_REPLACED = 16
"""Findings changed since the last publish (or on the lines edited since) that are serialized
again in place, the other items kept as they are, without looking at them."""


class JsonCache:
    """The serialized diagnostics of the last publish, found again by identity, or by value for
    findings that whole-report rules make anew on every analysis (only those are hashed).

    A keystroke changes a finding or two (an answer's word count) and leaves the others the same
    objects at the same places: then only those, and the findings on the edited lines, are looked
    at (found through an index of the findings by line, made when first needed)."""

    def __init__(self) -> None:
        self._by_identity: dict[int, Entry] = {}
        self._by_value: dict[Finding, Entry] = {}
        self._revision: int | None = None
        """The document's revision the entries' line texts were last compared at."""
        self._findings: tuple[Finding, ...] = ()
        self._items: list[str] = []
        self._lines: dict[int, list[int]] | None = None
        """Places in `_findings` of the findings on each line; a finding on several lines under
        each of them."""

    def items(self, analysis: Analysis, document: Document) -> list[str]:
        """Every finding as serialized JSON (ASCII), for the document's current text."""
        changed_from, changed_to = document.changed_lines(self._revision)
        self._revision = document.revision
        items = self._replaced(analysis.findings, document, changed_from, changed_to)
        if items is None:
            items = self._serialized(analysis.findings, document, changed_from, changed_to)
            self._lines = None
        self._findings, self._items = analysis.findings, items
        return list(items)

    def _replaced(
        self, findings: tuple[Finding, ...], document: Document, changed_from: int, changed_to: int
    ) -> list[str] | None:
        """The last items with those of the findings that changed, or lie on changed lines,
        serialized again; None when there are many, or the findings moved."""
        last = self._findings
        if len(findings) != len(last) or changed_to - changed_from > MAX_REPLACED:
            return None
        changed = list(compress(range(len(findings)), map(is_not, last, findings)))
        if len(changed) > MAX_REPLACED:
            return None
        lines = self._line_index()
        for index in changed:
            was, now = last[index].span, findings[index].span
            for line in range(was.start.line, was.end.line + 1):
                lines[line].remove(index)
            for line in range(now.start.line, now.end.line + 1):
                lines.setdefault(line, []).append(index)
        redo = set(changed)
        for line in range(changed_from, changed_to + 1):
            redo.update(lines.get(line, ()))
        items = self._items
        for index in sorted(redo):
            old, new = last[index], findings[index]
            entry = self._by_identity.get(id(new))
            items[index] = self._item(
                new, document, changed_from, changed_to, entry, self._by_value
            )
            if old is not new:
                self._by_identity.pop(id(old), None)
                dropped = self._by_value.get(old)
                if dropped is not None and dropped[0] is old:
                    del self._by_value[old]
        return items

    def _line_index(self) -> dict[int, list[int]]:
        if self._lines is None:
            self._lines = {}
            for index, finding in enumerate(self._findings):
                span = finding.span
                for line in range(span.start.line, span.end.line + 1):
                    self._lines.setdefault(line, []).append(index)
        return self._lines

    def _serialized(
        self, findings: tuple[Finding, ...], document: Document, changed_from: int, changed_to: int
    ) -> list[str]:
        """Every finding's JSON; the entries of findings no longer there are dropped."""
        known, known_value = self._by_identity, self._by_value
        self._by_identity, self._by_value = {}, {}
        items = []
        for finding in findings:
            span = finding.span
            entry = known.get(id(finding))
            if (
                entry is not None
                and entry[0] is finding
                and (span.end.line < changed_from or span.start.line > changed_to)
            ):
                self._by_identity[id(finding)] = entry  # the same finding, its lines unchanged
                items.append(entry[3])
            else:
                items.append(
                    self._item(finding, document, changed_from, changed_to, entry, known_value)
                )
        return items

    def _item(
        self,
        finding: Finding,
        document: Document,
        changed_from: int,
        changed_to: int,
        entry: Entry | None,
        known_value: dict[Finding, Entry],
    ) -> str:
        """One finding's JSON, reused when `entry` (found by its identity) or the entry of an equal
        finding was made for the same text of its lines; kept for the next publish."""
        span = finding.span
        anew = entry is None or entry[0] is not finding
        if anew:
            entry = known_value.get(finding) if known_value else None  # a finding's hash is deep
        if entry is not None and (span.end.line < changed_from or span.start.line > changed_to):
            # Its lines are as they were when its JSON was last checked.
            entry = entry if entry[0] is finding else (finding, entry[1], entry[2], entry[3])
        else:
            first, last = document.line(span.start.line), document.line(span.end.line)
            if entry is not None and entry[1] == first and entry[2] == last:
                item = entry[3]
            else:
                item = serialized(finding, first, last, document.codec)
            entry = (finding, first, last, item)
        self._by_identity[id(finding)] = entry
        if anew and self._findings:  # not at the first publish: hashing every finding (deep)
            self._by_value[finding] = entry  # costs more than the few made anew later save
        return entry[3]


def diagnostics(analysis: Analysis, codec: Codec) -> list[types.Diagnostic]:
    return [diagnostic(finding, codec) for finding in analysis.findings]
