"""Start the MLOps report language server over stdio from the libraries bundled with the extension.

The extension runs `python -I launch.py`: -I keeps the user's site-packages and PYTHON* variables
out, so the server only sees the standard library and ../libs. For contributors,
MLOPS_REPORT_DEV_SERVER names a folder holding `mlops_report_lsp` (a working tree's `server/`) that
is imported instead of the bundled copy, so a server change can be tried without packaging.
"""

import os
import sys

if sys.version_info < (3, 10):
    sys.stderr.write(
        "mlops-report: Python 3.10 or newer is needed, this is %d.%d (%s)\n"
        % (sys.version_info[0], sys.version_info[1], sys.executable)
    )
    sys.exit(1)

LIBS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "libs")
if os.path.isdir(LIBS):
    sys.path.insert(0, LIBS)
DEV_SERVER = os.environ.get("MLOPS_REPORT_DEV_SERVER")
if DEV_SERVER:
    if not os.path.isdir(os.path.join(DEV_SERVER, "mlops_report_lsp")):
        sys.stderr.write(
            "mlops-report: MLOPS_REPORT_DEV_SERVER=%s has no mlops_report_lsp folder\n" % DEV_SERVER
        )
        sys.exit(1)
    sys.path.insert(0, os.path.abspath(DEV_SERVER))

from mlops_report_lsp.entry import main  # noqa: E402

sys.exit(main(["lsp"]))
