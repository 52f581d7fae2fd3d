"""`mlops-report.renderHtml` with `{"asGraded": true}`: the graded preview from the editor's text."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from .conftest import ReportClient
from reports import build_report


async def test_render_html_as_graded_from_unsaved_text(
    client: ReportClient, workspace: Path
) -> None:
    path = workspace / "reports" / "README.md"
    path.write_text(build_report(), encoding="utf-8")
    unsaved = build_report({4: "```\nunsaved code\n```"})
    client.open(path.as_uri(), unsaved)
    for arguments in (
        [path.as_uri(), {"asGraded": True}],
        [{"uri": path.as_uri(), "asGraded": True}],
    ):
        result = await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="mlops-report.renderHtml", arguments=arguments)
        )
        graded = workspace / "reports" / "report.graded.html"
        assert result["asGraded"] is True and Path(result["path"]) == graded
        page = graded.read_text(encoding="utf-8")
        assert "<p><code>unsaved code</code></p>" in page
        assert "Preview of the page the teachers grade" in page
    assert not (workspace / "reports" / "report.html").exists()
    readable = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="mlops-report.renderHtml", arguments=[path.as_uri()])
    )
    assert readable["asGraded"] is False
    assert Path(readable["path"]).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
