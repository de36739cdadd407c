"""Mornings Desktop: run the Club Made in Morocco Mornings offline."""

__version__ = "0.1.0"
APP_NAME = "Mornings Desktop"
ORG_NAME = "Club Made in Morocco"
