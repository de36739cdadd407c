"""Signed operations and the organisation's keys (DESIGN.md §6): pure functions, no Qt, no database."""
