"""`python -m mlops_report_lsp` runs the command line."""

from mlops_report_lsp.entry import main

main()
