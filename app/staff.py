"""Staff accounts and sign-in: argon2id hashes, lockout after repeated failures."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from app.errors import Conflict, InvalidInput, UserError
from app.journal import Actor, unit_of_work
from app.permissions import ROLE_LABELS, require
from app.sync.ownership import is_county, refuse_if_county_owned
from db.base import utcnow
from db.engine import Store
from db.models import Department, Hall, Staff

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
    return _hasher.hash(password)


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


def sign_in(
    store: Store,
    work_no: str,
    password: str,
    *,
    max_attempts: int = 5,
    lock_minutes: int = 15,
    now: dt.datetime | None = None,
) -> tuple[StaffInfo, Actor]:
    """Check a password. Wrong passwords count; ``max_attempts`` in a row lock the account."""
    now = now or utcnow()
    work_no = work_no.strip()
    if not work_no or not password:
        raise SignInFailed("请输入工号和密码")
    system = Actor(name=f"signin:{work_no}")
    failure = ""
    with unit_of_work(store, system) as uow:
        st = uow.session.scalar(select(Staff).where(Staff.work_no == work_no))
        if st is None or not st.active:
            raise SignInFailed("工号或密码错误")
        hall = uow.session.get(Hall, st.hall_id) if st.hall_id else None
        uow.chain = uow.hall_code = hall.code if hall else "store"
        if st.locked_until and st.locked_until > now:
            # Rounded up, so a fresh 15-minute lock says 15 (not 16) and never says 0.
            left = max(1, math.ceil((st.locked_until - now).total_seconds() / 60))
            raise SignInFailed(f"账号已被锁定，请 {left} 分钟后再试，或联系管理员解锁")
        try:
            _hasher.verify(st.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            st.failed_attempts += 1
            locked = st.failed_attempts >= max_attempts
            if locked:
                st.locked_until = now + dt.timedelta(minutes=lock_minutes)
                st.failed_attempts = 0
            uow.record(
                "staff.signin_failed",
                "staff",
                st.id,
                after={"work_no": st.work_no, "locked": locked},
                outbox=False,
            )
            failure = (
                f"连续{max_attempts}次密码错误，账号已锁定{lock_minutes}分钟"
                if locked
                else f"工号或密码错误（还可尝试{max_attempts - st.failed_attempts}次）"
            )
        else:
            st.failed_attempts = 0
            st.locked_until = None
            if _hasher.check_needs_rehash(st.password_hash):
                st.password_hash = _hasher.hash(password)
            info = _info(uow.session, st)
            uow.record("staff.signin", "staff", st.id, after={"work_no": st.work_no}, outbox=False)
            staff_id = st.id
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
    work_no, name = work_no.strip(), name.strip()
    if not work_no or not name:
        raise InvalidInput("工号和姓名不能为空")
    bad = [r for r in roles if r not in VALID_ROLES]
    if bad or not roles:
        raise InvalidInput(
            f"角色“{'、'.join(bad) or '（空）'}”无效，可选：clerk（窗口人员）、supervisor（主管）、admin（管理员）"
        )
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
        )
        return _info(s, st)
