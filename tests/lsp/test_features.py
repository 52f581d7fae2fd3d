"""Hover, code lenses, symbols, quick fixes, completion, links and commands, end to end."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from .conftest import ReportClient
from reports import build_report

ANSWER_14 = "Our training curve:\n\n[plot](figures/plot.png)\n\n![missing](figures/nope.png)"


def open_report(client: ReportClient, workspace: Path, answers: dict[int, str]) -> tuple[str, str]:
    path = workspace / "reports" / "README.md"
    text = build_report(answers)
    path.write_text(text, encoding="utf-8")
    client.open(path.as_uri(), text)
    return path.as_uri(), text


def where(text: str, needle: str, offset: int = 0) -> types.Position:
    index = text.index(needle) + offset
    line = text.count("\n", 0, index)
    return types.Position(line=line, character=index - (text.rfind("\n", 0, index) + 1))


def document(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def hover_text(client: ReportClient, uri: str, position: types.Position) -> str:
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=document(uri), position=position)
    )
    assert result is not None
    assert isinstance(result.contents, types.MarkupContent)
    return result.contents.value


async def test_hover_on_question_and_images(client: ReportClient, workspace: Path) -> None:
    uri, text = open_report(client, workspace, {5: "far too short", 14: ANSWER_14})
    await client.diagnostics_for(uri, 1)

    heading = await hover_text(client, uri, where(text, "### Question 5", 5))
    assert "Question 5" in heading and "100–200 words" in heading
    assert "**3**" in heading and "97 words short" in heading
    assert "Template:" in heading

    answer = await hover_text(client, uri, where(text, "far too short", 2))
    assert "97 words short" in answer

    prompt = await hover_text(client, uri, where(text, "> **The question", 3))
    assert "Question" in prompt

    image = await hover_text(client, uri, where(text, "[plot](figures/plot.png)", 8))
    assert "exists" in image and "2×3 px" in image
    assert "](file://" in image and "plot.png)" in image

    missing = await hover_text(client, uri, where(text, "figures/nope.png", 3))
    assert "does not exist" in missing


async def test_lenses_and_symbols(client: ReportClient, workspace: Path) -> None:
    uri, text = open_report(client, workspace, {5: "far too short"})
    await client.diagnostics_for(uri, 1)
    lenses = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=document(uri))
    )
    assert lenses
    titles = [lens.command.title for lens in lenses if lens.command]
    assert titles[0].startswith("30/31 questions pass")
    assert "✗ 3 words (100–200, 97 short)" in titles
    assert "✓ 150 words (100–200)" in titles
    assert "✓ 0/1 image" not in titles
    assert any(title.endswith("· 1/1 image") for title in titles)
    q5 = next(lens for lens in lenses if lens.command and "97 short" in lens.command.title)
    assert q5.range.start == where(text, "### Question 5")

    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=document(uri))
    )
    assert symbols is not None and len(symbols) == 31
    first = symbols[4]
    assert isinstance(first, types.DocumentSymbol)
    assert first.name == "Question 5" and first.detail is not None and first.detail.startswith("✗")


async def test_quick_fix_and_fix_all(client: ReportClient, workspace: Path) -> None:
    uri, _ = open_report(client, workspace, {14: ANSWER_14})
    diagnostics = await client.diagnostics_for(uri, 1)
    link = next(d for d in diagnostics if d.code == "image-as-link")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=document(uri),
            range=link.range,
            context=types.CodeActionContext(diagnostics=[link]),
        )
    )
    assert actions
    fix = next(a for a in actions if isinstance(a, types.CodeAction) and a.kind == "quickfix")
    assert "!" in fix.title and fix.edit is not None
    edits = (
        fix.edit.document_changes[0].edits  # type: ignore[union-attr,index]
        if fix.edit.document_changes
        else fix.edit.changes[uri]  # type: ignore[index]
    )
    assert [(e.range.start, e.new_text) for e in edits] == [(link.range.start, "!")]

    fix_all = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=document(uri),
            range=types.Range(start=types.Position(line=0, character=0), end=link.range.end),
            context=types.CodeActionContext(diagnostics=[], only=["source.fixAll"]),
        )
    )
    assert fix_all and all(
        isinstance(a, types.CodeAction) and a.kind == "source.fixAll" for a in fix_all
    )


async def test_image_path_completion_and_links(client: ReportClient, workspace: Path) -> None:
    uri, text = open_report(client, workspace, {14: "![plot](figures/plot.png)\n\n![b](fig"})
    await client.diagnostics_for(uri, 1)
    at_folder = where(text, "![b](fig", len("![b](fig"))
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=document(uri), position=at_folder)
    )
    assert isinstance(result, types.CompletionList)
    assert [item.label for item in result.items] == ["figures/"]

    client.change(
        uri,
        2,
        (at_folder.line, at_folder.character),
        (at_folder.line, at_folder.character),
        "ures/",
    )
    inside = types.Position(line=at_folder.line, character=at_folder.character + 5)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=document(uri), position=inside)
    )
    assert isinstance(result, types.CompletionList)
    assert [item.label for item in result.items] == ["plot.png"]

    outside = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=document(uri), position=where(text, "### Question 3", 4)
        )
    )
    assert not outside

    links = await client.text_document_document_link_async(
        types.DocumentLinkParams(text_document=document(uri))
    )
    plot = (workspace / "reports" / "figures" / "plot.png").resolve().as_uri()
    assert links and {link.target for link in links} == {plot}
    start = where(text, "figures/plot.png")
    assert any(link.range.start == start for link in links)


async def test_commands(client: ReportClient, workspace: Path) -> None:
    uri, _ = open_report(client, workspace, {5: "far too short"})
    summary = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="mlops-report.summary", arguments=[uri])
    )
    assert summary["profile"] == "31q-2026" or summary["profile"].startswith("31q")
    assert len(summary["questions"]) == 31
    assert summary["questions"][4]["passes"] is False

    rendered = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="mlops-report.renderHtml", arguments=[uri])
    )
    html = workspace / "reports" / "report.html"
    assert Path(rendered["path"]) == html and html.is_file()
    assert rendered["uri"] == html.resolve().as_uri()
    assert "far too short" in html.read_text(encoding="utf-8")
    await client.wait_until(lambda: client.shown_documents, "window/showDocument")
    assert client.shown_documents[0].uri == rendered["uri"]

    notes = (workspace / "notes.md").as_uri()
    client.open(notes, "# Just notes\n")
    assert (
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="mlops-report.summary", arguments=[notes])
        )
        is None
    )


async def test_requests_about_a_document_that_is_not_a_report_get_null(
    client: ReportClient, workspace: Path
) -> None:
    notes = workspace / "notes.md"
    notes.write_text("# Just notes\n\n![a](figures/plot.png)\n", encoding="utf-8")
    client.open(notes.as_uri(), "# Just notes\n\n![a](figures/plot.png)\n")
    at = types.Position(line=2, character=3)
    where_ = document(notes.as_uri())
    everywhere = types.Range(start=types.Position(line=0, character=0), end=at)
    answers = [
        await client.text_document_hover_async(
            types.HoverParams(text_document=where_, position=at)
        ),
        await client.text_document_code_lens_async(types.CodeLensParams(text_document=where_)),
        await client.text_document_document_symbol_async(
            types.DocumentSymbolParams(text_document=where_)
        ),
        await client.text_document_document_link_async(
            types.DocumentLinkParams(text_document=where_)
        ),
        await client.text_document_completion_async(
            types.CompletionParams(text_document=where_, position=at)
        ),
        await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=where_, range=everywhere, context=types.CodeActionContext([])
            )
        ),
    ]
    assert answers == [None] * 6
