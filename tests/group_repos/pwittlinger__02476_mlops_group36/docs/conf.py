# 02476_mlops_group36 documentation build configuration file, created by
exclude_patterns = ["_build"]
# Output file base name for HTML help builder.
# ----------------------------------------------------------------------
