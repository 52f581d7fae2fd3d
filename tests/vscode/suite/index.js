// Extension-host tests: VS Code require()s this module inside its extension host and awaits run().
// Only the public `vscode` API is used. Results go to $MLOPS_VSCODE_RESULTS (JSON) for pytest.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");

const EXTENSION_ID = "mlops-report.mlops-report";
const SOURCE = "mlops-report";
const tests = [];

/** A test; `essential` ones stop the run when they fail, since everything after needs them. */
function test(name, fn, timeoutMs = 60000, essential = false) {
  tests.push({ name, fn, timeoutMs, essential });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(what, probe, timeoutMs = 45000, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) {
      return last;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function codeOf(diagnostic) {
  const code = diagnostic.code;
  return typeof code === "object" && code !== null ? String(code.value) : String(code);
}

function hoverText(hovers) {
  const parts = [];
  for (const hover of hovers || []) {
    for (const content of hover.contents) {
      parts.push(typeof content === "string" ? content : content.value);
    }
  }
  return parts.join("\n");
}

function workspaceFile(...segments) {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  return vscode.Uri.joinPath(folder, ...segments);
}

const reportUri = () => workspaceFile("reports", "README.md");
const notesUri = () => workspaceFile("notes.md");

test("the extension activates on Markdown and starts the server", async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document);
  await waitFor("activation", () => extension.isActive, 30000);
  const api = extension.exports;
  const started = await api.ready();
  const interpreter = api.interpreter();
  assert.equal(started, true, "the language server did not start (see the MLOps Report output)");
  assert.ok(interpreter && interpreter.version[0] === 3 && interpreter.version[1] >= 10, JSON.stringify(interpreter));
}, 60000, true);

test("diagnostics with our codes arrive for the report", async () => {
  const diagnostics = await waitFor("diagnostics on reports/README.md", () => {
    const found = ours(reportUri());
    return found.length > 0 ? found : undefined;
  });
  const codes = new Set(diagnostics.map(codeOf));
  for (const expected of ["image-as-link", "word-count", "placeholder"]) {
    assert.ok(codes.has(expected), `no ${expected} diagnostic; got ${[...codes].join(", ")}`);
  }
});

test("hover on a question heading shows its limits", async () => {
  const document = await vscode.workspace.openTextDocument(reportUri());
  const lines = document.getText().split(/\r?\n/);
  let checked = 0;
  for (let line = 0; line < lines.length && checked < 3; line++) {
    if (!/^###\s+Question\s+\d+/.test(lines[line])) {
      continue;
    }
    const hovers = await vscode.commands.executeCommand(
      "vscode.executeHoverProvider",
      document.uri,
      new vscode.Position(line, 6),
    );
    const text = hoverText(hovers);
    if (/\d+\s*[\u2013-]\s*\d+\s+words/.test(text)) {
      return;
    }
    checked++;
  }
  assert.fail(`no question heading hover with a word range among the first ${checked} headings`);
});

test("the image-as-link quick fix applies", async () => {
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document);
  const diagnostic = ours(document.uri).find((d) => codeOf(d) === "image-as-link");
  assert.ok(diagnostic, "no image-as-link diagnostic");
  const line = diagnostic.range.start.line;
  const before = document.lineAt(line).text;
  const actions = await vscode.commands.executeCommand(
    "vscode.executeCodeActionProvider",
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = (actions || []).find(
    (action) => action.edit && (action.diagnostics || []).some((d) => codeOf(d) === "image-as-link"),
  ) || (actions || []).find((action) => action.edit);
  assert.ok(fix, `no quick fix with an edit; got ${(actions || []).map((a) => a.title).join(", ")}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit), "applyEdit failed");
  const after = document.lineAt(line).text;
  assert.notEqual(after, before);
  assert.equal((after.match(/!\[/g) || []).length, (before.match(/!\[/g) || []).length + 1, after);
  await waitFor("the image-as-link diagnostic to go", () =>
    !ours(document.uri).some((d) => codeOf(d) === "image-as-link" && d.range.start.line === line),
  );
  await document.save();
});

test("the status bar and the summary command describe the report", async () => {
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document);
  const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
  const summary = await vscode.commands.executeCommand("mlopsReport.showSummary", document.uri);
  assert.ok(summary && summary.questions.length > 0, JSON.stringify(summary));
  const expected = `Report ${summary.official.passing}/${summary.official.total}`;
  // The item follows diagnostics with a short debounce, so give it a moment to catch up.
  const status = await waitFor(`the status bar to show ${expected}`, () => {
    const state = api.statusBar();
    return state.visible && state.text.endsWith(expected) ? state : undefined;
  }, 10000);
  assert.match(status.text, /^\$\([a-z-]+\) Report \d+\/\d+$/);
  const failing = summary.questions.filter((q) => !q.passes);
  for (const question of failing.slice(0, 12)) {
    assert.ok(status.tooltip.includes(`Question ${question.number}:`), status.tooltip);
  }
});

test("Export HTML writes the HTML file", async () => {
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document);
  const result = await vscode.commands.executeCommand("mlopsReport.exportHtml", document.uri);
  assert.ok(result && (result.path || result.uri), `no result: ${JSON.stringify(result)}`);
  const file = result.path || vscode.Uri.parse(result.uri).fsPath;
  assert.ok(fs.existsSync(file), `${file} does not exist`);
  const html = fs.readFileSync(file, "utf8");
  assert.match(html, /<html|<h[1-3]/i);
  assert.equal(path.extname(file), ".html");
});

test("a plain Markdown file gets no diagnostics", async () => {
  const document = await vscode.workspace.openTextDocument(notesUri());
  await vscode.window.showTextDocument(document);
  // The report's diagnostics arrived long ago; give the server time to (not) publish for the notes.
  await sleep(3000);
  assert.deepEqual(ours(document.uri).map((d) => `${codeOf(d)}: ${d.message}`), []);
  const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
  assert.equal(await api.summary(document.uri), undefined);
  await waitFor("the status bar item to hide", () => !api.statusBar().visible, 5000);
});

test("a settings change restarts the server with the new rule severities", async () => {
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document);
  const has = (code) => ours(document.uri).some((d) => codeOf(d) === code);
  assert.ok(has("placeholder"), "no placeholder diagnostic to switch off");
  const config = vscode.workspace.getConfiguration("mlopsReport", vscode.workspace.workspaceFolders[0].uri);
  await config.update("rules", { placeholder: "off" }, vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor("placeholder diagnostics to go", () => !has("placeholder") && ours(document.uri).length > 0, 30000);
  } finally {
    await config.update("rules", undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor("placeholder diagnostics to come back", () => has("placeholder"), 30000);
  assert.equal(await vscode.commands.executeCommand("mlopsReport.restartServer"), true);
  await waitFor("diagnostics after the restart command", () => has("placeholder"), 30000);
}, 90000);

async function run() {
  const results = [];
  let stopped;
  for (const { name, fn, timeoutMs, essential } of tests) {
    if (stopped) {
      results.push({ name, ok: false, ms: 0, error: `not run: "${stopped}" failed` });
      continue;
    }
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`test timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      results.push({ name, ok: true, ms: Date.now() - started });
      console.log(`ok   ${name}`);
    } catch (error) {
      results.push({ name, ok: false, ms: Date.now() - started, error: String((error && error.stack) || error) });
      console.log(`FAIL ${name}: ${error}`);
      if (essential) {
        stopped = name;
      }
    } finally {
      clearTimeout(timer);
    }
  }
  const out = process.env.MLOPS_VSCODE_RESULTS;
  if (out) {
    fs.writeFileSync(out, JSON.stringify({ vscode: vscode.version, results }, null, 2));
  }
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    throw new Error(`${failed.length} of ${results.length} extension-host tests failed`);
  }
}

module.exports = { run };
