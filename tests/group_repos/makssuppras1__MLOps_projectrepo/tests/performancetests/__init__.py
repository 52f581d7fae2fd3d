"""Performance and load tests for the API."""
