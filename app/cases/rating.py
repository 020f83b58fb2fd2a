"""好差评 for a case (一事一评): five levels (GB/T 39046 A.8, 1 非常满意 … 5 非常不满意), one
rating per case and channel, claimed with a single atomic statement; not rated is stored as
not rated (level NULL), and a later real rating may still fill it. A rating of 4 or 5 opens a
follow-up (谁办理、谁负责): callback and fix deadlines in working days (settings)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.cases.views import RATING_LABELS, FollowUpView, RatingView
from app.errors import InvalidInput
from db.ids import uuid7
from db.models import CaseRating, RatingFollowUp, ServiceCase

CHANNELS = {"window": "窗口评价器", "kiosk": "自助终端", "lookup": "查询触摸屏", "phone": "电话",
            "sms": "短信", "web": "网上", "qr": "二维码"}  # fmt: skip
VERDICTS = ("属实", "误评", "恶意", "无法定依据")


def check_level(level: int) -> None:
    if level not in RATING_LABELS:
        codes = "、".join(f"{k} {v}" for k, v in RATING_LABELS.items())
        raise InvalidInput(f"评价等级应为 1–5（{codes}），输入为 {level}")


def check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise InvalidInput(f"评价渠道“{channel}”无效，可选：{'、'.join(CHANNELS)}")


def claim(s: Session, case_id: uuid.UUID, channel: str, level: int | None, text: str,
          now: dt.datetime, rater: str) -> CaseRating | None:  # fmt: skip
    """Insert the rating, or fill a stored "not rated"; None when that channel already has a
    rating (or, for ``level=None``, any record). One statement: no read-then-write race."""
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(CaseRating).values(id=uuid7(), case_id=case_id, channel=channel, level=level,
                                     text=text, at=now, rater=rater)  # fmt: skip
    if level is None:
        stmt = stmt.on_conflict_do_nothing(index_elements=["case_id", "channel"])
    else:
        stmt = stmt.on_conflict_do_update(
            index_elements=["case_id", "channel"],
            set_={"level": level, "text": text, "at": now, "rater": rater},
            where=CaseRating.level.is_(None),
        )
    new_id = s.execute(stmt.returning(CaseRating.id)).scalar()
    if new_id is None:
        return None
    row = s.get(CaseRating, new_id)
    if row is not None:
        s.refresh(row)
    return row


def view(c: ServiceCase, r: CaseRating, f: RatingFollowUp | None) -> RatingView:
    return RatingView(case_no=c.case_no, channel=r.channel, level=r.level,
                      label=RATING_LABELS.get(r.level, "未评价") if r.level else "未评价",
                      at=r.at, follow_up_id=str(f.id) if f else None,
                      callback_due=f.callback_due if f else None,
                      fix_due=f.fix_due if f else None)  # fmt: skip


def follow_view(f: RatingFollowUp, r: CaseRating, c: ServiceCase, today: dt.date) -> FollowUpView:
    return FollowUpView(id=str(f.id), case_no=c.case_no, level=r.level or 0,
                        label=RATING_LABELS.get(r.level or 0, ""), responsible=f.responsible,
                        callback_due=f.callback_due, fix_due=f.fix_due, callback_at=f.callback_at,
                        verdict=f.verdict, fixed_at=f.fixed_at, measures=f.measures,
                        callback_overdue=f.callback_at is None and today > f.callback_due,
                        fix_overdue=f.fixed_at is None and today > f.fix_due)  # fmt: skip
