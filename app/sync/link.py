"""Reaching the county database with psycopg 3, and the operator's messages when it fails.

The county URL carries a password; it appears in no message and no log line: everything we
say about the URL goes through ``safe_url``.
"""

from __future__ import annotations

from typing import Any

from app.errors import UserError
from app.store import safe_url

CONNECT_TIMEOUT_S = 10


class SyncError(UserError):
    """Sync could not finish; the hall is unaffected and the next run retries."""

    exit_code = 7


class CountyUnreachable(SyncError):
    """Network down, server restarted, wrong address: retry later."""


class SchemaMismatch(SyncError):
    """Hall and county are on different schema versions: nothing was written."""

    exit_code = 8


class ChainRefused(SyncError):
    """The hall's audit chain does not extend what the county holds: history was rewritten."""

    exit_code = 9


class NotAHall(SyncError):
    """The county account is not a hall's sync account (or the hall code does not match)."""

    exit_code = 4


def plain_url(url: str) -> str:
    """psycopg takes ``postgresql://``; SQLAlchemy URLs may say ``postgresql+psycopg://``."""
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    if not url.startswith("postgresql://"):
        raise SyncError(f"县级数据库地址应以 postgresql:// 开头：{safe_url(url)}")
    return url


def connect(url: str, *, autocommit: bool = False, application_name: str = "yichuang-sync") -> Any:
    import psycopg

    try:
        return psycopg.connect(
            plain_url(url),
            autocommit=autocommit,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name=application_name,
        )
    except psycopg.OperationalError as exc:
        raise CountyUnreachable(
            f"无法连接县级数据库 {safe_url(url)}：{_first_line(exc)}。本大厅照常工作，稍后自动重试。"
        ) from None


def connect_admin(url: str) -> Any:
    return connect(url, application_name="yichuang-county-init")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def is_connection_loss(exc: BaseException) -> bool:
    import psycopg

    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) and not isinstance(
        exc, psycopg.errors.QueryCanceled
    )


def county_error(url: str, exc: BaseException) -> SyncError:
    """A driver error met during sync, as the operator's message."""
    if isinstance(exc, SyncError):
        return exc
    if is_connection_loss(exc):
        return CountyUnreachable(
            f"与县级数据库 {safe_url(url)} 的连接中断：{_first_line(exc)}。"
            "本批数据未写入或已完整写入，下次同步从断点继续。"
        )
    import psycopg

    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return NotAHall(
            f"县级数据库拒绝了本大厅的写入（权限不足）：{_first_line(exc)}。"
            "请确认同步账号属于本大厅（yichuang county init 为每个大厅生成一个账号）。"
        )
    return SyncError(f"同步失败：{_first_line(exc)}")
