"""Test suite for mlops_project."""
