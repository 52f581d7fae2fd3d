// The server's `mlops-report.summary` result -> status bar text, tooltip and the summary table.
// No `vscode` import: unit-tested with node --test.

export type Range = [number | null, number | null] | null;

export interface QuestionSummary {
  number: number;
  words: number;
  images: number;
  limits: { words: Range; images: Range } | null;
  passes: boolean;
}

export interface ReportSummary {
  file: string;
  profile: string;
  official: { would_fail: boolean; reason: string | null; passing: number; total: number };
  questions: QuestionSummary[];
  diagnostics?: unknown[];
}

/** Checks the shape enough to render it; anything else (null for a non-report included) is undefined. */
export function asSummary(value: unknown): ReportSummary | undefined {
  if (typeof value !== "object" || value === null) {
    return undefined;
  }
  const candidate = value as Partial<ReportSummary>;
  if (typeof candidate.official !== "object" || candidate.official === null || !Array.isArray(candidate.questions)) {
    return undefined;
  }
  return candidate as ReportSummary;
}

function withinRange(value: number, range: Range): boolean {
  if (!range) {
    return true;
  }
  const [lo, hi] = range;
  return (lo === null || value >= lo) && (hi === null || value <= hi);
}

/** "100–200", "at most 2", "at least 1", "exactly 1", or "" without a limit. */
export function formatRange(range: Range): string {
  if (!range) {
    return "";
  }
  const [lo, hi] = range;
  if (lo !== null && hi !== null) {
    if (lo === hi) {
      return `exactly ${lo}`;
    }
    return lo <= 0 ? `at most ${hi}` : `${lo}\u2013${hi}`;
  }
  if (hi !== null) {
    return `at most ${hi}`;
  }
  if (lo !== null && lo > 0) {
    return `at least ${lo}`;
  }
  return "";
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Why one question fails, e.g. "250 words (limit 100–200)". */
export function describeFailure(question: QuestionSummary): string {
  const parts: string[] = [];
  const limits = question.limits;
  if (limits && !withinRange(question.words, limits.words)) {
    parts.push(`${plural(question.words, "word")} (limit ${formatRange(limits.words)})`);
  }
  if (limits && !withinRange(question.images, limits.images)) {
    parts.push(`${plural(question.images, "image")} (limit ${formatRange(limits.images)})`);
  }
  return parts.length > 0 ? parts.join(", ") : "see the Problems panel";
}

export function failingQuestions(summary: ReportSummary): QuestionSummary[] {
  return summary.questions.filter((question) => !question.passes);
}

/** The status bar text, e.g. "$(warning) Report 29/31". */
export function statusBarText(summary: ReportSummary): string {
  const { passing, total, would_fail: wouldFail } = summary.official;
  const icon = wouldFail ? "$(error)" : passing === total ? "$(pass)" : "$(warning)";
  return `${icon} Report ${passing}/${total}`;
}

/** The status bar tooltip as Markdown: the verdict, then one line per failing question. */
export function statusBarTooltip(summary: ReportSummary): string {
  const { passing, total, would_fail: wouldFail, reason } = summary.official;
  const lines = [`**MLOps report** (profile \`${summary.profile}\`): ${passing} of ${total} questions within limits`, ""];
  if (wouldFail) {
    lines.push(`The official checker would fail${reason ? `: ${escapeMarkdown(reason)}` : ""}`, "");
  }
  const failing = failingQuestions(summary);
  if (failing.length > 0) {
    lines.push("Failing questions:", "");
    for (const question of failing.slice(0, 12)) {
      lines.push(`- Question ${question.number}: ${escapeMarkdown(describeFailure(question))}`);
    }
    if (failing.length > 12) {
      lines.push(`- and ${failing.length - 12} more`);
    }
    lines.push("");
  }
  lines.push("Click to open the Problems panel.");
  return lines.join("\n");
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The summary webview's page: the verdict and the per-question table. */
export function summaryHtml(summary: ReportSummary, options: { cspSource: string; nonce: string }): string {
  const { passing, total, would_fail: wouldFail, reason } = summary.official;
  const rows = summary.questions
    .map((question) => {
      const words = question.limits ? formatRange(question.limits.words) : "";
      const images = question.limits ? formatRange(question.limits.images) : "";
      const status = question.passes ? "ok" : "fail";
      return (
        `<tr class="${status}"><td>${question.number}</td>` +
        `<td class="num">${question.words}</td><td>${escapeHtml(words)}</td>` +
        `<td class="num">${question.images}</td><td>${escapeHtml(images)}</td>` +
        `<td>${question.passes ? "\u2714 within limits" : "\u2716 " + escapeHtml(describeFailure(question))}</td></tr>`
      );
    })
    .join("\n");
  const verdict = wouldFail
    ? `<p class="verdict fail">The official checker would fail${reason ? ": " + escapeHtml(reason) : ""}.</p>`
    : `<p class="verdict ok">The official checker would pass.</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${options.cspSource} 'nonce-${options.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>MLOps Report Summary</title>
<style nonce="${options.nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
  table { border-collapse: collapse; }
  th, td { border-bottom: 1px solid var(--vscode-panel-border, #8884); padding: 0.25em 0.8em; text-align: left; }
  td.num { text-align: right; }
  td:nth-child(3), td:nth-child(5) { white-space: nowrap; }
  tr.fail td { color: var(--vscode-errorForeground); }
  .verdict.fail { color: var(--vscode-errorForeground); font-weight: bold; }
  .verdict.ok { color: var(--vscode-testing-iconPassed, inherit); font-weight: bold; }
</style>
</head>
<body>
<h2>${escapeHtml(baseName(summary.file))}: ${passing}/${total} questions within limits</h2>
<p>Profile: <code>${escapeHtml(summary.profile)}</code></p>
${verdict}
<table>
<thead><tr><th>Question</th><th>Words</th><th>Word limit</th><th>Images</th><th>Image limit</th><th>Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>`;
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
