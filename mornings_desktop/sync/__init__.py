"""Sync: the PostgreSQL hub, bundle files, background sync. No Qt."""
