// Names shared by the extension's modules: ids the server, package.json and the tests also use.

export const CLIENT_ID = "mlopsReport";
export const CLIENT_NAME = "MLOps Report";
export const SECTION = "mlopsReport";
/** Server commands (workspace/executeCommand). */
export const RENDER_COMMAND = "mlops-report.renderHtml";
export const SUMMARY_COMMAND = "mlops-report.summary";
/** Context key: a report is the document the user works on (also while the Summary panel has focus). */
export const IS_REPORT_CONTEXT = "mlopsReport.isReport";
export const SUMMARY_VIEW_TYPE = "mlopsReport.summary";
export const EXPORT_VIEW_TYPE = "mlopsReport.exportPreview";
/** Runs the server from this folder (a working tree's `server/`) instead of the bundled copy. */
export const DEV_SERVER_ENV = "MLOPS_REPORT_DEV_SERVER";
/** At most this often (ms) the status bar and the Summary ask the server for a new summary. */
export const SUMMARY_INTERVAL_MS = 250;
