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
STORE_FULL = (
    "数据库所在的磁盘已满，无法写入。本次操作没有完成，已保存的数据不受影响；请清理磁盘空间后重试。"
)
STORE_READONLY = (
    "数据库是只读的（文件或其所在文件夹没有写权限，或磁盘以只读方式挂载），无法写入。"
    "本次操作没有完成，已保存的数据不受影响。"
)
STORE_CORRUPT = (
    "数据库文件已损坏（页面校验失败）。请停止使用该文件，从备份（同一文件夹中的 *.bak 文件）恢复，"
    "或联系技术支持。"
)
NOT_A_STORE = "该文件不是一窗数据库（不是 SQLite 数据库文件），请检查 --db 地址。"
STORE_CANNOT_OPEN_FILE = "无法打开数据库文件：所在文件夹不存在或没有读写权限。"
DUPLICATE = "与已有记录重复或冲突（例如编码、工号或预约码已被使用），没有保存任何内容。"
TOO_LONG = "某项内容超出了数据库允许的长度或数值范围，没有保存任何内容。请缩短或改正后重试。"
TOO_BIG = "数值过大，超出了允许的范围。"
BAD_TEXT = "输入中含有无法识别的字符（不是 UTF-8 编码的文字），请改用正常的中文或英文字符。"


def store_fault(exc: BaseException) -> str | None:
    """The cause of a store error named from the driver's text (SQLite and PostgreSQL alike),
    or None when the text names none of the known causes."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text or "no space left" in text or "could not extend file" in text:
        return STORE_FULL
    if "readonly" in text or "read-only" in text or "read only" in text:
        return STORE_READONLY
    if "malformed" in text or "disk image" in text or "corrupt" in text:
        return STORE_CORRUPT
    if "not a database" in text or "file is encrypted" in text:
        return NOT_A_STORE
    if "unable to open database file" in text:
        return STORE_CANNOT_OPEN_FILE
    if "locked" in text or "busy" in text:
        return STORE_BUSY
    return None


def user_message(exc: BaseException) -> str | None:
    """The Chinese message for an error a person can act on, or None for a bug.

    Errors of ours carry ``.message`` (UserError, printers' DeviceError, db's StoreError). A
    store that went away mid-session (network down, server restarted) raises SQLAlchemy's
    connection errors; those are named here once, for the UI and the CLI alike, by their real
    cause (disk full, read-only, damaged file …). No message ever repeats the SQL or its
    parameters: they may hold password hashes and personal data."""
    message = getattr(exc, "message", None)
    if message:
        return str(message)
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.DBAPIError):
        fault = store_fault(exc)
        if fault:
            return fault
        if exc.connection_invalidated:
            return STORE_UNREACHABLE
        if isinstance(exc, sa_exc.IntegrityError):
            return DUPLICATE
        if isinstance(exc, sa_exc.DataError):
            return TOO_LONG
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.DisconnectionError):
        return STORE_UNREACHABLE
    if isinstance(exc, sa_exc.DatabaseError):
        return store_fault(exc) or STORE_CORRUPT
    if isinstance(exc, OverflowError):
        return TOO_BIG
    if isinstance(exc, UnicodeError):
        return BAD_TEXT
    if isinstance(exc, OSError):
        return os_message(exc)
    return None


def os_message(exc: OSError) -> str:
    """A file-system error in Chinese, naming the file."""
    import errno

    name = f"“{exc.filename}”" if exc.filename else ""
    causes = {
        errno.ENOENT: "文件或所在文件夹不存在",
        errno.EACCES: "没有权限",
        errno.EPERM: "没有权限",
        errno.ENOSPC: "磁盘已满",
        errno.EROFS: "磁盘是只读的",
        errno.EISDIR: "这是一个文件夹，不是文件",
        errno.ENOTDIR: "路径中的某一级不是文件夹",
    }
    cause = causes.get(exc.errno or 0, exc.strerror or "系统错误")
    return f"无法读写文件{name}：{cause}。"
