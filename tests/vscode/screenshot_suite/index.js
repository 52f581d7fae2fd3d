// Arranges the workbench for docs/screenshot.png: the report with squiggles, the Problems panel and a
// hover (MLOPS_SCREENSHOT_SCENE picks another: the hover on a checklist item, or the Summary). Writes $MLOPS_SCREENSHOT_READY when arranged, then waits for $MLOPS_SCREENSHOT_DONE.
"use strict";

const fs = require("node:fs");
const vscode = require("vscode");
const { sleep, waitFor } = require("../waiting");


async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, "reports", "README.md");
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  // MLOPS_SCREENSHOT_SCENE=checklist: a checklist item the repository shows but nobody ticked;
  // MLOPS_SCREENSHOT_SCENE=summary: the Summary panel instead of a hover.
  const scene = process.env.MLOPS_SCREENSHOT_SCENE || "hover";
  const checklist = scene === "checklist";
  const code = (d) => String(typeof d.code === "object" && d.code ? d.code.value : d.code);
  const diagnostics = await waitFor("diagnostics", () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === "mlops-report");
    const ready = checklist ? found.some((d) => code(d) === "checklist-not-ticked") : found.length > 0;
    return ready ? found : undefined;
  }, 60000);

  // Prefer a word-count problem on a question heading: its hover shows the limits and the problem.
  const headingLine = (d) => /^#{2,3}\s+Question/.test(document.lineAt(d.range.start.line).text);
  const target = checklist
    ? diagnostics.find((d) => code(d) === "checklist-not-ticked")
    : diagnostics.find((d) => code(d) === "word-count" && headingLine(d)) ||
      diagnostics.find((d) => code(d) === "word-count") ||
      diagnostics[0];

  await vscode.commands.executeCommand("workbench.files.action.showActiveFileInExplorer");
  await vscode.commands.executeCommand("workbench.actions.view.problems");
  await sleep(500);
  const position = new vscode.Position(target.range.start.line, Math.max(target.range.start.character, 5));
  const editor = await vscode.window.showTextDocument(document, {
    preserveFocus: false,
    selection: new vscode.Selection(position, position),
  });
  // Show the problem a few lines from the top so that several squiggles are visible below it.
  editor.revealRange(
    new vscode.Range(Math.max(0, position.line - 10), 0, Math.max(0, position.line - 10), 0),
    vscode.TextEditorRevealType.AtTop,
  );
  await sleep(1500);
  if (scene === "summary") {
    await vscode.commands.executeCommand("workbench.action.closePanel");
    await vscode.commands.executeCommand("mlopsReport.showSummary", document.uri);
  } else {
    await vscode.commands.executeCommand("editor.action.showHover");
  }
  await sleep(1500);

  const ready = process.env.MLOPS_SCREENSHOT_READY;
  const done = process.env.MLOPS_SCREENSHOT_DONE;
  if (ready) {
    fs.writeFileSync(ready, JSON.stringify({ line: position.line, code: code(target), message: target.message }));
  }
  if (done) {
    await waitFor("the screenshot", () => fs.existsSync(done), 120000).catch(() => undefined);
  }
}

module.exports = { run };
