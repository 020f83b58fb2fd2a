"""Which halls a report covers, who may see which, and the names behind dimension keys.

Permission rule (kept simple, enforced here and not by the UI):

- an **admin** sees every hall the store holds;
- a **supervisor** on a *hall store* sees their own hall (the hall of their account, else the
  hall the session is signed in at); on the *county database* their own hall plus the halls
  an administrator granted them (``supervisor_grant``, ``yichuang report grant``); a county
  supervisor with no hall of their own sees only what was granted;
- anyone else sees nothing (``PermissionDenied``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, PermissionDenied
from app.journal import Actor
from app.sync.ownership import is_county
from db.engine import Store
from db.models import Department, Hall, Matter, ServiceLine, Staff, SupervisorGrant, Window

HALL_TZ = ZoneInfo("Asia/Shanghai")  # as app.queue.numbering: every hall keeps Beijing time
NONE_KEY = "-"


def as_key(value: object) -> str:
    """A report key: the value as text, NONE_KEY ("-") for what has none."""
    return NONE_KEY if value is None or value == "" else str(value)


def day_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants of local midnight on ``start`` and on the day after ``end``."""
    lo = dt.datetime.combine(start, dt.time(), HALL_TZ).astimezone(dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), HALL_TZ).astimezone(dt.UTC)
    return lo, hi


def local_day(at: dt.datetime) -> dt.date:
    return at.astimezone(HALL_TZ).date()


def allowed_halls(store: Store, actor: Actor) -> tuple[str, ...]:
    """Hall codes ``actor`` may report on (see the module text). Raises PermissionDenied."""
    with store.read() as s:
        codes = tuple(s.scalars(select(Hall.code).order_by(Hall.code)))
        if "admin" in actor.roles:
            return codes
        if "supervisor" not in actor.roles:
            raise PermissionDenied("只有效能监察（主管）或系统管理员可以查看统计报表。")
        staff = s.scalar(select(Staff).where(Staff.work_no == actor.name)) if actor.name else None
        own = None
        if staff is not None and staff.hall_id is not None:
            own = s.scalar(select(Hall.code).where(Hall.id == staff.hall_id))
        if is_county(s):
            granted = set(s.scalars(select(SupervisorGrant.hall_code)
                                    .where(SupervisorGrant.work_no == actor.name)))  # fmt: skip
            return tuple(c for c in codes if c == own or c in granted)
        own = own or actor.hall_code or (codes[0] if codes else None)
        return (own,) if own and own in codes else ()


def grant_halls(store: Store, actor: Actor, work_no: str, hall_codes: list[str], *,
                revoke: bool = False) -> tuple[str, ...]:  # fmt: skip
    """Let supervisor ``work_no`` report on ``hall_codes`` (or stop it, ``revoke``); returns
    the halls granted now. Recorded in the audit log; not synced (grants live at the county)."""
    from app.journal import unit_of_work
    from app.permissions import require

    require(actor, "staff.manage")
    with unit_of_work(store, actor) as uow:
        s = uow.session
        staff = s.scalar(select(Staff).where(Staff.work_no == work_no))
        if staff is None:
            raise InvalidInput(f"工号 {work_no} 不存在")
        if "supervisor" not in staff.role_set:
            raise InvalidInput(f"工号 {work_no}（{staff.name}）不是效能监察（主管）账号")
        known = set(s.scalars(select(Hall.code)))
        for code in hall_codes:
            if code not in known:
                raise InvalidInput(f"没有编码为“{code}”的大厅")
            row = s.get(SupervisorGrant, (work_no, code))
            if revoke and row is not None:
                s.delete(row)
            elif not revoke and row is None:
                s.add(SupervisorGrant(work_no=work_no, hall_code=code, granted_by=actor.name))
        s.flush()
        now = tuple(sorted(s.scalars(select(SupervisorGrant.hall_code)
                                     .where(SupervisorGrant.work_no == work_no))))  # fmt: skip
        uow.record("report.revoke" if revoke else "report.grant", "supervisor_grant", work_no,
                   after={"halls": list(hall_codes), "granted": list(now)}, outbox=False)  # fmt: skip
    return now


@dataclass
class Names:
    """Labels for the keys of every dimension, loaded once per report."""

    halls: dict[uuid.UUID, tuple[str, str]] = field(default_factory=dict)  # id -> (code, name)
    lines: dict[uuid.UUID, str] = field(default_factory=dict)
    windows: dict[uuid.UUID, str] = field(default_factory=dict)
    window_by_no: dict[tuple[uuid.UUID, int], uuid.UUID] = field(default_factory=dict)
    staff: dict[uuid.UUID, str] = field(default_factory=dict)
    staff_by_no: dict[str, uuid.UUID] = field(default_factory=dict)
    staff_dept: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)
    departments: dict[uuid.UUID, str] = field(default_factory=dict)
    matters: dict[str, str] = field(default_factory=dict)
    matter_dept: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)  # by matter id
    multi_hall: bool = False

    def label(self, by: str, key: str) -> str:
        if key == NONE_KEY:
            return {"window": "（未叫号）", "staff": "（未叫号）", "line": "（未取号）",
                    "matter": "（未关联事项）", "department": "（未分部门）"}.get(by, "（无）")  # fmt: skip
        if by == "matter":
            return self.matters.get(key, key)
        kid = uuid.UUID(key) if by != "hall" else None
        if by == "hall":
            for code, name in self.halls.values():
                if code == key:
                    return name
            return key
        assert kid is not None
        table = {"line": self.lines, "window": self.windows, "staff": self.staff,
                 "department": self.departments}[by]  # fmt: skip
        return table.get(kid, key)


def load_names(s: Session, hall_ids: list[uuid.UUID]) -> Names:
    n = Names(multi_hall=len(hall_ids) > 1)
    for h in s.execute(select(Hall.id, Hall.code, Hall.name).where(Hall.id.in_(hall_ids))):
        n.halls[h.id] = (h.code, h.name)

    def prefix(hall_id: uuid.UUID) -> str:
        return f"{n.halls[hall_id][1]} " if n.multi_hall and hall_id in n.halls else ""

    for r in s.execute(select(ServiceLine.id, ServiceLine.hall_id, ServiceLine.name,
                              ServiceLine.prefix).where(ServiceLine.hall_id.in_(hall_ids))):  # fmt: skip
        n.lines[r.id] = f"{prefix(r.hall_id)}{r.prefix} {r.name}"
    for w in s.execute(select(Window.id, Window.hall_id, Window.no, Window.name)
                       .where(Window.hall_id.in_(hall_ids))):  # fmt: skip
        name = w.name if w.name.startswith(f"{w.no}号") else f"{w.no}号窗口 {w.name}".rstrip()
        n.windows[w.id] = f"{prefix(w.hall_id)}{name}"
        n.window_by_no[(w.hall_id, w.no)] = w.id
    for st in s.execute(select(Staff.id, Staff.work_no, Staff.name, Staff.department_id)):
        n.staff[st.id] = f"{st.name}（{st.work_no}）"
        n.staff_by_no[st.work_no] = st.id
        n.staff_dept[st.id] = st.department_id
    for d in s.execute(select(Department.id, Department.name)):
        n.departments[d.id] = d.name
    for m in s.execute(select(Matter.id, Matter.impl_code, Matter.name, Matter.department_id)
                       .order_by(Matter.version)):  # fmt: skip
        n.matters[m.impl_code] = m.name  # the latest version's name wins
        n.matter_dept[m.id] = m.department_id
    return n


def resolve_halls(s: Session, wanted: tuple[str, ...] | None) -> list[uuid.UUID]:
    """Hall ids for hall codes (or ids); None = every hall the store has."""
    rows = s.execute(select(Hall.id, Hall.code)).all()
    if wanted is None:
        return [r.id for r in rows]
    out = []
    for w in wanted:
        hit = [r.id for r in rows if r.code == w or str(r.id) == w]
        if not hit:
            raise InvalidInput(f"没有编码为“{w}”的大厅")
        out.extend(hit)
    return out
