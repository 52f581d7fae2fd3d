import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ReportSummary,
  asSummary,
  describeFailure,
  escapeHtml,
  formatRange,
  statusBarLabel,
  statusBarText,
  statusBarTooltip,
  summaryBody,
  summaryPage,
  verdictText,
} from "../src/summary";

function summary(overrides: Partial<ReportSummary["official"]> = {}): ReportSummary {
  return {
    file: "/work/reports/README.md",
    profile: "31q-2025",
    official: { would_fail: false, reason: null, passing: 29, total: 31, ...overrides },
    questions: [
      { number: 1, words: 10, images: 0, limits: { words: null, images: null }, passes: true },
      {
        number: 5,
        words: 250,
        images: 0,
        limits: { words: [100, 200], images: null },
        passes: false,
        status: "50 words over",
      },
      {
        number: 12,
        words: 120,
        images: 3,
        limits: { words: [100, 200], images: [0, 2] },
        passes: false,
        status: "1 image over",
      },
    ],
    diagnostics: [],
  };
}

describe("asSummary", () => {
  it("accepts a summary and rejects null or junk", () => {
    assert.ok(asSummary(summary()));
    assert.equal(asSummary(null), undefined);
    assert.equal(asSummary({ questions: [] }), undefined);
    assert.equal(asSummary("x"), undefined);
  });
});

describe("formatRange", () => {
  it("words ranges the way students read them", () => {
    assert.equal(formatRange([100, 200]), "100\u2013200");
    assert.equal(formatRange([0, 2]), "at most 2");
    assert.equal(formatRange([null, 2]), "at most 2");
    assert.equal(formatRange([1, null]), "at least 1");
    assert.equal(formatRange([1, 1]), "exactly 1");
    assert.equal(formatRange(null), "");
  });
});

describe("status bar", () => {
  it("shows passing over total", () => {
    assert.equal(statusBarText(summary()), "$(warning) Report 29/31");
    assert.equal(statusBarText(summary({ passing: 31 })), "$(pass) Report 31/31");
    assert.equal(statusBarText(summary({ would_fail: true })), "$(error) Report 29/31");
  });

  it("lists the failing questions in the tooltip", () => {
    const tooltip = statusBarTooltip(summary({ would_fail: true, reason: "too many words in Q5" }));
    assert.match(tooltip, /29 of 31 questions/);
    assert.match(tooltip, /official checker would fail/);
    assert.match(tooltip, /Question 5: 50 words over/);
    assert.match(tooltip, /Question 12: 1 image over/);
    assert.doesNotMatch(tooltip, /Question 1:/);
  });

  it("reads the leaderboard defensively", () => {
    const withBoard = summary();
    withBoard.official.leaderboard = 27;
    assert.match(statusBarTooltip(withBoard), /Leaderboard: 27\/31/);
    withBoard.official.leaderboard = "27";
    assert.doesNotMatch(statusBarTooltip(withBoard), /Leaderboard/);
    assert.doesNotMatch(statusBarTooltip(summary()), /Leaderboard/);
    const crashed = summary({ would_fail: true, leaderboard: 31 });
    assert.doesNotMatch(statusBarTooltip(crashed), /Leaderboard/);
    assert.doesNotMatch(summaryBody(crashed), /Leaderboard/);
    withBoard.official.leaderboard = 27;
    assert.match(summaryBody(withBoard), /Leaderboard: 27\/31/);
  });

  it("gives an accessibility label without Markdown", () => {
    const label = statusBarLabel(summary({ would_fail: true }));
    assert.equal(label, "MLOps report: 29 of 31 questions within limits; the official checker would fail; outside the limits: questions 5, 12");
    assert.doesNotMatch(label, /[*`\\]/);
  });

  it("describes a failure without a status from the server", () => {
    assert.equal(
      describeFailure({ number: 3, words: 0, images: 0, limits: null, passes: false }),
      "see the Problems panel",
    );
  });
});

describe("the Summary page", () => {
  it("renders one row per question and escapes text", () => {
    const s = summary({ would_fail: true, reason: "<script>" });
    const html = summaryPage(summaryBody(s), { cspSource: "vscode-resource:", nonce: "abc" });
    assert.equal((html.match(/<tr class=/g) ?? []).length, 3);
    assert.match(html, /README\.md: 29\/31 questions within limits/);
    assert.ok(html.includes("&lt;script&gt;"));
    assert.ok(!html.includes("<script>"));
    assert.match(html, /nonce-abc/);
    assert.match(html, /<script nonce="abc">/);
    assert.equal(escapeHtml(`a&"'`), "a&amp;&quot;&#39;");
  });

  it("says what the official check's outcome means without contradicting red rows", () => {
    assert.equal(
      verdictText(summary()),
      "The official report check runs without errors; 29 of 31 questions are within their limits.",
    );
    assert.match(verdictText(summary({ passing: 31 })), /all 31 questions are within their limits/);
    assert.match(verdictText(summary({ would_fail: true, reason: "no question 3" })), /stops with an error: no question 3/);
    for (const overrides of [{}, { passing: 31 }, { would_fail: true }]) {
      assert.doesNotMatch(verdictText(summary(overrides)), /would pass/);
    }
    assert.match(summaryBody(summary()), /class="verdict partial"/);
  });
});
