// The status bar item "Report 26/31" for the active report, refreshed at most a few times a second.
import * as vscode from "vscode";
import { IS_REPORT_CONTEXT, SUMMARY_COMMAND, SUMMARY_INTERVAL_MS } from "./constants";
import { ActiveReport } from "./activeReport";
import { errorText, output } from "./log";
import { ServerManager } from "./server";
import { ReportSummary, asSummary, statusBarLabel, statusBarText, statusBarTooltip } from "./summary";
import { Throttle } from "./throttle";

export interface StatusBarState {
  text: string;
  tooltip: string;
  label: string;
  visible: boolean;
}

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("mlopsReport.status", vscode.StatusBarAlignment.Left, 50);
  private readonly throttle = new Throttle(() => this.update(), SUMMARY_INTERVAL_MS);
  private tooltipText = "";
  private visible = false;
  private isReport: boolean | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidUpdate = this.emitter.event;

  constructor(
    private readonly server: ServerManager,
    private readonly report: ActiveReport,
  ) {
    this.item.name = "MLOps Report";
    this.item.command = "workbench.actions.view.problems";
  }

  /** Asks for a new summary soon (leading edge, then at most every SUMMARY_INTERVAL_MS). */
  refresh(): void {
    this.throttle.trigger();
  }

  state(): StatusBarState {
    return {
      text: this.item.text,
      tooltip: this.tooltipText,
      label: this.item.accessibilityInformation?.label ?? "",
      visible: this.visible,
    };
  }

  private async update(): Promise<void> {
    const uri = this.report.uri;
    if (!uri) {
      this.show(undefined);
      return;
    }
    let summary: ReportSummary | undefined;
    try {
      summary = asSummary(await this.server.executeCommand(SUMMARY_COMMAND, [uri.toString()]));
    } catch (error) {
      output().warn(`Summary for ${uri.toString()}: ${errorText(error)}`);
    }
    if (this.report.uri?.toString() === uri.toString()) {
      this.show(summary);
    }
  }

  private show(summary: ReportSummary | undefined): void {
    const isReport = summary !== undefined;
    if (isReport !== this.isReport) {
      this.isReport = isReport;
      void vscode.commands.executeCommand("setContext", IS_REPORT_CONTEXT, isReport);
    }
    if (summary) {
      this.item.text = statusBarText(summary);
      this.tooltipText = statusBarTooltip(summary);
      this.item.tooltip = new vscode.MarkdownString(this.tooltipText, true);
      this.item.accessibilityInformation = { label: statusBarLabel(summary), role: "button" };
      this.item.show();
      this.visible = true;
    } else {
      this.item.hide();
      this.visible = false;
    }
    this.emitter.fire();
  }

  dispose(): void {
    this.throttle.dispose();
    this.item.dispose();
    this.emitter.dispose();
  }
}
