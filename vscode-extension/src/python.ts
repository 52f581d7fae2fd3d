// Interpreter discovery with VS Code: the user's setting, the Python extension's active environment
// (through its published API), then PATH. In Restricted Mode nothing a workspace chose is run.
import { execFile } from "node:child_process";
import * as os from "node:os";
import { PVSC_EXTENSION_ID, PythonExtension } from "@vscode/python-extension";
import * as vscode from "vscode";
import { SECTION } from "./constants";
import {
  PROBE_SCRIPT,
  Resolved,
  candidates,
  commandFromSetting,
  describeRejections,
  resolveInterpreter,
} from "./interpreter";
import { errorText, output } from "./log";

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

function workspaceFolder(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** The Python extension's API when that extension is installed (activating it if needed). */
async function pythonApi(): Promise<PythonExtension | undefined> {
  if (!vscode.extensions.getExtension(PVSC_EXTENSION_ID)) {
    return undefined;
  }
  try {
    return await PythonExtension.api();
  } catch (error) {
    output().warn(`Could not reach the Python extension: ${errorText(error)}`);
    return undefined;
  }
}

/** The Python extension's active interpreter for the workspace. */
async function pythonExtensionCommand(): Promise<string[] | undefined> {
  const api = await pythonApi();
  if (!api) {
    return undefined;
  }
  try {
    const environments = api.environments;
    const active = environments.getActiveEnvironmentPath(workspaceFolder());
    const resolved = await environments.resolveEnvironment(active);
    const executable = resolved?.executable.uri?.fsPath ?? active.path;
    return executable ? [executable] : undefined;
  } catch (error) {
    output().warn(`Could not ask the Python extension for its interpreter: ${errorText(error)}`);
    return undefined;
  }
}

/**
 * `mlopsReport.interpreter` as a command. In Restricted Mode only the user's own (global) value
 * counts: a cloned repository's `.vscode/settings.json` must not choose a program to run.
 */
export function interpreterSetting(): string[] | undefined {
  const folder = workspaceFolder();
  const config = vscode.workspace.getConfiguration(SECTION, folder ?? null);
  const value = vscode.workspace.isTrusted ? config.get("interpreter") : config.inspect("interpreter")?.globalValue;
  return commandFromSetting(value, { workspaceFolder: folder?.fsPath, home: os.homedir() });
}

export async function findInterpreter(): Promise<Resolved | undefined> {
  const setting = interpreterSetting();
  const trusted = vscode.workspace.isTrusted;
  if (!trusted) {
    output().info("Restricted Mode: using your own mlopsReport.interpreter or Python from PATH, not the workspace's.");
  }
  const list = candidates({
    setting,
    // The Python extension may have picked the workspace's own virtual environment.
    pythonExtension: trusted ? await pythonExtensionCommand() : undefined,
    platform: process.platform,
  });
  output().info(`Looking for Python 3.10+: ${list.map((candidate) => candidate.command.join(" ")).join(", ")}`);
  const { interpreter, rejected } = await resolveInterpreter(list, runProbe);
  for (const line of describeRejections(rejected)) {
    output().warn(`Python candidate rejected: ${line}`);
  }
  if (setting && interpreter && interpreter.source !== "setting") {
    output().warn(`mlopsReport.interpreter (${setting.join(" ")}) is not usable; using ${interpreter.command.join(" ")}`);
  }
  return interpreter;
}

/** Calls `onChange` when the Python extension's active interpreter changes (and ours is not set). */
export async function watchPythonExtension(onChange: () => void): Promise<vscode.Disposable | undefined> {
  if (!vscode.workspace.isTrusted) {
    return undefined;
  }
  const api = await pythonApi();
  if (!api) {
    return undefined;
  }
  return api.environments.onDidChangeActiveEnvironmentPath(() => {
    if (!interpreterSetting()) {
      onChange();
    }
  });
}
