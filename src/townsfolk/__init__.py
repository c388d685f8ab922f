"""Townsfolk: a friendly desktop app for the fediverse."""

__version__ = "0.1.0"
APP_NAME = "Townsfolk"
