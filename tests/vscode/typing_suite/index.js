// Extension-host side of the typing measurement (tests/vscode/typing.py drives the keyboard).
// For each phase in $MLOPS_TYPING_PHASES ("closed", "open": the Summary panel), it puts the cursor
// at the end of an answer, says so in <dir>/ready-<phase>.json, records when each change, each
// diagnostics push, each status bar update and each Summary render reaches the extension host
// until <dir>/done-<phase>.json appears and everything has been quiet for a while, then writes
// <dir>/measured-<phase>.json. Times are Date.now() (the same clock as Python's time.time()).
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { sleep, waitFor } = require("../waiting");

const EXTENSION_ID = "mlops-report.mlops-report";
const SOURCE = "mlops-report";
const QUIET_MS = 3000;

function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The end of the first line of the answer to `question` (after its "Answer:" line). */
function answerEnd(document, question) {
  const lines = document.getText().split(/\r?\n/);
  const heading = lines.findIndex((line) => new RegExp(`^###\\s+Question\\s+${question}\\b`).test(line));
  if (heading < 0) {
    throw new Error(`no Question ${question} heading`);
  }
  let line = lines.findIndex((text, index) => index > heading && /Answer:/.test(text));
  for (line += 1; line < lines.length; line++) {
    if (lines[line].trim() && !lines[line].startsWith(">")) {
      return new vscode.Position(line, lines[line].length);
    }
  }
  throw new Error(`no answer text for Question ${question}`);
}

function write(dir, name, value) {
  fs.writeFileSync(path.join(dir, `${name}.tmp`), JSON.stringify(value));
  fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
}

async function run() {
  const dir = process.env.MLOPS_TYPING_DIR;
  const phases = (process.env.MLOPS_TYPING_PHASES || "open").split(",");
  const question = Number(process.env.MLOPS_TYPING_QUESTION || "5");
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, "reports", "README.md");

  // Cold: activation, finding Python, starting the server and the first analysis.
  const opened = Date.now();
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  await waitFor("the first diagnostics", () => ours(uri).length > 0, 60000, 20);
  const firstDiagnosticsMs = Date.now() - opened;
  const api = vscode.extensions.getExtension(EXTENSION_ID).exports;

  const events = [];
  const record = (kind, value) => events.push({ t: Date.now(), kind, value });
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.toString() === uri.toString() && event.contentChanges.length > 0) {
        const inserted = event.contentChanges.map((change) => change.text).join("");
        record("change", inserted);
      }
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) {
        record("diagnostics", ours(uri).length);
      }
    }),
    api.onDidUpdate((what) => {
      if (what === "statusBar") {
        record("statusBar", api.statusBar().text);
      } else {
        record("summary", api.summaryPanel().rendered || "");
      }
    }),
  ];

  const results = { vscode: vscode.version, firstDiagnosticsMs, phases: {} };
  try {
    for (const phase of phases) {
      if (phase === "open") {
        await vscode.commands.executeCommand("mlopsReport.showSummary", uri);
        await waitFor("the Summary to render", () => api.summaryPanel().rendered, 20000);
      }
      // The editor gets the keyboard focus, the cursor at the end of the answer.
      const shown = await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
      const end = answerEnd(document, question);
      shown.selection = new vscode.Selection(end, end);
      shown.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
      await sleep(1500);
      events.length = 0;
      write(dir, `ready-${phase}.json`, { phase, line: end.line, character: end.character });
      const donePath = path.join(dir, `done-${phase}.json`);
      await waitFor(`${donePath}`, () => fs.existsSync(donePath), 180000);
      let count = events.length;
      let quietSince = Date.now();
      while (Date.now() - quietSince < QUIET_MS) {
        await sleep(100);
        if (events.length !== count) {
          count = events.length;
          quietSince = Date.now();
        }
      }
      const summary = await api.summary(uri);
      results.phases[phase] = {
        events: events.slice(),
        final: {
          diagnostics: ours(uri).length,
          statusBar: api.statusBar().text,
          expectedStatusBar: summary ? `Report ${summary.official.passing}/${summary.official.total}` : null,
          summaryRendered: api.summaryPanel().rendered || null,
          summaryLatest: api.summaryPanel().latest || null,
          summaryUpdates: api.summaryPanel().updates,
        },
      };
      write(dir, `measured-${phase}.json`, results.phases[phase]);
    }
  } finally {
    subscriptions.forEach((subscription) => subscription.dispose());
    write(dir, "results.json", results);
  }
}

module.exports = { run };
