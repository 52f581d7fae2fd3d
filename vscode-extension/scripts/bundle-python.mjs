// Runs scripts/bundle_libs.py with $PYTHON (default python3), then copies the screenshot for the README.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, "..");
const python = process.env.PYTHON || (process.platform === "win32" ? "python" : "python3");
const result = spawnSync(python, [join(here, "bundle_libs.py"), ...process.argv.slice(2)], {
  stdio: "inherit",
});
if (result.error) {
  console.error(`bundle-python: could not run ${python}: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}

const screenshot = join(extensionDir, "..", "docs", "screenshot.png");
if (existsSync(screenshot)) {
  mkdirSync(join(extensionDir, "media"), { recursive: true });
  copyFileSync(screenshot, join(extensionDir, "media", "screenshot.png"));
}
