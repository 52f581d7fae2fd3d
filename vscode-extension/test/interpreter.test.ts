import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  Candidate,
  candidates,
  commandFromSetting,
  describeRejections,
  expandVariables,
  isSupported,
  parseProbeOutput,
  resolveInterpreter,
} from "../src/interpreter";

describe("commandFromSetting", () => {
  it("treats an empty setting as unset", () => {
    assert.equal(commandFromSetting(undefined), undefined);
    assert.equal(commandFromSetting(""), undefined);
    assert.equal(commandFromSetting("   "), undefined);
    assert.equal(commandFromSetting([]), undefined);
    assert.equal(commandFromSetting(["", " "]), undefined);
    assert.equal(commandFromSetting(42), undefined);
  });

  it("keeps a string with spaces as one executable", () => {
    assert.deepEqual(commandFromSetting("/opt/my python/bin/python3"), ["/opt/my python/bin/python3"]);
  });

  it("takes an array as executable and arguments", () => {
    assert.deepEqual(commandFromSetting(["py", "-3.12"]), ["py", "-3.12"]);
  });

  it("expands variables", () => {
    const expansions = { workspaceFolder: "/ws", home: "/home/me" };
    assert.deepEqual(commandFromSetting("${workspaceFolder}/.venv/bin/python", expansions), ["/ws/.venv/bin/python"]);
    assert.deepEqual(commandFromSetting(["~/.pyenv/shims/python"], expansions), ["/home/me/.pyenv/shims/python"]);
    assert.equal(expandVariables("${userHome}/x", expansions), "/home/me/x");
    assert.equal(expandVariables("a~b", expansions), "a~b");
  });
});

describe("candidates", () => {
  it("orders setting, Python extension, then PATH", () => {
    const list = candidates({ setting: ["/s/python"], pythonExtension: ["/e/python"], platform: "linux" });
    assert.deepEqual(
      list.map((c) => [c.source, c.command.join(" ")]),
      [
        ["setting", "/s/python"],
        ["python-extension", "/e/python"],
        ["path", "python3"],
        ["path", "python"],
      ],
    );
  });

  it("uses python and the py launcher on Windows", () => {
    const list = candidates({ platform: "win32" });
    assert.deepEqual(
      list.map((c) => c.command.join(" ")),
      ["python", "py -3", "python3"],
    );
  });
});

describe("parseProbeOutput and isSupported", () => {
  it("parses version and executable", () => {
    assert.deepEqual(parseProbeOutput("3.11.7\n/usr/bin/python3.11\n"), {
      version: [3, 11, 7],
      executable: "/usr/bin/python3.11",
    });
    assert.deepEqual(parseProbeOutput("3.12.0\r\nC:\\Python\\python.exe\r\n")?.executable, "C:\\Python\\python.exe");
    assert.equal(parseProbeOutput("Python was not found"), undefined);
  });

  it("needs 3.10 or newer", () => {
    assert.equal(isSupported([3, 10, 0]), true);
    assert.equal(isSupported([3, 13, 1]), true);
    assert.equal(isSupported([4, 0, 0]), true);
    assert.equal(isSupported([3, 9, 18]), false);
    assert.equal(isSupported([2, 7, 18]), false);
  });
});

describe("resolveInterpreter", () => {
  const list: Candidate[] = [
    { command: ["/broken/python"], source: "setting" },
    { command: ["/old/python"], source: "python-extension" },
    { command: ["python3"], source: "path" },
    { command: ["python"], source: "path" },
  ];

  it("returns the first candidate that runs and is new enough", async () => {
    const calls: string[] = [];
    const result = await resolveInterpreter(list, async (command) => {
      calls.push(command[0]);
      if (command[0] === "/broken/python") {
        throw new Error("spawn ENOENT");
      }
      if (command[0] === "/old/python") {
        return "3.8.10\n/old/python\n";
      }
      return "3.12.3\n/usr/bin/python3.12\n";
    });
    assert.deepEqual(calls, ["/broken/python", "/old/python", "python3"]);
    assert.equal(result.interpreter?.source, "path");
    assert.deepEqual(result.interpreter?.command, ["python3"]);
    assert.deepEqual(result.interpreter?.version, [3, 12, 3]);
    const lines = describeRejections(result.rejected);
    assert.equal(lines.length, 2);
    assert.match(lines[0], /\/broken\/python \(setting\): cannot run it \(spawn ENOENT\)/);
    assert.match(lines[1], /Python 3\.8\.10 is too old/);
  });

  it("prefers the setting when it works", async () => {
    const result = await resolveInterpreter(list, async () => "3.10.0\n/x\n");
    assert.equal(result.interpreter?.source, "setting");
    assert.equal(result.rejected.length, 0);
  });

  it("reports no interpreter when none works, trying each command once", async () => {
    let count = 0;
    const twice: Candidate[] = [...list, { command: ["python3"], source: "path" }];
    const result = await resolveInterpreter(twice, async () => {
      count++;
      return "garbage";
    });
    assert.equal(result.interpreter, undefined);
    assert.equal(count, 4);
    assert.equal(result.rejected.length, 4);
  });
});
