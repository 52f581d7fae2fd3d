// Which `mlopsReport` settings reach the server: only those the user set, unvalidated (the server
// validates them once and lays them over the team's `.mlops-report.toml`). No `vscode` import:
// unit-tested with node --test.

/** The parts of `WorkspaceConfiguration.inspect()` that a user can set. */
export interface Inspected {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** Keys of the section that only the extension reads; the server never sees them. */
export const CLIENT_ONLY_KEYS: readonly string[] = ["interpreter", "trace"];

/** Settings whose change means a new server process (another interpreter, another trace level). */
export const RESTART_SETTINGS = ["mlopsReport.interpreter", "mlopsReport.trace.server"] as const;

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value the user set, the most specific level winning; tables are merged across levels the way
 * VS Code merges them. Undefined when only the default applies, so the server's own settings file
 * (e.g. `profile = "31q-2024"` in `.mlops-report.toml`) is not overridden by a default.
 */
export function userValue(inspected: Inspected | undefined): unknown {
  if (!inspected) {
    return undefined;
  }
  const levels = [inspected.globalValue, inspected.workspaceValue, inspected.workspaceFolderValue].filter(
    (value) => value !== undefined,
  );
  if (levels.length === 0) {
    return undefined;
  }
  if (levels.every(isTable)) {
    return Object.assign({}, ...levels);
  }
  return levels[levels.length - 1];
}

/** `{key: value}` for every key of the section the user set, minus the extension's own keys. */
export function userSettings(keys: readonly string[], inspect: (key: string) => Inspected | undefined): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const key of keys) {
    if (CLIENT_ONLY_KEYS.includes(key)) {
      continue;
    }
    const value = userValue(inspect(key));
    if (value !== undefined) {
      settings[key] = value;
    }
  }
  return settings;
}

/** True when a configuration change touches any setting that needs a new server process. */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return RESTART_SETTINGS.some((section) => affects(section));
}
