// The VS Code client: starts the bundled `mlops-report lsp` server with the user's Python and adds
// commands, a status bar item and a summary view on top of the server's diagnostics.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";
import {
  PROBE_SCRIPT,
  Resolved,
  candidates,
  commandFromSetting,
  describeRejections,
  formatVersion,
  resolveInterpreter,
} from "./interpreter";
import { needsRestart, toInitializationOptions } from "./settings";
import { ReportSummary, asSummary, statusBarText, statusBarTooltip, summaryHtml } from "./summary";

const CLIENT_ID = "mlopsReport";
const CLIENT_NAME = "MLOps Report";
const RENDER_COMMAND = "mlops-report.renderHtml";
const SUMMARY_COMMAND = "mlops-report.summary";
const IS_REPORT_CONTEXT = "mlopsReport.isReport";

/** Our settings for the first workspace folder (the server serves the whole window). */
function settings(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration("mlopsReport", vscode.workspace.workspaceFolders?.[0]?.uri ?? null);
}

/** What activate() returns: read-only views used by the end-to-end tests. */
export interface ExtensionApi {
  /** Resolves once a server has started (or failed to). */
  ready(): Promise<boolean>;
  statusBar(): { text: string; tooltip: string; visible: boolean };
  summary(uri: vscode.Uri): Promise<ReportSummary | undefined>;
  interpreter(): Resolved | undefined;
}

let output: vscode.LogOutputChannel;
let activeServer: ServerManager | undefined;

class ServerManager implements vscode.Disposable {
  client: LanguageClient | undefined;
  interpreter: Resolved | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private startDone: Promise<boolean> = Promise.resolve(false);
  private warnedNoPython = false;
  private exportsInFlight = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after each (re)start. */
  readonly onDidStart = this.emitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  start(): Promise<boolean> {
    this.startDone = this.enqueue(() => this.doStart());
    return this.startDone;
  }

  restart(reason: string): Promise<boolean> {
    output.info(`Restarting the server: ${reason}`);
    this.startDone = this.enqueue(async () => {
      await this.doStop();
      return this.doStart();
    });
    return this.startDone;
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  ready(): Promise<boolean> {
    return this.startDone;
  }

  isRunning(): boolean {
    return this.client?.state === State.Running;
  }

  /** Sends workspace/executeCommand to the server; undefined when it is not running. */
  async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    await this.ready();
    if (!this.client || !this.isRunning()) {
      return undefined;
    }
    return this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async exportHtml(uri: vscode.Uri): Promise<unknown> {
    this.exportsInFlight++;
    try {
      return await this.executeCommand(RENDER_COMMAND, [uri.toString()]);
    } finally {
      this.exportsInFlight--;
    }
  }

  dispose(): void {
    void this.stop();
    this.emitter.dispose();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async doStart(): Promise<boolean> {
    const interpreter = await findInterpreter();
    this.interpreter = interpreter;
    if (!interpreter) {
      this.notifyNoPython();
      return false;
    }
    const launchScript = this.context.asAbsolutePath(path.join("bundled", "tool", "launch.py"));
    const config = settings();
    const { options, warnings } = toInitializationOptions({
      profile: config.get("profile"),
      rules: config.get("rules"),
    });
    for (const warning of warnings) {
      output.warn(warning);
      void vscode.window.showWarningMessage(`MLOps Report: ${warning}`);
    }
    const [command, ...commandArgs] = interpreter.command;
    const serverOptions: ServerOptions = {
      command,
      args: [...commandArgs, "-I", launchScript],
      transport: TransportKind.stdio,
      options: { env: { ...process.env, PYTHONUTF8: "1" } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: "file", language: "markdown" },
        { scheme: "untitled", language: "markdown" },
      ],
      initializationOptions: options,
      outputChannel: output,
      traceOutputChannel: output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: {
        window: {
          // The server asks to show the exported HTML; the export command opens it itself.
          showDocument: async (params, next) => {
            if (this.exportsInFlight > 0 && params.uri.toLowerCase().endsWith(".html")) {
              return { success: true };
            }
            const result = await next(params, new vscode.CancellationTokenSource().token);
            return "success" in result ? result : { success: false };
          },
        },
      },
    };
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.client = client;
    output.info(
      `Starting the server with Python ${formatVersion(interpreter.version)} (${interpreter.source}): ` +
        `${interpreter.command.join(" ")} -I ${launchScript}`,
    );
    try {
      await client.start();
    } catch (error) {
      output.error(`The server did not start: ${errorText(error)}`);
      void vscode.window
        .showErrorMessage(`MLOps Report: the language server did not start (${errorText(error)}).`, "Show Output")
        .then((choice) => choice && output.show());
      return false;
    }
    this.emitter.fire();
    return true;
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(2000);
      } catch (error) {
        output.warn(`Stopping the server: ${errorText(error)}`);
      }
      await client.dispose().catch(() => undefined);
    }
  }

  private notifyNoPython(): void {
    if (this.warnedNoPython) {
      return;
    }
    this.warnedNoPython = true;
    const openSetting = "Open Setting";
    void vscode.window
      .showErrorMessage(
        "MLOps Report needs Python 3.10 or newer to run its checks, and none was found. " +
          "Install Python or set mlopsReport.interpreter.",
        openSetting,
        "Show Output",
      )
      .then((choice) => {
        if (choice === openSetting) {
          void vscode.commands.executeCommand("workbench.action.openSettings", "mlopsReport.interpreter");
        } else if (choice) {
          output.show();
        }
      });
  }

  /** After the interpreter setting changes, a missing Python is worth one new notification. */
  resetWarnings(): void {
    this.warnedNoPython = false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function runProbe(command: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = command;
    execFile(file, [...args, "-I", "-c", PROBE_SCRIPT], { timeout: 15000, windowsHide: true }, (error, stdout) => {
      if (error) {
        reject(error);
      } else {
        resolve(stdout);
      }
    });
  });
}

/** The Python extension's active interpreter for the workspace, when that extension is installed. */
async function pythonExtensionCommand(): Promise<string[] | undefined> {
  const extension = vscode.extensions.getExtension("ms-python.python");
  if (!extension) {
    return undefined;
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api: any = extension.isActive ? extension.exports : await extension.activate();
    const resource = vscode.workspace.workspaceFolders?.[0]?.uri;
    const environments = api?.environments;
    if (environments?.getActiveEnvironmentPath) {
      const active = environments.getActiveEnvironmentPath(resource);
      const resolved = await environments.resolveEnvironment(active);
      const executable: string | undefined = resolved?.executable?.uri?.fsPath ?? active?.path;
      if (executable) {
        return [executable];
      }
    }
    const details = api?.settings?.getExecutionDetails?.(resource);
    if (Array.isArray(details?.execCommand) && details.execCommand.length > 0) {
      return details.execCommand as string[];
    }
  } catch (error) {
    output.warn(`Could not ask the Python extension for its interpreter: ${errorText(error)}`);
  }
  return undefined;
}

async function findInterpreter(): Promise<Resolved | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const setting = commandFromSetting(settings().get("interpreter"), {
    workspaceFolder: folder,
    home: os.homedir(),
  });
  const list = candidates({
    setting,
    pythonExtension: await pythonExtensionCommand(),
    platform: process.platform,
  });
  const { interpreter, rejected } = await resolveInterpreter(list, runProbe);
  for (const line of describeRejections(rejected)) {
    output.warn(`Python candidate rejected: ${line}`);
  }
  if (setting && interpreter && interpreter.source !== "setting") {
    output.warn(`mlopsReport.interpreter (${setting.join(" ")}) is not usable; using ${interpreter.command.join(" ")}`);
  }
  return interpreter;
}

class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("mlopsReport.status", vscode.StatusBarAlignment.Left, 50);
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private tooltipText = "";
  private visible = false;
  current: { uri: vscode.Uri; summary: ReportSummary } | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidUpdate = this.emitter.event;

  constructor(private readonly server: ServerManager) {
    this.item.name = "MLOps Report";
    this.item.command = "workbench.actions.view.problems";
  }

  schedule(delay = 300): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.update(), delay);
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== "markdown") {
      this.show(undefined);
      return;
    }
    const uri = editor.document.uri;
    let summary: ReportSummary | undefined;
    try {
      summary = asSummary(await this.server.executeCommand(SUMMARY_COMMAND, [uri.toString()]));
    } catch (error) {
      output.warn(`Summary for ${uri.toString()}: ${errorText(error)}`);
    }
    if (generation === this.generation) {
      this.show(summary ? { uri, summary } : undefined);
    }
  }

  state(): { text: string; tooltip: string; visible: boolean } {
    return { text: this.item.text, tooltip: this.tooltipText, visible: this.visible };
  }

  private show(current: { uri: vscode.Uri; summary: ReportSummary } | undefined): void {
    this.current = current;
    void vscode.commands.executeCommand("setContext", IS_REPORT_CONTEXT, current !== undefined);
    if (current) {
      this.item.text = statusBarText(current.summary);
      this.tooltipText = statusBarTooltip(current.summary);
      this.item.tooltip = new vscode.MarkdownString(this.tooltipText, true);
      this.item.show();
      this.visible = true;
    } else {
      this.item.hide();
      this.visible = false;
    }
    this.emitter.fire();
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.item.dispose();
    this.emitter.dispose();
  }
}

class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;

  constructor(private readonly server: ServerManager) {}

  async show(uri: vscode.Uri): Promise<ReportSummary | undefined> {
    const summary = await this.fetch(uri);
    if (!summary) {
      void vscode.window.showInformationMessage(
        `MLOps Report: ${path.basename(uri.fsPath)} is not recognised as an exam report.`,
      );
      return undefined;
    }
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        "mlopsReport.summary",
        "Report Summary",
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.uri = undefined;
      });
    }
    this.render(summary);
    this.panel.reveal(undefined, true);
    return summary;
  }

  /** Re-renders when the report shown changed. */
  async refresh(uris: readonly vscode.Uri[]): Promise<void> {
    const shown = this.uri;
    if (!this.panel || !shown || !uris.some((uri) => uri.toString() === shown.toString())) {
      return;
    }
    const summary = await this.fetch(shown);
    if (summary && this.panel && this.uri?.toString() === shown.toString()) {
      this.render(summary);
    }
  }

  private async fetch(uri: vscode.Uri): Promise<ReportSummary | undefined> {
    return asSummary(await this.server.executeCommand(SUMMARY_COMMAND, [uri.toString()]));
  }

  private render(summary: ReportSummary): void {
    if (!this.panel) {
      return;
    }
    const nonce = Array.from({ length: 16 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
    this.panel.title = `Summary: ${path.basename(summary.file)}`;
    this.panel.webview.html = summaryHtml(summary, { cspSource: this.panel.webview.cspSource, nonce });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) {
    return arg;
  }
  if (typeof arg === "string" && arg.length > 0) {
    return vscode.Uri.parse(arg);
  }
  return vscode.window.activeTextEditor?.document.uri;
}

interface RenderResult {
  uri?: string;
  path?: string;
}

async function openExported(result: RenderResult): Promise<void> {
  const fileUri = result.uri ? vscode.Uri.parse(result.uri) : vscode.Uri.file(result.path ?? "");
  const label = result.path ?? fileUri.fsPath;
  if (vscode.env.remoteName === undefined && fileUri.scheme === "file") {
    // Local window: the system browser shows the page with its figures.
    const opened = await vscode.env.openExternal(fileUri);
    if (opened) {
      void vscode.window.showInformationMessage(`MLOps Report: exported ${label}`);
      return;
    }
  }
  // Remote window (SSH, containers, Codespaces): the browser cannot reach the file, so show its source.
  await vscode.window.showTextDocument(fileUri, { preview: true, preserveFocus: false });
  void vscode.window.showInformationMessage(`MLOps Report: exported ${label}`);
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);

  const launchScript = context.asAbsolutePath(path.join("bundled", "tool", "launch.py"));
  if (!fs.existsSync(launchScript)) {
    output.error(`${launchScript} is missing: the extension is not packaged correctly.`);
  }

  const server = new ServerManager(context);
  activeServer = server;
  const statusBar = new StatusBar(server);
  const summaryPanel = new SummaryPanel(server);
  context.subscriptions.push(server, statusBar, summaryPanel);

  context.subscriptions.push(
    vscode.commands.registerCommand("mlopsReport.exportHtml", async (arg?: unknown) => {
      const uri = targetUri(arg);
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
      const uri = targetUri(arg);
      if (!uri) {
        void vscode.window.showWarningMessage("MLOps Report: open the report to see its summary.");
        return undefined;
      }
      return summaryPanel.show(uri);
    }),
    vscode.commands.registerCommand("mlopsReport.restartServer", async () => {
      server.resetWarnings();
      const ok = await server.restart("command");
      statusBar.schedule(0);
      return ok;
    }),
    vscode.commands.registerCommand("mlopsReport.showOutput", () => output.show()),
  );

  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) {
        statusBar.schedule();
      }
      void summaryPanel.refresh(event.uris);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.schedule(100)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (needsRestart((section) => event.affectsConfiguration(section))) {
        if (event.affectsConfiguration("mlopsReport.interpreter")) {
          server.resetWarnings();
        }
        void server.restart("settings changed").then(() => statusBar.schedule(0));
      }
    }),
    server.onDidStart(() => statusBar.schedule(500)),
  );

  await watchPythonExtension(context, server, statusBar);

  void server.start();

  return {
    ready: () => server.ready(),
    statusBar: () => statusBar.state(),
    summary: async (uri) => asSummary(await server.executeCommand(SUMMARY_COMMAND, [uri.toString()])),
    interpreter: () => server.interpreter,
  };
}

/** Restarts the server when the Python extension's active interpreter changes. */
async function watchPythonExtension(
  context: vscode.ExtensionContext,
  server: ServerManager,
  statusBar: StatusBar,
): Promise<void> {
  const extension = vscode.extensions.getExtension("ms-python.python");
  if (!extension) {
    return;
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api: any = extension.isActive ? extension.exports : await extension.activate();
    const event = api?.environments?.onDidChangeActiveEnvironmentPath;
    if (typeof event === "function") {
      context.subscriptions.push(
        event(() => {
          const setting = settings().get("interpreter");
          if (!commandFromSetting(setting)) {
            server.resetWarnings();
            void server.restart("the Python extension's interpreter changed").then(() => statusBar.schedule(0));
          }
        }),
      );
    }
  } catch (error) {
    output.warn(`Could not watch the Python extension: ${errorText(error)}`);
  }
}

export function deactivate(): Thenable<void> | undefined {
  const server = activeServer;
  activeServer = undefined;
  return server?.stop();
}
