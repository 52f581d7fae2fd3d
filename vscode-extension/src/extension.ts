// The VS Code client: starts the bundled `mlops-report lsp` server with the user's Python and adds
// commands, a status bar item and a Summary view on top of the server's diagnostics. Each part has
// its module (the layout of Microsoft's Python tools extension template); this one wires them.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { ActiveReport } from "./activeReport";
import { registerCommands } from "./commands";
import { SUMMARY_COMMAND } from "./constants";
import { Resolved } from "./interpreter";
import { createOutput, output } from "./log";
import { watchPythonExtension } from "./python";
import { ServerManager } from "./server";
import { needsRestart } from "./settings";
import { StatusBar, StatusBarState } from "./statusBar";
import { ReportSummary, asSummary } from "./summary";
import { SummaryPanel, SummaryPanelState } from "./summaryPanel";

/** What activate() returns: read-only views used by the end-to-end tests. */
export interface ExtensionApi {
  /** Resolves once a server has started (or failed to). */
  ready(): Promise<boolean>;
  statusBar(): StatusBarState;
  summaryPanel(): SummaryPanelState;
  /** Fires when the status bar item or the Summary panel shows something new. */
  onDidUpdate: vscode.Event<"statusBar" | "summaryPanel">;
  summary(uri: vscode.Uri): Promise<ReportSummary | undefined>;
  interpreter(): Resolved | undefined;
}

let activeServer: ServerManager | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  context.subscriptions.push(createOutput());
  const launchScript = context.asAbsolutePath(path.join("bundled", "tool", "launch.py"));
  if (!fs.existsSync(launchScript)) {
    output().error(`${launchScript} is missing: the extension is not packaged correctly.`);
  }

  const server = new ServerManager(context);
  activeServer = server;
  const report = new ActiveReport();
  const statusBar = new StatusBar(server, report);
  const summaryPanel = new SummaryPanel(server);
  const updates = new vscode.EventEmitter<"statusBar" | "summaryPanel">();
  context.subscriptions.push(server, report, statusBar, summaryPanel, updates);
  context.subscriptions.push(...registerCommands(server, report, statusBar, summaryPanel));

  const restart = (reason: string) => {
    server.resetWarnings();
    void server.restart(reason).then(() => statusBar.refresh());
  };
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = report.uri?.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) {
        statusBar.refresh();
      }
      summaryPanel.refresh(event.uris);
    }),
    report.onDidChange(() => statusBar.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (needsRestart((section) => event.affectsConfiguration(section))) {
        restart("settings changed");
      } else if (event.affectsConfiguration("mlopsReport")) {
        void server.settingsChanged();
      }
    }),
    // Trusting the workspace lets its own interpreter settings count.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart("the workspace is trusted now")),
    server.onDidStart(() => statusBar.refresh()),
    statusBar.onDidUpdate(() => updates.fire("statusBar")),
    summaryPanel.onDidRender(() => updates.fire("summaryPanel")),
  );
  const watcher = await watchPythonExtension(() => restart("the Python extension's interpreter changed"));
  if (watcher) {
    context.subscriptions.push(watcher);
  }

  void server.start();

  return {
    ready: () => server.ready(),
    statusBar: () => statusBar.state(),
    summaryPanel: () => summaryPanel.state(),
    onDidUpdate: updates.event,
    summary: async (uri) => asSummary(await server.executeCommand(SUMMARY_COMMAND, [uri.toString()])),
    interpreter: () => server.interpreter,
  };
}

export function deactivate(): Thenable<void> | undefined {
  const server = activeServer;
  activeServer = undefined;
  return server?.stop();
}
