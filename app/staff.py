"""Staff accounts and sign-in: argon2id hashes, lockout after repeated failures."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import case, literal, or_, select, update

from app.errors import Conflict, InvalidInput, NotFound, UserError
from app.journal import Actor, unit_of_work
from app.permissions import ROLE_LABELS, require
from app.sync.ownership import is_county, refuse_if_county_owned
from db.base import utcnow
from db.engine import Store
from db.models import Department, Hall, Staff, Window

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
VALID_ROLES = frozenset(ROLE_LABELS)


class SignInFailed(UserError):
    exit_code = 4


@dataclass(frozen=True)
class StaffInfo:
    work_no: str
    name: str
    roles: frozenset[str]
    department: str
    window_no: int | None
    hall_code: str

    def actor(self, staff_id=None) -> Actor:
        return Actor(
            name=self.work_no,
            roles=self.roles,
            staff_id=staff_id,
            display_name=self.name,
            window_no=self.window_no,
            hall_code=self.hall_code,
        )


def hash_password(password: str) -> str:
    if len(password) < 6:
        raise InvalidInput("密码至少需要6位")
    if len(password) > 200:
        raise InvalidInput("密码太长：最多200位")
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("密码含有无法识别的字符（不是 UTF-8 编码的文字）") from None
    return _hasher.hash(password)


def _check_window(s: Any, hall: Hall | None, window_no: int) -> None:
    """A default window must be one of the hall's windows."""
    if hall is None:
        raise InvalidInput(f"窗口 {window_no} 不存在：数据库中还没有大厅")
    nos = sorted(s.scalars(select(Window.no).where(Window.hall_id == hall.id)))
    if window_no not in nos:
        have = f"{nos[0]}–{nos[-1]}" if nos else "（尚未设置窗口）"
        raise InvalidInput(f"窗口 {window_no} 不存在，{hall.name}的窗口号为 {have}")


def _info(s, st: Staff) -> StaffInfo:
    hall = s.get(Hall, st.hall_id) if st.hall_id else None
    return StaffInfo(
        work_no=st.work_no,
        name=st.name,
        roles=st.role_set,
        department=st.department.name if st.department else "",
        window_no=st.window_no,
        hall_code=hall.code if hall else "",
    )


def _verify(password_hash: str, password: str) -> bool:
    """The slow part of a sign-in (argon2, tens of milliseconds by design). Never called inside
    a write transaction: on SQLite that would hold the whole hall's writers meanwhile."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _locked_message(locked_until: dt.datetime, now: dt.datetime) -> str:
    # Rounded up, so a fresh 15-minute lock says 15 (not 16) and never says 0.
    left = max(1, math.ceil((locked_until - now).total_seconds() / 60))
    return f"账号已被锁定，请 {left} 分钟后再试，或联系管理员解锁"


def _not_locked(now: dt.datetime) -> Any:
    return or_(Staff.locked_until.is_(None), Staff.locked_until <= now)


def sign_in(
    store: Store,
    work_no: str,
    password: str,
    *,
    max_attempts: int = 5,
    lock_minutes: int = 15,
    now: dt.datetime | None = None,
    record_success: bool = True,
) -> tuple[StaffInfo, Actor]:
    """Check a password. Wrong passwords count; ``max_attempts`` in a row lock the account.

    ``record_success=False`` is for a command that authenticates its administrator: the
    command's own audit entry names them, so a right password with no failures to reset
    writes nothing (a refused command leaves the store exactly as it was).

    The hash is read and verified outside any write transaction; the outcome is then written
    with one atomic UPDATE that only applies while the account is not locked. So any number
    of parallel attempts, on either store, count one by one: the attempt that reaches
    ``max_attempts`` locks the account, and every attempt that lands after it is refused as
    locked, even with the right password."""
    now = now or utcnow()
    work_no = work_no.strip()
    if not work_no or not password:
        raise SignInFailed("请输入工号和密码")
    if len(work_no) > 20 or len(password) > 200:
        raise SignInFailed("工号或密码错误")
    with store.read() as s:
        st = s.scalar(select(Staff).where(Staff.work_no == work_no))
        if st is None or not st.active:
            raise SignInFailed("工号或密码错误")
        staff_id, pw_hash = st.id, st.password_hash
        if st.locked_until and st.locked_until > now:
            raise SignInFailed(_locked_message(st.locked_until, now))
        clean = not st.failed_attempts and st.locked_until is None
        info = _info(s, st)
    ok = _verify(pw_hash, password)  # outside the write transaction, see above
    new_hash = _hasher.hash(password) if ok and _hasher.check_needs_rehash(pw_hash) else None
    if ok and clean and not new_hash and not record_success:
        return info, info.actor(staff_id)
    system = Actor(name=f"signin:{work_no}")
    failure = ""
    with unit_of_work(store, system) as uow:
        s = uow.session
        hall_code = s.scalar(
            select(Hall.code).join(Staff, Staff.hall_id == Hall.id).where(Staff.id == staff_id)
        )
        uow.chain = uow.hall_code = hall_code or "store"
        if ok:
            values: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
            if new_hash:
                values["password_hash"] = new_hash
            done: Any = s.execute(
                update(Staff)
                .where(Staff.id == staff_id, Staff.active, _not_locked(now))
                .where(Staff.password_hash == pw_hash)  # not changed meanwhile
                .values(**values)
                .returning(Staff.id)
                .execution_options(synchronize_session=False)
            ).first()
            if done is not None:
                st = s.get(Staff, staff_id)
                assert st is not None
                info = _info(s, st)
                uow.record("staff.signin", "staff", staff_id, after={"work_no": work_no},
                           outbox=False)  # fmt: skip
        else:
            attempts = Staff.failed_attempts + 1
            reached = attempts >= max_attempts
            until = now + dt.timedelta(minutes=lock_minutes)
            done = s.execute(
                update(Staff)
                .where(Staff.id == staff_id, _not_locked(now))
                .values(
                    failed_attempts=case((reached, 0), else_=attempts),
                    locked_until=case((reached, literal(until, Staff.locked_until.type)), else_=None),
                )
                .returning(Staff.failed_attempts, Staff.locked_until)
                .execution_options(synchronize_session=False)
            ).first()
            if done is not None:
                locked = done.locked_until is not None
                uow.record("staff.signin_failed", "staff", staff_id,
                           after={"work_no": work_no, "locked": locked}, outbox=False)  # fmt: skip
                failure = (
                    f"连续{max_attempts}次密码错误，账号已锁定{lock_minutes}分钟"
                    if locked
                    else f"工号或密码错误（还可尝试{max_attempts - done.failed_attempts}次）"
                )
        if done is None:
            # Locked, deactivated or given a new password by a parallel attempt or an admin.
            st = s.get(Staff, staff_id)
            if st is not None and st.locked_until and st.locked_until > now:
                failure = _locked_message(st.locked_until, now)
            else:
                failure = "工号或密码错误"
    # Raised after the block so that the failure counter and its audit entry are committed.
    if failure:
        raise SignInFailed(failure)
    return info, info.actor(staff_id)


def add_staff(
    store: Store,
    actor: Actor,
    *,
    work_no: str,
    name: str,
    password: str,
    roles: list[str],
    department_code: str | None = None,
    window_no: int | None = None,
    hall_code: str | None = None,
) -> StaffInfo:
    require(actor, "staff.manage")
    from app.schemas.people import StaffRecord, checked

    rec = checked(StaffRecord, work_no=work_no, name=name, roles=list(roles),
                  department=department_code or None, window_no=window_no)  # fmt: skip
    work_no, name, window_no = rec.work_no, rec.name, rec.window_no
    roles = list(rec.roles)
    pw_hash = hash_password(password)
    with unit_of_work(store, actor) as uow:
        s = uow.session
        refuse_if_county_owned(s, "staff")
        if s.scalar(select(Staff).where(Staff.work_no == work_no)):
            raise Conflict(f"工号 {work_no} 已存在")
        dept = None
        if department_code:
            dept = s.scalar(select(Department).where(Department.code == department_code))
            if dept is None:
                raise InvalidInput(f"部门编码 {department_code} 不存在")
        hall = (
            s.scalar(select(Hall).where(Hall.code == hall_code))
            if hall_code
            else s.scalar(select(Hall).order_by(Hall.code))
        )
        if window_no is not None:
            _check_window(s, hall, window_no)
        st = Staff(
            work_no=work_no,
            name=name,
            password_hash=pw_hash,
            roles=",".join(sorted(set(roles))),
            department=dept,
            hall_id=hall.id if hall else None,
            window_no=window_no,
        )
        s.add(st)
        s.flush()
        # At the county, the hall's chain belongs to the hall: county edits keep their own.
        if hall and not is_county(s):
            uow.chain = uow.hall_code = hall.code
        uow.record(
            "staff.add",
            "staff",
            st.id,
            after={"work_no": work_no, "name": name, "roles": st.roles, "window_no": window_no},
            row=st,
        )
        return _info(s, st)


def assign_window(store: Store, actor: Actor, work_no: str, window_no: int | None) -> StaffInfo:
    """A supervisor (re)assigns a clerk's window; the clerk may then act only there."""
    require(actor, "queue.manage")
    with unit_of_work(store, actor) as uow:
        s = uow.session
        st = s.scalar(select(Staff).where(Staff.work_no == work_no.strip()))
        if st is None:
            raise InvalidInput(f"工号 {work_no} 不存在")
        if window_no is not None:
            exists = s.scalar(select(Window.id).where(Window.no == window_no,
                                                      Window.hall_id == st.hall_id))  # fmt: skip
            if exists is None:
                raise InvalidInput(f"本大厅没有 {window_no} 号窗口")
        before = {"work_no": st.work_no, "window_no": st.window_no}
        st.window_no = window_no
        uow.record("staff.assign_window", "staff", st.id, before=before,
                   after={"work_no": st.work_no, "window_no": window_no}, row=st)  # fmt: skip
        return _info(s, st)
# ---- administering accounts ------------------------------------------------------------------


@dataclass(frozen=True)
class StaffRow:
    work_no: str
    name: str
    roles: list[str]
    department: str
    window_no: int | None
    active: bool
    locked_until: dt.datetime | None
    failed_attempts: int

    def as_dict(self) -> dict[str, Any]:
        return {"work_no": self.work_no, "name": self.name, "roles": self.roles,
                "department": self.department, "window": self.window_no, "active": self.active,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None,
                "failed_attempts": self.failed_attempts}  # fmt: skip


def list_staff(store: Store, *, now: dt.datetime | None = None) -> list[StaffRow]:
    now = now or utcnow()
    with store.read() as s:
        rows = s.scalars(select(Staff).order_by(Staff.work_no)).all()
        return [
            StaffRow(r.work_no, r.name, sorted(r.role_set),
                     r.department.name if r.department else "", r.window_no, bool(r.active),
                     r.locked_until if r.locked_until and r.locked_until > now else None,
                     r.failed_attempts or 0)
            for r in rows
        ]  # fmt: skip


def _change(store: Store, actor: Actor, work_no: str, action: str,
            values: dict[str, Any], after: dict[str, Any]) -> None:  # fmt: skip
    require(actor, "staff.manage")
    work_no = work_no.strip()
    with unit_of_work(store, actor) as uow:
        st = uow.session.scalar(select(Staff).where(Staff.work_no == work_no))
        if st is None:
            raise NotFound(f"工号 {work_no} 不存在")
        if action == "staff.deactivate" and actor.staff_id == st.id:
            raise InvalidInput("不能停用自己正在使用的账号")
        hall = uow.session.get(Hall, st.hall_id) if st.hall_id else None
        if hall is not None:
            uow.chain = uow.hall_code = hall.code
        for k, v in values.items():
            setattr(st, k, v)
        # No row= here: the snapshot would carry the password hash to the county.
        uow.record(action, "staff", st.id, after={"work_no": work_no, **after})


def unlock_staff(store: Store, actor: Actor, work_no: str) -> None:
    """Lift a lockout at once and reset the failure count."""
    _change(store, actor, work_no, "staff.unlock",
            {"locked_until": None, "failed_attempts": 0}, {"locked": False})  # fmt: skip


def set_password(store: Store, actor: Actor, work_no: str, password: str) -> None:
    """A new password (hashed before the write transaction); also lifts a lockout."""
    pw_hash = hash_password(password)
    _change(store, actor, work_no, "staff.passwd",
            {"password_hash": pw_hash, "locked_until": None, "failed_attempts": 0},
            {"password_changed": True})  # fmt: skip


def set_active(store: Store, actor: Actor, work_no: str, active: bool) -> None:
    """Deactivate (the account can no longer sign in; its history stays) or reactivate."""
    _change(store, actor, work_no, "staff.activate" if active else "staff.deactivate",
            {"active": active}, {"active": active})  # fmt: skip
