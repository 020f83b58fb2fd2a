"""办结公示: concluded cases shown on the public screen.

Which matter types are disclosed, and for how many days after conclusion, is the setting
``disclosure_rules`` ("01:90,07:90,20:30": GB/T 39046 matter type code : days; the conclusion
day is the first day shown). A confidential (涉密) matter is never shown, whatever the setting:
neither when the case's matter version is marked nor when any version of that matter is.
Withdrawn-as-void cases (作废) are not results and are not shown. Applicants are masked
(张*丰, 某某有限公司); nothing else about them is read.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.catalog import MATTER_TYPES
from app.errors import InvalidInput
from app.identity import mask_party
from app.lookup.views import DisclosureList, DisclosureRow
from app.queue.numbering import HALL_TZ, local_day
from db.models import Matter, ServiceCase

PAGE_SIZE = 12  # rows a page, read at arm's length in large type
# The screen lists the most recent concluded cases, at most this many (50 pages): nobody pages
# further on a touchscreen, and a count over a busy hall's 90 days would cost a second.
MAX_SHOWN = PAGE_SIZE * 50
SHOWN_STATUSES = ("concluded", "delivered")
NOT_A_RESULT = ("作废",)


def parse_rules(text: str) -> dict[str, int]:
    """"01:90,07:90" → {"01": 90, "07": 90}; an empty setting discloses nothing."""
    rules: dict[str, int] = {}
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        code, sep, days = part.partition(":")
        code = code.strip()
        if not sep or code not in MATTER_TYPES or not days.strip().isdigit() or int(days) < 1:
            raise InvalidInput(
                f"设置项 disclosure_rules（办结公示）“{part}”无效：应为“事项类型代码:天数”，"
                f"如 01:90，类型代码可用 {'、'.join(MATTER_TYPES)}"
            )
        rules[code] = int(days)
    return rules


def first_shown_at(today: dt.date, days: int) -> dt.datetime:
    """The earliest conclusion instant still shown today: local midnight ``days - 1`` days ago."""
    first_day = today - dt.timedelta(days=days - 1)
    return dt.datetime.combine(first_day, dt.time(0), HALL_TZ).astimezone(dt.UTC)


def concluded_page(s: Session, hall_id: uuid.UUID, rules: dict[str, int], today: dt.date,
                   page: int, page_size: int = PAGE_SIZE,
                   max_shown: int = MAX_SHOWN) -> DisclosureList:  # fmt: skip
    names = {MATTER_TYPES[t]: d for t, d in rules.items()}
    if not rules:
        return DisclosureList(rows=[], page=0, pages=1, total=0, rules=names)
    secret = select(Matter.impl_code).where(Matter.confidential.is_(True))
    window = or_(*(and_(Matter.matter_type == t, ServiceCase.concluded_at >= first_shown_at(today, d))
                   for t, d in rules.items()))  # fmt: skip
    # The widest window as a plain range too: the (hall_id, concluded_at) index serves it, read
    # from the newest end, and the walk stops once a page (or the count's cap) is found.
    since = first_shown_at(today, max(rules.values()))
    where = (ServiceCase.hall_id == hall_id, ServiceCase.concluded_at >= since,
             ServiceCase.status.in_(SHOWN_STATUSES), ServiceCase.result.not_in(NOT_A_RESULT),
             Matter.confidential.is_(False), ServiceCase.impl_code.not_in(secret), window)  # fmt: skip
    newest = ServiceCase.concluded_at.desc(), ServiceCase.case_no.desc()
    capped = (select(ServiceCase.id).join(Matter, Matter.id == ServiceCase.matter_id)
              .where(*where).order_by(*newest).limit(max_shown + 1))  # fmt: skip
    found = s.scalar(select(func.count()).select_from(capped.subquery())) or 0
    total = min(found, max_shown)
    pages = max(1, math.ceil(total / page_size))
    page = min(max(0, page), pages - 1)
    rows = s.execute(
        select(ServiceCase.matter_name, Matter.matter_type, ServiceCase.applicant_kind,
               ServiceCase.applicant_name, ServiceCase.accepted_day, ServiceCase.concluded_at,
               ServiceCase.result)
        .join(Matter, Matter.id == ServiceCase.matter_id).where(*where).order_by(*newest)
        .offset(page * page_size).limit(min(page_size, total - page * page_size))
    ).all() if total else []  # fmt: skip
    return DisclosureList(
        rows=[DisclosureRow(matter_name=r.matter_name,
                            matter_type=MATTER_TYPES.get(r.matter_type, r.matter_type),
                            applicant=mask_party(r.applicant_kind, r.applicant_name),
                            accepted_on=r.accepted_day, concluded_on=local_day(r.concluded_at),
                            result=r.result)
              for r in rows],
        page=page, pages=pages, total=total, rules=names, more=found > max_shown,
    )  # fmt: skip
