"""Checker and language server for the DTU 02476 MLOps exam report."""

__version__ = "0.1.0"
