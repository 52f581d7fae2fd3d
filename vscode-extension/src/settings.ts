// Editor settings -> the server's initializationOptions. No `vscode` import: unit-tested with node --test.

export const PROFILES = ["auto", "27q", "31q-2024", "31q-2025", "31q-2026"] as const;
export type Profile = (typeof PROFILES)[number];

export const SEVERITIES = ["error", "warning", "information", "hint", "off"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface InitializationOptions {
  profile: Profile;
  rules: Record<string, Severity>;
}

/** Settings whose change means the server must be restarted. */
export const RESTART_SETTINGS = [
  "mlopsReport.interpreter",
  "mlopsReport.profile",
  "mlopsReport.rules",
  "mlopsReport.trace.server",
] as const;

const SEVERITY_ALIASES: Record<string, Severity> = {
  info: "information",
  warn: "warning",
  none: "off",
  ignore: "off",
  disabled: "off",
};

export function normalizeSeverity(value: unknown): Severity | undefined {
  if (typeof value !== "string") {
    return undefined;
  }
  const lower = value.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(lower)) {
    return lower as Severity;
  }
  return SEVERITY_ALIASES[lower];
}

/**
 * Builds initializationOptions from the raw `mlopsReport` settings. Unknown profiles fall back to
 * "auto" and unknown severities are dropped; each problem is reported in `warnings`.
 */
export function toInitializationOptions(raw: { profile?: unknown; rules?: unknown }): {
  options: InitializationOptions;
  warnings: string[];
} {
  const warnings: string[] = [];
  let profile: Profile = "auto";
  if (raw.profile !== undefined && raw.profile !== null && raw.profile !== "") {
    if (typeof raw.profile === "string" && (PROFILES as readonly string[]).includes(raw.profile)) {
      profile = raw.profile as Profile;
    } else {
      warnings.push(`mlopsReport.profile: unknown profile ${JSON.stringify(raw.profile)}, using "auto"`);
    }
  }
  const rules: Record<string, Severity> = {};
  if (raw.rules !== undefined && raw.rules !== null) {
    if (typeof raw.rules === "object" && !Array.isArray(raw.rules)) {
      for (const [code, value] of Object.entries(raw.rules as Record<string, unknown>)) {
        const severity = normalizeSeverity(value);
        if (severity) {
          rules[code.trim()] = severity;
        } else {
          warnings.push(`mlopsReport.rules: ${code}: unknown severity ${JSON.stringify(value)}, ignored`);
        }
      }
    } else {
      warnings.push("mlopsReport.rules: expected an object such as {\"placeholder\": \"off\"}, ignored");
    }
  }
  return { options: { profile, rules }, warnings };
}

/** True when a configuration change touches any setting that needs a restart. */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return RESTART_SETTINGS.some((section) => affects(section));
}
