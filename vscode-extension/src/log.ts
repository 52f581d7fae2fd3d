// The "MLOps Report" output channel, shared by every module (created in activate()).
import * as vscode from "vscode";
import { CLIENT_NAME } from "./constants";

let channel: vscode.LogOutputChannel | undefined;

export function createOutput(): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  return channel;
}

export function output(): vscode.LogOutputChannel {
  if (!channel) {
    throw new Error("the output channel is used before activate()");
  }
  return channel;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
