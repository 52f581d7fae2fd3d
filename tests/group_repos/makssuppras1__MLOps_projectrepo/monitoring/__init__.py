"""Monitoring module for data drift detection."""
