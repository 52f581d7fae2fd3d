"""Start the MLOps report language server over stdio from the libraries bundled with the extension.

The extension runs `python -I launch.py`: -I keeps the user's site-packages and PYTHON* variables
out, so the server only sees the standard library and ../libs.
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

from mlops_report_lsp.cli import main  # noqa: E402

sys.exit(main(["lsp"]))
