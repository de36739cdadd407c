"""Errors a person can act on.

A `UserError` carries one sentence that a desk person or an organiser can act on. The command line
prints it on standard error and exits with status 2; the window shows it in a dialog. Anything else
that escapes is a bug: it is logged, and the person is told their data is safe.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` without importing Qt (the core stays Qt-free).

    The interface translates the message with `QCoreApplication.translate(context, text)` before
    formatting it with the error's parameters.
    """
    return text


class UserError(Exception):
    """A clear, one-line message about bad input or an unusable environment. Nothing was changed."""

    context = "errors"

    def __init__(self, message: str, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)

    @property
    def message(self) -> str:
        return str(self)


class DatabaseError(UserError):
    """The database file cannot be used (missing, locked, read-only, corrupt, too new)."""


class NotFound(UserError):
    """A Morning, registration, person… named by the user does not exist."""


class ValidationError(UserError):
    """Input that breaks a rule (end before start, negative capacity, empty name…)."""
