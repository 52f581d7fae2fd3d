// Finding a Python (3.10 or newer) to run the bundled server. No `vscode` import: unit-tested with node --test.

export const MIN_PYTHON: readonly [number, number] = [3, 10];

/** Where a candidate came from, in the order they are tried. */
export type InterpreterSource = "setting" | "python-extension" | "path";

export interface Candidate {
  /** Executable followed by its own arguments, e.g. ["py", "-3.12"]. */
  command: string[];
  source: InterpreterSource;
}

export interface ProbeResult {
  version: [number, number, number];
  executable: string;
}

export interface Resolved extends ProbeResult {
  command: string[];
  source: InterpreterSource;
}

export interface Rejection {
  candidate: Candidate;
  reason: string;
}

export interface Resolution {
  interpreter?: Resolved;
  rejected: Rejection[];
}

/** Runs `command` with the probe script; returns its stdout, or throws when it cannot be run. */
export type Runner = (command: string[]) => Promise<string>;

/** The script handed to `python -c`: prints the version and the real executable. */
export const PROBE_SCRIPT = "import sys; print('%d.%d.%d' % sys.version_info[:3]); print(sys.executable)";

export interface Expansions {
  workspaceFolder?: string;
  home?: string;
}

/** Expands `${workspaceFolder}`, `${userHome}` and a leading `~` in one setting value. */
export function expandVariables(value: string, expansions: Expansions): string {
  let out = value;
  if (expansions.home !== undefined) {
    out = out.replace(/\$\{userHome\}/g, expansions.home);
    if (out === "~" || out.startsWith("~/") || out.startsWith("~\\")) {
      out = expansions.home + out.slice(1);
    }
  }
  if (expansions.workspaceFolder !== undefined) {
    out = out.replace(/\$\{workspaceFolder\}/g, expansions.workspaceFolder);
  }
  return out;
}

/**
 * Turns the `mlopsReport.interpreter` setting into a command, or undefined when it is unset.
 * A string is one executable path (spaces allowed); an array is an executable and its arguments.
 */
export function commandFromSetting(value: unknown, expansions: Expansions = {}): string[] | undefined {
  let parts: string[];
  if (typeof value === "string") {
    parts = [value];
  } else if (Array.isArray(value)) {
    parts = value.filter((part): part is string => typeof part === "string");
  } else {
    return undefined;
  }
  parts = parts.map((part) => expandVariables(part.trim(), expansions)).filter((part) => part.length > 0);
  return parts.length > 0 ? parts : undefined;
}

/** The candidates in priority order: the setting, the Python extension's interpreter, then PATH. */
export function candidates(options: {
  setting?: string[];
  pythonExtension?: string[];
  platform?: string;
}): Candidate[] {
  const list: Candidate[] = [];
  if (options.setting) {
    list.push({ command: options.setting, source: "setting" });
  }
  if (options.pythonExtension) {
    list.push({ command: options.pythonExtension, source: "python-extension" });
  }
  const onPath = options.platform === "win32" ? [["python"], ["py", "-3"], ["python3"]] : [["python3"], ["python"]];
  for (const command of onPath) {
    list.push({ command, source: "path" });
  }
  return list;
}

/** Parses the probe's output; undefined when it does not look like one. */
export function parseProbeOutput(stdout: string): ProbeResult | undefined {
  const lines = stdout.split(/\r?\n/).map((line) => line.trim());
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(lines[0] ?? "");
  if (!match) {
    return undefined;
  }
  return {
    version: [Number(match[1]), Number(match[2]), Number(match[3])],
    executable: lines[1] ?? "",
  };
}

export function isSupported(version: readonly number[], minimum: readonly number[] = MIN_PYTHON): boolean {
  for (let i = 0; i < minimum.length; i++) {
    const have = version[i] ?? 0;
    if (have !== minimum[i]) {
      return have > minimum[i];
    }
  }
  return true;
}

export function formatVersion(version: readonly number[]): string {
  return version.join(".");
}

/** Tries each candidate in turn and returns the first that runs and is new enough. */
export async function resolveInterpreter(list: Candidate[], run: Runner): Promise<Resolution> {
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  for (const candidate of list) {
    const key = JSON.stringify(candidate.command);
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    let stdout: string;
    try {
      stdout = await run(candidate.command);
    } catch (error) {
      rejected.push({ candidate, reason: `cannot run it (${errorMessage(error)})` });
      continue;
    }
    const probe = parseProbeOutput(stdout);
    if (!probe) {
      rejected.push({ candidate, reason: `unexpected output ${JSON.stringify(stdout.slice(0, 80))}` });
      continue;
    }
    if (!isSupported(probe.version)) {
      rejected.push({
        candidate,
        reason: `Python ${formatVersion(probe.version)} is too old (${formatVersion(MIN_PYTHON)} or newer needed)`,
      });
      continue;
    }
    return { interpreter: { ...probe, command: candidate.command, source: candidate.source }, rejected };
  }
  return { rejected };
}

/** One line per rejected candidate, for the output channel and the notification. */
export function describeRejections(rejected: Rejection[]): string[] {
  return rejected.map(({ candidate, reason }) => `${candidate.command.join(" ")} (${candidate.source}): ${reason}`);
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
