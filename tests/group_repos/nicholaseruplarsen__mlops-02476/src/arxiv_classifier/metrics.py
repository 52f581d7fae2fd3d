"""Prometheus metrics definitions for the arXiv classifier API.
from prometheus_client import Counter, Gauge, Histogram, Info, Summary
# ----------------------------------------------------------------------
