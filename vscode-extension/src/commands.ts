// The palette commands: Export HTML, Show Summary, Restart Server, Show Output.
import * as path from "node:path";
import * as vscode from "vscode";
import { ActiveReport } from "./activeReport";
import { EXPORT_VIEW_TYPE } from "./constants";
import { errorText, output } from "./log";
import { ServerManager } from "./server";
import { StatusBar } from "./statusBar";
import { SummaryPanel } from "./summaryPanel";

interface RenderResult {
  uri?: string;
  path?: string;
}

/** The report a command is about: its argument, else the report the user works on. */
function targetUri(arg: unknown, report: ActiveReport, panel: SummaryPanel): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) {
    return arg;
  }
  if (typeof arg === "string" && arg.length > 0) {
    return vscode.Uri.parse(arg);
  }
  return report.uri ?? panel.shownUri;
}

/**
 * The exported page in a webview, for remote windows (code-server, SSH, WSL, Codespaces) where the
 * user's browser cannot open a file on the remote machine. Relative figure paths resolve through a
 * <base> pointing at the report's folder; scripts stay off.
 */
async function previewExported(fileUri: vscode.Uri): Promise<void> {
  const folder = vscode.Uri.joinPath(fileUri, "..");
  const panel = vscode.window.createWebviewPanel(
    EXPORT_VIEW_TYPE,
    path.posix.basename(fileUri.path),
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
    { enableScripts: false, localResourceRoots: [folder] },
  );
  const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri));
  const webview = panel.webview;
  const head =
    `<base href="${webview.asWebviewUri(folder).toString()}/">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ` +
    `img-src ${webview.cspSource} https: data:; style-src ${webview.cspSource} 'unsafe-inline'; font-src ${webview.cspSource};">`;
  webview.html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (tag) => tag + head) : head + html;
}

/** Local window: the system browser shows the page. Remote window: a webview preview shows it. */
async function openExported(result: RenderResult): Promise<void> {
  const fileUri = result.uri ? vscode.Uri.parse(result.uri) : vscode.Uri.file(result.path ?? "");
  const label = result.path ?? fileUri.fsPath;
  if (vscode.env.remoteName === undefined && fileUri.scheme === "file" && (await vscode.env.openExternal(fileUri))) {
    void vscode.window.showInformationMessage(`MLOps Report: exported ${label}`);
    return;
  }
  await previewExported(fileUri);
  void vscode.window.showInformationMessage(`MLOps Report: exported ${label}`);
}

export function registerCommands(
  server: ServerManager,
  report: ActiveReport,
  statusBar: StatusBar,
  summaryPanel: SummaryPanel,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand("mlopsReport.exportHtml", async (arg?: unknown) => {
      const uri = targetUri(arg, report, summaryPanel);
      if (!uri) {
        void vscode.window.showWarningMessage("MLOps Report: open the report to export it.");
        return undefined;
      }
      const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
      if (document?.isDirty) {
        await document.save();
      }
      let result: RenderResult | undefined;
      try {
        result = (await server.exportHtml(uri)) as RenderResult | undefined;
      } catch (error) {
        void vscode.window.showErrorMessage(`MLOps Report: export failed: ${errorText(error)}`);
        return undefined;
      }
      if (!result || (!result.uri && !result.path)) {
        void vscode.window.showWarningMessage(
          server.isRunning()
            ? `MLOps Report: ${path.basename(uri.fsPath)} is not recognised as an exam report.`
            : "MLOps Report: the language server is not running.",
        );
        return undefined;
      }
      await openExported(result);
      return result;
    }),
    vscode.commands.registerCommand("mlopsReport.showSummary", async (arg?: unknown) => {
      const uri = targetUri(arg, report, summaryPanel);
      if (!uri) {
        void vscode.window.showWarningMessage("MLOps Report: open the report to see its summary.");
        return undefined;
      }
      return summaryPanel.show(uri);
    }),
    vscode.commands.registerCommand("mlopsReport.restartServer", async () => {
      server.resetWarnings();
      const ok = await server.restart("command");
      statusBar.refresh();
      return ok;
    }),
    vscode.commands.registerCommand("mlopsReport.showOutput", () => output().show()),
  ];
}
