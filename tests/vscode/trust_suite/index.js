// Restricted Mode: the workspace is not trusted. The extension must still check the report, with
// Python from PATH, and never run the interpreter that the workspace's settings name.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const vscode = require("vscode");
const { waitFor } = require("../waiting");

const EXTENSION_ID = "mlops-report.mlops-report";

async function run() {
  const results = [];
  const check = async (name, fn) => {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: String((error && error.stack) || error) });
    }
  };
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const report = vscode.Uri.joinPath(folder, "reports", "README.md");
  await check("the workspace is in Restricted Mode", () => assert.equal(vscode.workspace.isTrusted, false));
  await check("the report is checked with Python from PATH", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(report));
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await waitFor("activation", () => extension.isActive, 30000);
    assert.equal(await extension.exports.ready(), true, "the server did not start");
    assert.equal(extension.exports.interpreter().source, "path", JSON.stringify(extension.exports.interpreter()));
    await waitFor("diagnostics", () => vscode.languages.getDiagnostics(report).some((d) => d.source === "mlops-report"), 45000);
  });
  await check("the workspace's interpreter never ran", () =>
    assert.ok(!fs.existsSync(vscode.Uri.joinPath(folder, "tools", "ran").fsPath), "tools/python ran"),
  );
  fs.writeFileSync(process.env.MLOPS_VSCODE_RESULTS, JSON.stringify({ vscode: vscode.version, results }, null, 2));
  if (results.some((result) => !result.ok)) {
    throw new Error("Restricted Mode checks failed");
  }
}

module.exports = { run };
