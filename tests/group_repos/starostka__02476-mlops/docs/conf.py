# Configuration file for the Sphinx documentation builder.
exclude_patterns = ['_build', 'Thumbs.db', '.DS_Store']
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
