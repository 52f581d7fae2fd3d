// Coverage.py HTML report browser code.
/*global coverage: true, document, window, $ */
coverage = {};
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
