"""Quick fixes of the issue-11 rules through a real server: the glued answer and the link written
from the repository root, fixed by the edit the server sends and gone from the next push."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from .conftest import ReportClient
from reports import GOOD_WORDS, build_report

GLUED = "### Question 4\n\n> **The question's prompt**\n>\n> Answer:\n"


async def quick_fix(
    client: ReportClient, uri: str, diagnostic: types.Diagnostic
) -> list[types.TextEdit]:
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert actions
    fix = next(a for a in actions if isinstance(a, types.CodeAction) and a.kind == "quickfix")
    assert fix.edit is not None
    if fix.edit.document_changes:
        change = fix.edit.document_changes[0]
        assert isinstance(change, types.TextDocumentEdit)
        return [e for e in change.edits if isinstance(e, types.TextEdit)]
    assert fix.edit.changes is not None
    return list(fix.edit.changes[uri])


async def test_glued_answer_and_broken_link_are_fixed(
    client: ReportClient, workspace: Path
) -> None:
    (workspace / "tests").mkdir()
    (workspace / "tests" / "test_api.py").write_text("", encoding="utf-8")
    text = build_report({5: GOOD_WORDS + " See [tests](tests/test_api.py)."})
    text = text.replace(GLUED + "\n", GLUED)
    path = workspace / "reports" / "README.md"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.open(uri, text)
    diagnostics = await client.diagnostics_for(uri, 1)
    glued = next(d for d in diagnostics if d.code == "glued-answer")
    link = next(d for d in diagnostics if d.code == "broken-link")
    line = text.split("\n").index("> Answer:", text.split("\n").index("### Question 4"))
    assert glued.range.start.line == line + 1

    [blank] = await quick_fix(client, uri, glued)
    assert blank.new_text == "\n" and blank.range.start == types.Position(
        line=line + 1, character=0
    )
    [path_fix] = await quick_fix(client, uri, link)
    assert path_fix.new_text == "../tests/test_api.py"

    # Apply the link fix first (later in the document), then the blank line.
    end = path_fix.range
    client.change(
        uri,
        2,
        (end.start.line, end.start.character),
        (end.end.line, end.end.character),
        path_fix.new_text,
    )
    client.change(uri, 3, (line + 1, 0), (line + 1, 0), "\n")
    after = await client.diagnostics_for(uri, 3)
    assert not [d for d in after if d.code in ("glued-answer", "broken-link")]
