"""The language server: pygls wiring that turns the engine's results into LSP messages.

Start it with `mlops-report lsp` (or `mlops_report_lsp.lsp.app.run()`); it talks LSP over stdio.
"""
