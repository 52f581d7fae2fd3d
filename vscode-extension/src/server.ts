// The language server's lifecycle: find Python, start `bundled/tool/launch.py` over stdio, restart and
// stop in order, answer the server's `workspace/configuration` pulls with the settings the user set.
import * as path from "node:path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";
import { CLIENT_ID, CLIENT_NAME, DEV_SERVER_ENV, RENDER_COMMAND, SECTION } from "./constants";
import { Resolved, formatVersion } from "./interpreter";
import { errorText, output } from "./log";
import { findInterpreter } from "./python";
import { userSettings } from "./settings";

/** The `mlopsReport` settings the user set (any level), for `scope`; defaults are left to the server. */
export function serverSettings(scope?: vscode.Uri | null): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, scope ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? null);
  const keys = Object.keys(config).filter((key) => typeof (config as unknown as Record<string, unknown>)[key] !== "function");
  return userSettings(keys, (key) => config.inspect(key));
}

/**
 * The languageclient logs every server exit as an error, also the clean exit that follows our own
 * stop: that line is logged as information instead.
 */
function quietOnCleanExit(channel: vscode.LogOutputChannel, stopping: () => boolean): vscode.LogOutputChannel {
  return new Proxy(channel, {
    get(target, property, receiver) {
      if (property === "appendLine") {
        return (line: string) => {
          if (stopping() && /Server process exited with code 0\.$/.test(line)) {
            target.info("The server stopped.");
          } else {
            target.appendLine(line);
          }
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export class ServerManager implements vscode.Disposable {
  client: LanguageClient | undefined;
  interpreter: Resolved | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private startDone: Promise<boolean> = Promise.resolve(false);
  private warnedNoPython = false;
  private exportsInFlight = 0;
  private stopping = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after each (re)start. */
  readonly onDidStart = this.emitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  start(): Promise<boolean> {
    this.startDone = this.enqueue(() => this.doStart());
    return this.startDone;
  }

  restart(reason: string): Promise<boolean> {
    output().info(`Restarting the server: ${reason}`);
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

  /** Tells the server its settings changed; it pulls them again (no restart needed). */
  async settingsChanged(): Promise<void> {
    await this.ready();
    if (this.client && this.isRunning()) {
      await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }
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

  /** After the interpreter setting changes, a missing Python is worth one new notification. */
  resetWarnings(): void {
    this.warnedNoPython = false;
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

  /** `launch.py` and the environment it needs; `MLOPS_REPORT_DEV_SERVER` swaps in a working tree. */
  private launch(): { script: string; env: NodeJS.ProcessEnv } {
    const script = this.context.asAbsolutePath(path.join("bundled", "tool", "launch.py"));
    const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUTF8: "1" };
    const dev = process.env[DEV_SERVER_ENV];
    if (dev) {
      output().info(`${DEV_SERVER_ENV}: running the server from ${dev}`);
    }
    return { script, env };
  }

  private async doStart(): Promise<boolean> {
    const interpreter = await findInterpreter();
    this.interpreter = interpreter;
    if (!interpreter) {
      this.notifyNoPython();
      return false;
    }
    const { script, env } = this.launch();
    const [command, ...commandArgs] = interpreter.command;
    const serverOptions: ServerOptions = {
      command,
      args: [...commandArgs, "-I", script],
      transport: TransportKind.stdio,
      options: { env },
    };
    const channel = quietOnCleanExit(output(), () => this.stopping);
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: "file", language: "markdown" },
        { scheme: "untitled", language: "markdown" },
      ],
      initializationOptions: { [SECTION]: serverSettings() },
      outputChannel: channel,
      traceOutputChannel: channel,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: {
        workspace: {
          // Only what the user set: a default must not override the team's settings file.
          configuration: async (params, token, next) => {
            const values = await next(params, token);
            if (!Array.isArray(values)) {
              return values;
            }
            return params.items.map((item, index) =>
              item.section === SECTION
                ? serverSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
                : values[index],
            );
          },
        },
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
    output().info(
      `Starting the server with Python ${formatVersion(interpreter.version)} (${interpreter.source}): ` +
        `${interpreter.command.join(" ")} -I ${script}`,
    );
    try {
      await client.start();
    } catch (error) {
      output().error(`The server did not start: ${errorText(error)}`);
      void vscode.window
        .showErrorMessage(`MLOps Report: the language server did not start (${errorText(error)}).`, "Show Output")
        .then((choice) => choice && output().show());
      return false;
    }
    this.emitter.fire();
    return true;
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) {
      return;
    }
    this.stopping = true;
    try {
      await client.stop(2000);
    } catch (error) {
      output().warn(`Stopping the server: ${errorText(error)}`);
    }
    await client.dispose().catch(() => undefined);
    // The process' exit event may come a moment after stop() resolves.
    setTimeout(() => (this.stopping = false), 2000);
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
          output().show();
        }
      });
  }
}
