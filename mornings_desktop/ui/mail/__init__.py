"""Sending tickets from the window: the count, a preview of one message, the outbox and its states."""
