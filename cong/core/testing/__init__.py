"""Helpers shared by the tests of every app (not a test module itself)."""
