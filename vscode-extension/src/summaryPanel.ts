// The Summary webview: its page is set once; each later summary is posted as a message, at most a
// few times a second while the user types, and the last one always arrives.
import * as path from "node:path";
import * as vscode from "vscode";
import { SUMMARY_COMMAND, SUMMARY_INTERVAL_MS, SUMMARY_VIEW_TYPE } from "./constants";
import { errorText, output } from "./log";
import { ServerManager } from "./server";
import { ReportSummary, asSummary, summaryBody, summaryPage } from "./summary";
import { Throttle } from "./throttle";

export interface SummaryPanelState {
  uri: string | undefined;
  /** The content the webview last confirmed it shows, and the content it should show. */
  rendered: string | undefined;
  latest: string | undefined;
  updates: number;
}

function nonce(): string {
  return Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
}

export class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private readonly throttle = new Throttle(() => this.update(), SUMMARY_INTERVAL_MS);
  /** The body the page should show, the one last posted, and the one it confirmed. */
  private latest: string | undefined;
  private posted: string | undefined;
  private rendered: string | undefined;
  private updates = 0;
  private messageId = 0;
  /** Bodies posted and not yet confirmed, by message id. */
  private readonly inFlight = new Map<number, string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the webview confirms it shows a new summary. */
  readonly onDidRender = this.emitter.event;

  constructor(private readonly server: ServerManager) {}

  get shownUri(): vscode.Uri | undefined {
    return this.panel ? this.uri : undefined;
  }

  async show(uri: vscode.Uri): Promise<ReportSummary | undefined> {
    const summary = await this.fetch(uri);
    if (!summary) {
      void vscode.window.showInformationMessage(
        `MLOps Report: ${path.basename(uri.fsPath)} is not recognised as an exam report.`,
      );
      return undefined;
    }
    this.uri = uri;
    this.latest = summaryBody(summary);
    if (!this.panel) {
      this.panel = this.create(this.latest);
    } else {
      this.post();
    }
    this.panel.title = `Summary: ${path.basename(summary.file)}`;
    this.panel.reveal(undefined, true);
    return summary;
  }

  /** Asks for a new summary when one of `uris` is the report shown. */
  refresh(uris: readonly vscode.Uri[]): void {
    const shown = this.shownUri?.toString();
    if (shown && uris.some((uri) => uri.toString() === shown)) {
      this.throttle.trigger();
    }
  }

  state(): SummaryPanelState {
    return { uri: this.shownUri?.toString(), rendered: this.rendered, latest: this.latest, updates: this.updates };
  }

  private create(body: string): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      SUMMARY_VIEW_TYPE,
      "Report Summary",
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    panel.webview.html = summaryPage(body, { cspSource: panel.webview.cspSource, nonce: nonce() });
    this.posted = body;
    panel.webview.onDidReceiveMessage((message: { type?: string; id?: number }) => {
      if (message?.type === "ready") {
        // A new page (first load, or VS Code re-created a hidden one from its first HTML).
        this.posted = undefined;
        this.rendered = undefined;
        this.inFlight.clear();
        this.post();
      } else if (message?.type === "rendered" && message.id !== undefined && this.inFlight.has(message.id)) {
        this.rendered = this.inFlight.get(message.id);
        for (const id of this.inFlight.keys()) {
          if (id <= message.id) {
            this.inFlight.delete(id);
          }
        }
        this.updates++;
        this.emitter.fire();
      }
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.uri = undefined;
      this.latest = this.posted = this.rendered = undefined;
      this.inFlight.clear();
    });
    return panel;
  }

  private async update(): Promise<void> {
    const uri = this.shownUri;
    if (!uri) {
      return;
    }
    let summary: ReportSummary | undefined;
    try {
      summary = await this.fetch(uri);
    } catch (error) {
      output().warn(`Summary for ${uri.toString()}: ${errorText(error)}`);
      return;
    }
    if (summary && this.shownUri?.toString() === uri.toString()) {
      this.latest = summaryBody(summary);
      this.post();
    }
  }

  /** Posts the latest body unless the page already has it. */
  private post(): void {
    if (!this.panel || this.latest === undefined || this.latest === this.posted) {
      return;
    }
    this.posted = this.latest;
    this.inFlight.set(++this.messageId, this.latest);
    void this.panel.webview.postMessage({ type: "summary", id: this.messageId, html: this.latest });
  }

  private async fetch(uri: vscode.Uri): Promise<ReportSummary | undefined> {
    return asSummary(await this.server.executeCommand(SUMMARY_COMMAND, [uri.toString()]));
  }

  dispose(): void {
    this.throttle.dispose();
    this.panel?.dispose();
    this.emitter.dispose();
  }
}
