// Waiting helpers shared by the extension-host suites (plain Node, no `vscode`).
"use strict";

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something truthy, which is returned; throws after `timeoutMs`. */
async function waitFor(what, probe, timeoutMs = 45000, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) {
      return value;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

module.exports = { sleep, waitFor };
