import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { needsRestart, userSettings, userValue } from "../src/settings";

describe("userValue", () => {
  it("is undefined when only the default applies", () => {
    assert.equal(userValue(undefined), undefined);
    assert.equal(userValue({}), undefined);
  });

  it("takes the most specific level the user set", () => {
    assert.equal(userValue({ globalValue: "27q" }), "27q");
    assert.equal(userValue({ globalValue: "27q", workspaceValue: "31q-2024" }), "31q-2024");
    assert.equal(userValue({ workspaceValue: "31q-2024", workspaceFolderValue: "auto" }), "auto");
  });

  it("merges tables across levels", () => {
    assert.deepEqual(
      userValue({ globalValue: { placeholder: "off", "word-count": "hint" }, workspaceValue: { "word-count": "error" } }),
      { placeholder: "off", "word-count": "error" },
    );
  });
});

describe("userSettings", () => {
  it("passes only what the user set, unvalidated, without the extension's own keys", () => {
    const inspected: Record<string, object> = {
      profile: {},
      rules: { workspaceValue: { placeholder: "loud" } },
      interpreter: { globalValue: "/usr/bin/python3" },
      trace: { globalValue: { server: "verbose" } },
      limits: { globalValue: { "5": { words: [1, 2] } } },
    };
    assert.deepEqual(userSettings(Object.keys(inspected), (key) => inspected[key]), {
      rules: { placeholder: "loud" },
      limits: { "5": { words: [1, 2] } },
    });
  });
});

describe("needsRestart", () => {
  it("restarts for the interpreter and the trace only; other settings are pulled again", () => {
    assert.equal(needsRestart((s) => s === "mlopsReport.interpreter"), true);
    assert.equal(needsRestart((s) => s === "mlopsReport.trace.server"), true);
    assert.equal(needsRestart((s) => s === "mlopsReport.profile"), false);
    assert.equal(needsRestart((s) => s === "editor.fontSize"), false);
  });
});
