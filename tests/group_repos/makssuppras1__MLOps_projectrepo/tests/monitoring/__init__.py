"""Tests for monitoring module."""
