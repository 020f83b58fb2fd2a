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


STORE_UNREACHABLE = (
    "无法连接数据库，请检查网络或数据库服务器是否正常。本次操作没有完成，已保存的数据不受影响，"
    "恢复后重试即可。"
)
STORE_BUSY = "数据库正忙，请稍后重试。本次操作没有完成，已保存的数据不受影响。"


def user_message(exc: BaseException) -> str | None:
    """The Chinese message for an error a person can act on, or None for a bug.

    Errors of ours carry ``.message`` (UserError, printers' DeviceError, db's StoreError). A
    store that went away mid-session (network down, server restarted) raises SQLAlchemy's
    connection errors; those are named here once, for the UI and the CLI alike."""
    message = getattr(exc, "message", None)
    if message:
        return str(message)
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return STORE_UNREACHABLE
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.DisconnectionError):
        text = str(getattr(exc, "orig", exc)).lower()
        if "locked" in text or "busy" in text:
            return STORE_BUSY
        return STORE_UNREACHABLE
    return None
