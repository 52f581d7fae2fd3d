// Extension-host tests: VS Code require()s this module inside its extension host and awaits run().
// Only the public `vscode` API is used. Results go to $MLOPS_VSCODE_RESULTS (JSON) for pytest.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { sleep, waitFor } = require("../waiting");

const EXTENSION_ID = "mlops-report.mlops-report";
const SOURCE = "mlops-report";
const tests = [];

/** A test; `essential` ones stop the run when they fail, since everything after needs them. */
function test(name, fn, timeoutMs = 60000, essential = false) {
  tests.push({ name, fn, timeoutMs, essential });
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
  // Ask again for a few seconds: once in several CI runs the first request came back empty (the
  // cause is not found yet); the fix must still arrive.
  let actions = [];
  const fix = await waitFor("a quick fix with an edit", async () => {
    actions = (await vscode.commands.executeCommand(
      "vscode.executeCodeActionProvider",
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    )) || [];
    return actions.find(
      (action) => action.edit && (action.diagnostics || []).some((d) => codeOf(d) === "image-as-link"),
    ) || actions.find((action) => action.edit);
  }, 10000).catch(() => undefined);
  assert.ok(fix, `no quick fix with an edit; got ${actions.map((a) => a.title).join(", ")}`);
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

test("a trusted workspace's own interpreter setting is used", async () => {
  assert.equal(vscode.workspace.isTrusted, true);
  const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
  assert.equal(api.interpreter().source, "setting", JSON.stringify(api.interpreter()));
  assert.ok(fs.existsSync(workspaceFile("tools", "ran").fsPath), "the workspace's interpreter did not run");
});

test("the team's settings file keeps its profile (the extension sends only what the user set)", async () => {
  const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document);
  const detected = (await api.summary(document.uri)).profile;
  assert.notEqual(detected, "31q-2024");
  const settingsFile = workspaceFile(".mlops-report.toml");
  await vscode.workspace.fs.writeFile(settingsFile, Buffer.from('profile = "31q-2024"\n'));
  try {
    await waitFor("the profile from .mlops-report.toml", async () => (await api.summary(document.uri)).profile === "31q-2024", 20000);
    await waitFor("the status bar to name it", () => api.statusBar().tooltip.includes("31q-2024"), 10000);
  } finally {
    await vscode.workspace.fs.delete(settingsFile);
  }
  await waitFor("the detected profile again", async () => (await api.summary(document.uri)).profile === detected, 20000);
});

test("the status item's accessibility label is plain words", async () => {
  const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document);
  const state = await waitFor("the status bar item", () => (api.statusBar().visible ? api.statusBar() : undefined), 10000);
  assert.match(state.label, /^MLOps report: \d+ of \d+ questions within limits/);
  assert.doesNotMatch(state.label, /[*`\\]|\$\(/);
});

test("with the Summary focused, Export HTML still works and opens the rendered page", async () => {
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  const document = await vscode.workspace.openTextDocument(reportUri());
  await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  await vscode.commands.executeCommand("mlopsReport.showSummary");
  await vscode.commands.executeCommand("workbench.action.focusSecondEditorGroup");
  const active = () => vscode.window.tabGroups.activeTabGroup.activeTab;
  await waitFor("the Summary to have focus", () => {
    const tab = active();
    return tab && tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith("mlopsReport.summary");
  }, 5000).catch((error) => {
    const tab = active();
    throw new Error(`${error.message}; active tab: ${tab && tab.label} in column ${vscode.window.tabGroups.activeTabGroup.viewColumn}, activeTextEditor ${vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.path}`);
  });
  const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
  assert.ok(api.statusBar().visible, "the status bar item hid when the Summary got focus");
  const result = await vscode.commands.executeCommand("mlopsReport.exportHtml");
  assert.ok(result && result.path, `no export from the Summary: ${JSON.stringify(result)}`);
  // code-server is a remote window: the page opens in a webview, not as HTML source.
  assert.ok(vscode.env.remoteName, "expected a remote window");
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  const preview = await waitFor("the exported page's preview", () =>
    vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith("mlopsReport.exportPreview")),
  5000);
  assert.equal(preview.label, "report.html");
  assert.ok(
    !tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.path.endsWith(".html")),
    "the HTML source was opened as text",
  );
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
});

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
