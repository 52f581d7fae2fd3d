"""Settings from initializationOptions and workspace/configuration; watched image files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types

from .conftest import CLIENTS, PNG, ReportClient, capabilities, server_config
from editors.snippets import EDITORS, snippet
from reports import build_report


@pytest_lsp.fixture(params=CLIENTS, config=server_config())
async def bare(request: pytest.FixtureRequest, lsp_client: ReportClient) -> Any:
    lsp_client.client_name = request.param  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def start(client: ReportClient, workspace: Path, options: Any = None) -> None:
    await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities(client.client_name),  # type: ignore[attr-defined]
            root_uri=workspace.as_uri(),
            initialization_options=options,
        )
    )


def report(workspace: Path, answers: dict[int, str]) -> tuple[str, str]:
    path = workspace / "reports" / "README.md"
    text = build_report(answers)
    path.write_text(text, encoding="utf-8")
    return path.as_uri(), text


async def test_initialization_options_turn_a_rule_off(bare: ReportClient, workspace: Path) -> None:
    await start(bare, workspace, {"mlopsReport": {"rules": {"word-count": "off"}}})
    uri, text = report(workspace, {5: "short"})
    bare.open(uri, text)
    diagnostics = await bare.diagnostics_for(uri, 1)
    assert not [d for d in diagnostics if d.code == "word-count"]
    assert not bare.messages


async def test_workspace_configuration_and_bad_settings(
    bare: ReportClient, workspace: Path
) -> None:
    bare.set_configuration(
        {"profile": "no-such-profile", "rules": {"word-count": "hint"}}, section="mlopsReport"
    )
    await start(bare, workspace)
    uri, text = report(workspace, {5: "short"})
    bare.open(uri, text)

    def hinted() -> bool:
        found = [d for d in bare.diagnostics.get(uri, []) if d.code == "word-count"]
        return bool(found) and found[0].severity == types.DiagnosticSeverity.Hint

    await bare.wait_until(hinted, "word-count at hint severity")
    await bare.wait_until(lambda: bare.messages, "window/showMessage about the bad profile")
    assert "no-such-profile" in bare.messages[0].message


async def test_adding_an_image_clears_its_diagnostic(bare: ReportClient, workspace: Path) -> None:
    await start(bare, workspace)
    uri, text = report(workspace, {14: "![new](figures/new.png)"})
    bare.open(uri, text)
    diagnostics = await bare.diagnostics_for(uri, 1)
    assert [d for d in diagnostics if d.code == "image-missing-file"]
    if (
        bare.capabilities
        and bare.capabilities.workspace.did_change_watched_files.dynamic_registration
    ):  # type: ignore[union-attr]
        await bare.wait_until(lambda: bare.registrations, "file watcher registration")
        assert bare.registrations[0].method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    else:
        assert not bare.registrations
    image = workspace / "reports" / "figures" / "new.png"
    image.write_bytes(PNG)
    bare.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=image.as_uri(), type=types.FileChangeType.Created)]
        )
    )

    def cleared() -> bool:
        last = [p for p in bare.published if p.uri == uri][-1]
        return last.version == 1 and not [
            d for d in last.diagnostics if d.code == "image-missing-file"
        ]

    await bare.wait_until(cleared, "the missing-image diagnostic to go")


@pytest.mark.parametrize(
    "value",
    [[], None, {"mlopsReport": []}],
    ids=["empty-array", "null", "section-empty-array"],
)
async def test_empty_array_and_null_mean_no_settings(
    bare: ReportClient, workspace: Path, value: Any
) -> None:
    """nvim-lspconfig sends `settings = { mlopsReport = {} }` as `[]`: defaults, and no message.

    A bad value sent afterwards is the sentinel: the server answers in order, so a message about
    the first value would come before the one about the second.
    """
    bare.set_configuration(value, section="mlopsReport")
    await start(bare, workspace, value)
    uri, text = report(workspace, {5: "short"})
    bare.open(uri, text)
    diagnostics = await bare.diagnostics_for(uri, 1)
    assert [d for d in diagnostics if d.code == "word-count"]

    bare.set_configuration(["bad"], section="mlopsReport")
    bare.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"mlopsReport": ["bad"]})
    )
    await bare.wait_until(lambda: bare.messages, "window/showMessage about the bad settings")
    assert [m.message for m in bare.messages] == [
        "mlops-report: workspace/configuration mlopsReport: the settings must be an object,"
        " got ['bad'] (ignored; using the default)"
    ]


async def test_docs_settings_block_as_initialization_options(
    bare: ReportClient, workspace: Path
) -> None:
    """docs/editors.md's settings example, sent as it is written: it takes effect, silently."""
    await start(bare, workspace, json.loads(snippet(EDITORS, "settings")))
    uri, text = report(workspace, {5: "short", 9: "TODO: write this"})
    bare.open(uri, text)
    diagnostics = await bare.diagnostics_for(uri, 1)
    word_count = [d for d in diagnostics if d.code == "word-count"]
    assert word_count and word_count[0].severity == types.DiagnosticSeverity.Warning
    assert not [d for d in diagnostics if d.code == "leftover-todo"]
    assert not bare.messages


async def test_vscode_sends_only_what_the_user_set(bare: ReportClient, workspace: Path) -> None:
    """The VS Code extension's shapes (issue #12): `initializationOptions` and the pulled section
    hold only what the user set, so the team's `.mlops-report.toml` keeps its profile."""
    (workspace / ".mlops-report.toml").write_text('profile = "31q-2024"\n', encoding="utf-8")
    user_set = {"rules": {"leftover-todo": "off"}}
    bare.set_configuration(user_set, section="mlopsReport")
    await start(bare, workspace, {"mlopsReport": user_set})
    uri, text = report(workspace, {5: "short", 6: "TODO: write this"})
    bare.open(uri, text)
    diagnostics = await bare.diagnostics_for(uri, 1)
    assert not [d for d in diagnostics if d.code == "leftover-todo"]
    summary = await bare.workspace_execute_command_async(
        types.ExecuteCommandParams(command="mlops-report.summary", arguments=[uri])
    )
    assert summary["profile"] == "31q-2024", summary["profile_reason"]
    assert not bare.messages
