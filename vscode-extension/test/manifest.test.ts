import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

interface MenuEntry {
  command: string;
  when?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));

describe("package.json", () => {
  it("keeps the report commands in the palette while the Summary panel has focus", () => {
    const palette: MenuEntry[] = manifest.contributes.menus.commandPalette;
    for (const command of ["mlopsReport.exportHtml", "mlopsReport.showSummary"]) {
      const entry = palette.find((item) => item.command === command);
      assert.equal(entry?.when, "mlopsReport.isReport", `${command}: ${entry?.when}`);
    }
    const title: MenuEntry[] = manifest.contributes.menus["editor/title"];
    assert.ok(
      title.some(
        (item) => item.command === "mlopsReport.exportHtml" && item.when === "activeWebviewPanelId == 'mlopsReport.summary'",
      ),
    );
  });

  it("declares Restricted Mode support without the workspace's interpreter, and no virtual workspaces", () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, "limited");
    assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ["mlopsReport.interpreter"]);
    assert.ok(manifest.contributes.configuration.properties["mlopsReport.interpreter"]);
    assert.equal(virtualWorkspaces.supported, false);
    assert.ok(virtualWorkspaces.description.length > 0);
  });
});
