// Which Markdown document the user works on. It stays the same while a webview (the Summary panel),
// the Output or a terminal has focus, so commands that need the report work from there too.
import * as vscode from "vscode";

export class ActiveReport implements vscode.Disposable {
  private current: vscode.Uri | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.follow(vscode.window.activeTextEditor);
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.current?.toString() === document.uri.toString()) {
          this.set(undefined);
        }
      }),
    ];
  }

  get uri(): vscode.Uri | undefined {
    return this.current;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor === undefined) {
      return; // a webview, the Output or a terminal has focus: keep the report
    }
    this.set(editor.document.languageId === "markdown" ? editor.document.uri : undefined);
  }

  private set(uri: vscode.Uri | undefined): void {
    if (uri?.toString() !== this.current?.toString()) {
      this.current = uri;
      this.emitter.fire(uri);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.emitter.dispose();
  }
}
