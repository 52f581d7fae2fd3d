"""Repository evidence in the server, end to end: diagnostics once the inventory is built off the
keystroke path, hovers, tick/untick fixes, and a rebuild after watched-file changes only."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from .conftest import ReportClient
from .test_features import document, hover_text, where
from reports import PREAMBLE, build_report

CHECKLIST = (
    PREAMBLE
    + "\n## Overall project checklist\n\n"
    + "* [x] Construct one or multiple docker files for your code (M10)\n"
    + "* [ ] Get some continuous integration running on the GitHub repository (M17)\n"
    + "* [x] Make sure that all team members have write access to the GitHub repository (M5)\n"
)
TESTS = "def test_data() -> None:\n    assert 1\n\n\ndef test_shape():\n    assert 2\n"
WORKFLOW = "on: push\njobs:\n  t:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n    steps:\n      - run: pytest\n"


def open_checklist(client: ReportClient, workspace: Path) -> tuple[str, str]:
    (workspace / ".github" / "workflows").mkdir(parents=True)
    (workspace / ".github" / "workflows" / "tests.yaml").write_text(WORKFLOW)
    (workspace / "tests").mkdir()
    (workspace / "tests" / "test_data.py").write_text(TESTS)
    text = build_report(
        {7: "We wrote tests."},
        preamble=CHECKLIST,
        prompt_lines={
            7: "> **How many tests did you implement and what are they testing in your code?**"
        },
    )
    path = workspace / "reports" / "README.md"
    path.write_text(text, encoding="utf-8")
    client.open(path.as_uri(), text)
    return path.as_uri(), text


def codes(params: types.PublishDiagnosticsParams) -> list[str]:
    return [str(d.code) for d in params.diagnostics]


async def evidence_push(
    client: ReportClient, uri: str, wanted: bool, after: int = 0
) -> types.PublishDiagnosticsParams:
    """The first push (after the `after`th) that has, or has not, the no-evidence question."""

    def found() -> types.PublishDiagnosticsParams | None:
        for params in client.published[after:]:
            if params.uri == uri and ("checklist-no-evidence" in codes(params)) == wanted:
                return params
        return None

    result: types.PublishDiagnosticsParams = await client.wait_until(found, "evidence push")
    return result


async def test_checklist_diagnostics_hover_and_fixes(client: ReportClient, workspace: Path) -> None:
    uri, text = open_checklist(client, workspace)
    pushed = await evidence_push(client, uri, True)
    by_code = {str(d.code): d for d in pushed.diagnostics}
    question = by_code["checklist-no-evidence"]
    assert question.severity == types.DiagnosticSeverity.Information
    assert question.message.startswith("Ticked: where does the repository show it?")
    assert question.range.start.line == text.split("\n").index(CHECKLIST.split("\n")[6])
    hint = by_code["checklist-not-ticked"]
    assert hint.message == "The repository has `.github/workflows/tests.yaml`: tick it?"

    item = await hover_text(client, uri, where(text, "docker files", 3))
    assert (
        "**Checklist** (ticked, M10)" in item and "Nothing found. Looked for a `Dockerfile`" in item
    )
    ci = await hover_text(client, uri, where(text, "continuous integration running", 3))
    workflow = (workspace / ".github" / "workflows" / "tests.yaml").as_uri()
    assert f"[`.github/workflows/tests.yaml`]({workflow})" in ci
    tests = await hover_text(client, uri, where(text, "> **How many tests", 5))
    assert "tests/: 2 test functions in 1 file" in tests

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=document(uri),
            range=question.range,
            context=types.CodeActionContext(diagnostics=[question]),
        )
    )
    titles = {a.title: a for a in actions or [] if isinstance(a, types.CodeAction)}
    assert "Untick this item" in titles
    # "Fix all" never ticks or unticks: no edit of it touches the checklist.
    fix_all = [
        a for a in actions or [] if isinstance(a, types.CodeAction) and a.kind == "source.fixAll"
    ]
    for action in fix_all:
        assert action.edit is not None
        edits = [e for c in action.edit.document_changes or [] for e in getattr(c, "edits", [])]
        edits += [e for es in (action.edit.changes or {}).values() for e in es]
        assert all(e.range.start.line != question.range.start.line for e in edits)

    access = where(text, "write access", 0)
    plain = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=document(uri),
            range=types.Range(start=access, end=access),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    [untick] = [a for a in plain or [] if isinstance(a, types.CodeAction) and a.kind == "quickfix"]
    assert untick.title == "Untick this item" and untick.edit is not None


async def test_rebuilt_after_watched_files_never_on_a_keystroke(
    client: ReportClient, workspace: Path
) -> None:
    uri, text = open_checklist(client, workspace)
    await evidence_push(client, uri, True)
    dockerfile = workspace / "Dockerfile"
    dockerfile.write_text("FROM python:3.12\n")

    line = text.split("\n").index("## Group information")
    client.change(uri, 2, (line, 0), (line, 0), "x")
    typed = await client.diagnostics_for(uri, 2)
    assert "checklist-no-evidence" in [str(d.code) for d in typed]  # the cached inventory

    seen = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=dockerfile.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    rebuilt = await evidence_push(client, uri, False, after=seen)
    assert rebuilt.version == 2
