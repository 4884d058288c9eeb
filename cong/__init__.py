"""Cổng — the platform a Vietnamese province runs its e-government portal on."""

__version__ = "0.1.0"
