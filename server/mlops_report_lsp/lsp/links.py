"""`textDocument/documentLink`: image paths that exist link to their file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.lsp.positions import Codec
from mlops_report_lsp.lsp.server import ReportServer

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis


def links(
    analysis: Analysis, codec: Codec, folder: Path, tooltips: bool
) -> list[types.DocumentLink]:
    from mlops_report_lsp.rules.images import is_remote, local_path

    found = []
    for question in analysis.report.questions:
        for image in question.features.images:
            if not image.target or is_remote(image.target):
                continue
            target = local_path(image.target)
            if os.path.isabs(target) or target.lower().startswith("file:"):
                continue
            path = Path(os.path.normpath(folder / target))  # no resolve(): symlink loops raise
            if path.is_file():
                found.append(
                    types.DocumentLink(
                        range=codec.to_range(image.target_span),
                        target=path.as_uri(),
                        tooltip=f"Open {target}" if tooltips else None,
                    )
                )
    return found


def register(server: ReportServer) -> None:
    options = types.DocumentLinkOptions(resolve_provider=False)

    @server.handles(types.TEXT_DOCUMENT_DOCUMENT_LINK, options)
    def document_links(params: types.DocumentLinkParams) -> list[types.DocumentLink] | None:
        uri = params.text_document.uri
        found = server.report(uri)
        if found is None:
            return None
        analysis, document = found
        if document.path is None:
            return None
        folder = document.path.parent
        text_document = server.client_capabilities.text_document
        capability = text_document.document_link if text_document else None
        tooltips = bool(capability and capability.tooltip_support)
        return links(analysis, document.codec, folder, tooltips)
