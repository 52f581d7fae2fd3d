"""`textDocument/completion`: image paths after `](`, listed from the report's folder."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.image_paths import is_web_image
from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.server import ReportServer

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis

TRIGGERS = ["(", "/"]
PARTIAL = re.compile(r"\]\(<?([^()\s<>]*)$")
LIMIT = 500


def image_context(line: str, column: int) -> str | None:
    """The path typed so far when the cursor is inside `](...`, else None."""
    match = PARTIAL.search(line[:column])
    return match.group(1) if match else None


def entries(folder: Path, partial: str) -> tuple[str, list[tuple[str, bool]]]:
    """(typed name prefix, [(name, is_folder)]) of the folder the partial path points into."""
    directory, _, prefix = partial.rpartition("/")
    base = (folder / directory) if directory else folder
    try:
        scanned = list(os.scandir(base))
    except (OSError, ValueError):  # ValueError: a NUL character in the typed path
        return prefix, []
    found = []
    for entry in scanned:
        if entry.name.startswith(".") or not entry.name.lower().startswith(prefix.lower()):
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:
            continue
        if is_folder or is_web_image(entry.name):
            found.append((entry.name, is_folder))
    found.sort(key=lambda item: (item[0] != "figures", not item[1], item[0].lower()))
    return prefix, found[:LIMIT]


def register(server: ReportServer) -> None:
    options = types.CompletionOptions(trigger_characters=TRIGGERS)

    @server.handles_report(types.TEXT_DOCUMENT_COMPLETION, options)
    def complete(
        params: types.CompletionParams, analysis: Analysis, document: Document
    ) -> types.CompletionList | None:
        if document.path is None:
            return None
        codec = document.codec
        position = codec.from_client(params.position)
        partial = image_context(codec.line_text(position.line), position.character)
        if partial is None:
            return None
        from mlops_report_lsp.model import Position, Span  # loaded with the engine by now

        prefix, found = entries(document.path.parent, partial)
        start = Position(position.line, position.character - len(prefix))
        replace = codec.to_range(Span(start, position))
        items = []
        for rank, (name, is_folder) in enumerate(found):
            text = name + "/" if is_folder else name
            items.append(
                types.CompletionItem(
                    label=text,
                    kind=types.CompletionItemKind.Folder
                    if is_folder
                    else types.CompletionItemKind.File,
                    text_edit=types.TextEdit(range=replace, new_text=text),
                    sort_text=f"{rank:04d}",
                    filter_text=text,
                    command=types.Command(title="Suggest", command="editor.action.triggerSuggest")
                    if is_folder
                    else None,
                )
            )
        return types.CompletionList(is_incomplete=False, items=items)
