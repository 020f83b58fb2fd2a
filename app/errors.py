"""Errors meant for the person at the screen. Their message is Chinese and says what is wrong.

The UI shows ``str(error)`` in a message box; the CLI prints it on stderr and exits with
``exit_code``.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix or must be told about; never a bug."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(UserError):
    """What was typed or read does not fit (ID number, date, phone …)."""


class PermissionDenied(UserError):
    """The signed-in staff member may not do this."""

    exit_code = 4


class NotFound(UserError):
    """The thing asked for does not exist."""


class Conflict(UserError):
    """The state changed underneath (already called, already closed …)."""


class NothingWaiting(UserError):
    """Call next found nobody waiting."""

    exit_code = 3
