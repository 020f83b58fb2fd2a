"""Ticket numbers: prefix + daily sequence, allocated atomically per (line, day).

The counter row is bumped with one upsert ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` in the
issuing transaction, so a rolled-back issue (cap reached, any error) gives its number back and
numbers stay unique and gapless on both stores.
"""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import TicketCounter

# Every hall keeps Beijing time: government offices use it nationwide (Xinjiang included),
# so the local day and opening hours need no per-hall time-zone setting.
HALL_TZ = ZoneInfo("Asia/Shanghai")


def local_now(now: dt.datetime) -> dt.datetime:
    if now.tzinfo is None:
        raise ValueError("the queue clock must return aware datetimes")
    return now.astimezone(HALL_TZ)


def local_day(now: dt.datetime) -> dt.date:
    return local_now(now).date()


def format_number(prefix: str, seq: int) -> str:
    """A001 … A999, then A1000: at least three digits, more when the day needs them."""
    return f"{prefix}{seq:03d}"


def next_seq(session: Session, line_id: uuid.UUID, day: dt.date) -> int:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(TicketCounter)
        .values(line_id=line_id, day=day, last_seq=1)
        .on_conflict_do_update(
            index_elements=[TicketCounter.line_id, TicketCounter.day],
            set_={"last_seq": TicketCounter.last_seq + 1},
        )
        .returning(TicketCounter.last_seq)
    )
    return int(session.execute(stmt).scalar_one())


def issued_today(session: Session, line_id: uuid.UUID, day: dt.date) -> int:
    row = session.get(TicketCounter, (line_id, day))
    return row.last_seq if row else 0
