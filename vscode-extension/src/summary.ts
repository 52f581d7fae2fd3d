// The server's `mlops-report.summary` result -> status bar text, tooltip and the summary table.
// No `vscode` import: unit-tested with node --test.

export type Range = [number | null, number | null] | null;

export interface QuestionSummary {
  number: number;
  words: number;
  images: number;
  limits: { words: Range; images: Range } | null;
  passes: boolean;
  /** The server's words for the question's state: "ok", "missing" or "50 words over, 1 image short". */
  status?: string;
}

export interface OfficialSummary {
  would_fail: boolean;
  reason: string | null;
  passing: number;
  total: number;
  /** Newer servers: the leaderboard's count (total minus the official script's WARNING lines). */
  leaderboard?: unknown;
}

export interface ReportSummary {
  file: string;
  profile: string;
  profile_reason?: string;
  official: OfficialSummary;
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

/** Why one question fails, in the server's words, e.g. "50 words over". */
export function describeFailure(question: QuestionSummary): string {
  return question.status && question.status.length > 0 ? question.status : "see the Problems panel";
}

/**
 * The leaderboard's count when the server sends one (read defensively: older servers do not). Not
 * shown when the official script stops with an error: it then prints no warnings, so the
 * leaderboard's full marks would contradict "no question counts".
 */
export function leaderboard(summary: ReportSummary): number | undefined {
  const value = summary.official.leaderboard;
  if (summary.official.would_fail) {
    return undefined;
  }
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** What the official check's outcome means, in words that cannot contradict red rows below. */
export function verdictText(summary: ReportSummary): string {
  const { passing, total, would_fail: wouldFail, reason } = summary.official;
  if (wouldFail) {
    return `The official report check stops with an error${reason ? `: ${reason}` : ""}. Until it is fixed, no question counts.`;
  }
  if (passing === total) {
    return `The official report check runs without errors, and all ${total} questions are within their limits.`;
  }
  return `The official report check runs without errors; ${passing} of ${total} questions are within their limits.`;
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
  const board = leaderboard(summary);
  if (board !== undefined) {
    lines.push(`Leaderboard: ${board}/${total} (the official check's warnings subtracted)`, "");
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

/** The status item's accessibility label: the tooltip's facts as plain words, no Markdown. */
export function statusBarLabel(summary: ReportSummary): string {
  const { passing, total, would_fail: wouldFail } = summary.official;
  const parts = [`MLOps report: ${passing} of ${total} questions within limits`];
  if (wouldFail) {
    parts.push("the official checker would fail");
  }
  const failing = failingQuestions(summary).map((question) => question.number);
  if (failing.length > 0) {
    parts.push(`outside the limits: question${failing.length === 1 ? "" : "s"} ${failing.join(", ")}`);
  }
  return parts.join("; ");
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

/** The Summary's content (everything inside <body>), posted to the webview on each update. */
export function summaryBody(summary: ReportSummary): string {
  const { passing, total, would_fail: wouldFail } = summary.official;
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
  const tone = wouldFail ? "fail" : passing === total ? "ok" : "partial";
  const board = leaderboard(summary);
  const detection = summary.profile_reason
    ? `<p class="detection">Template: <code>${escapeHtml(summary.profile)}</code>, ${escapeHtml(summary.profile_reason)}.</p>`
    : `<p class="detection">Template: <code>${escapeHtml(summary.profile)}</code></p>`;
  return `<h2>${escapeHtml(baseName(summary.file))}: ${passing}/${total} questions within limits</h2>
${detection}
<p class="verdict ${tone}">${escapeHtml(verdictText(summary))}</p>
${board !== undefined ? `<p>Leaderboard: ${board}/${total} (the official check's warnings subtracted).</p>\n` : ""}<table>
<thead><tr><th>Question</th><th>Words</th><th>Word limit</th><th>Images</th><th>Image limit</th><th>Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/**
 * The Summary webview's page, set once: later updates arrive as `{type: "summary", html}` messages
 * and replace the body's content, so typing never reloads the page. The page says `ready` when it
 * can receive them (also after VS Code re-creates a hidden webview) and `rendered` after each update.
 */
export function summaryPage(body: string, options: { cspSource: string; nonce: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${options.cspSource} 'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>MLOps Report Summary</title>
<style nonce="${options.nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
  table { border-collapse: collapse; }
  th, td { border-bottom: 1px solid var(--vscode-panel-border, #8884); padding: 0.25em 0.8em; text-align: left; }
  td.num { text-align: right; }
  td:nth-child(3), td:nth-child(5) { white-space: nowrap; }
  tr.fail td { color: var(--vscode-errorForeground); }
  .verdict { font-weight: bold; }
  .verdict.fail { color: var(--vscode-errorForeground); }
  .verdict.ok { color: var(--vscode-testing-iconPassed, inherit); }
  .detection { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<main id="summary">${body}</main>
<script nonce="${options.nonce}">
  const vscode = acquireVsCodeApi();
  const root = document.getElementById("summary");
  window.addEventListener("message", (event) => {
    const message = event.data;
    if (message && message.type === "summary") {
      root.innerHTML = message.html;
      vscode.postMessage({ type: "rendered", id: message.id });
    }
  });
  vscode.postMessage({ type: "ready" });
</script>
</body>
</html>`;
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
