"""The hall's record of its sync: what ``yichuang sync status`` and the status bar show."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from db.base import utcnow
from db.engine import Store
from db.models import Hall, OutboxEntry, SyncState

KEY_PUSH = "push"  # {"at", "watermark", "rows", "county"}
KEY_PULL = "pull"  # {"at", "revision", "rows"}
KEY_ERROR = "error"  # {"at", "message"} or {} after a clean run


@dataclass(frozen=True)
class SyncStatus:
    hall_code: str
    backlog: int
    watermark: int | None
    last_push_at: str | None
    last_pull_at: str | None
    pull_revision: int | None
    last_error: str | None
    last_error_at: str | None
    attached: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def own_hall_code(store: Store, hall_code: str = "") -> str:
    with store.read() as s:
        if hall_code:
            found = s.scalar(select(Hall.code).where(Hall.code == hall_code))
        else:
            found = s.scalar(select(Hall.code).order_by(Hall.code))
    if not found:
        from app.errors import NotFound

        raise NotFound(f"本数据库中没有大厅“{hall_code}”" if hall_code else "本数据库中还没有大厅")
    return str(found)


def read_value(store: Store, key: str) -> dict[str, Any]:
    with store.read() as s:
        row = s.get(SyncState, key)
        return dict(row.value) if row else {}


def write_value(store: Store, key: str, value: dict[str, Any]) -> None:
    with store.write() as s:
        row = s.get(SyncState, key)
        if row is None:
            s.add(SyncState(key=key, value=value, updated_at=utcnow()))
        else:
            row.value, row.updated_at = value, utcnow()


def record_error(store: Store, message: str | None) -> None:
    value = {"at": utcnow().isoformat(), "message": message} if message else {}
    with contextlib.suppress(Exception):  # the hall store itself is down: nowhere to record it
        write_value(store, KEY_ERROR, value)


def backlog(store: Store) -> int:
    with store.read() as s:
        return int(
            s.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.pushed_at.is_(None))
            )
            or 0
        )


def status(store: Store, hall_code: str = "") -> SyncStatus:
    push, pull, err = (read_value(store, k) for k in (KEY_PUSH, KEY_PULL, KEY_ERROR))
    return SyncStatus(
        hall_code=own_hall_code(store, hall_code),
        backlog=backlog(store),
        watermark=push.get("watermark"),
        last_push_at=push.get("at"),
        last_pull_at=pull.get("at"),
        pull_revision=pull.get("revision"),
        last_error=err.get("message"),
        last_error_at=err.get("at"),
        attached=bool(pull.get("revision") is not None),
    )


def age_text(iso: str | None, now: dt.datetime | None = None) -> str:
    """“3 分钟前” for the status bar."""
    if not iso:
        return "从未"
    at = dt.datetime.fromisoformat(iso)
    seconds = max(0, int(((now or utcnow()) - at).total_seconds()))
    if seconds < 60:
        return "刚刚"
    if seconds < 3600:
        return f"{seconds // 60} 分钟前"
    if seconds < 86400:
        return f"{seconds // 3600} 小时前"
    return f"{seconds // 86400} 天前"
