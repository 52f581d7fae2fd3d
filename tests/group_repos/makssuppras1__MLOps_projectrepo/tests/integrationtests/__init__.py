"""Integration tests for the API."""
