import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { needsRestart, normalizeSeverity, toInitializationOptions } from "../src/settings";

describe("toInitializationOptions", () => {
  it("defaults to auto with no rule overrides", () => {
    assert.deepEqual(toInitializationOptions({}), { options: { profile: "auto", rules: {} }, warnings: [] });
  });

  it("passes a known profile and valid severities through", () => {
    const { options, warnings } = toInitializationOptions({
      profile: "31q-2025",
      rules: { "word-count": "error", placeholder: "off", "image-as-link": "Hint" },
    });
    assert.deepEqual(options, {
      profile: "31q-2025",
      rules: { "word-count": "error", placeholder: "off", "image-as-link": "hint" },
    });
    assert.deepEqual(warnings, []);
  });

  it("falls back and warns on bad values", () => {
    const { options, warnings } = toInitializationOptions({
      profile: "40q",
      rules: { "word-count": "loud", placeholder: 3, "image-count": "info" },
    });
    assert.deepEqual(options, { profile: "auto", rules: { "image-count": "information" } });
    assert.equal(warnings.length, 3);
    assert.match(warnings[0], /unknown profile "40q"/);
  });

  it("ignores rules that are not an object", () => {
    const { options, warnings } = toInitializationOptions({ rules: ["placeholder"] });
    assert.deepEqual(options.rules, {});
    assert.equal(warnings.length, 1);
  });
});

describe("normalizeSeverity", () => {
  it("accepts the LSP names and a few aliases", () => {
    assert.equal(normalizeSeverity("warning"), "warning");
    assert.equal(normalizeSeverity("warn"), "warning");
    assert.equal(normalizeSeverity("ignore"), "off");
    assert.equal(normalizeSeverity(" ERROR "), "error");
    assert.equal(normalizeSeverity("fatal"), undefined);
    assert.equal(normalizeSeverity(undefined), undefined);
  });
});

describe("needsRestart", () => {
  it("restarts for our settings only", () => {
    assert.equal(needsRestart((s) => s === "mlopsReport.profile"), true);
    assert.equal(needsRestart((s) => s === "mlopsReport.interpreter"), true);
    assert.equal(needsRestart((s) => s === "editor.fontSize"), false);
  });
});
