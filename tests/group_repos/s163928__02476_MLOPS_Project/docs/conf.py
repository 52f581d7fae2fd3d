# 02476_MLOPS_Project documentation build configuration file, created by
exclude_patterns = ["_build"]
# Output file base name for HTML help builder.
# ----------------------------------------------------------------------
