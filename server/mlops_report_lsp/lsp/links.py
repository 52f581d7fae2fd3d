"""`textDocument/documentLink`: image paths that exist link to their file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.image_paths import local_file, local_path, target_kind
from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.positions import Codec
from mlops_report_lsp.lsp.server import ReportServer

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis


def links(
    analysis: Analysis, codec: Codec, folder: Path, tooltips: bool
) -> list[types.DocumentLink]:
    found = []
    for question in analysis.report.questions:
        for image in question.features.images:
            if target_kind(image.target) != "relative":
                continue
            path = local_file(folder, image.target)
            if path.is_file():
                found.append(
                    types.DocumentLink(
                        range=codec.to_range(image.target_span),
                        target=path.as_uri(),
                        tooltip=f"Open {local_path(image.target)}" if tooltips else None,
                    )
                )
    return found


def register(server: ReportServer) -> None:
    options = types.DocumentLinkOptions(resolve_provider=False)

    @server.handles_report(types.TEXT_DOCUMENT_DOCUMENT_LINK, options)
    def document_links(
        params: types.DocumentLinkParams, analysis: Analysis, document: Document
    ) -> list[types.DocumentLink] | None:
        if document.path is None:
            return None
        folder = document.path.parent
        text_document = server.client_capabilities.text_document
        capability = text_document.document_link if text_document else None
        tooltips = bool(capability and capability.tooltip_support)
        return links(analysis, document.codec, folder, tooltips)
