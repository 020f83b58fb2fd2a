"""Staff accounts: argon2id hashes, lockout after five wrong passwords for fifteen minutes,
audited failures, and the checks on adding an account."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.errors import Conflict, InvalidInput, PermissionDenied
from app.journal import Actor
from app.staff import SignInFailed, add_staff, sign_in
from db import migrate
from db.engine import Store
from db.models import AuditEntry, Staff

ADMIN = Actor(name="cli:root", roles=frozenset({"admin"}))
CLERK = Actor(name="0101", roles=frozenset({"clerk"}))
T0 = dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.UTC)  # 09:30 in the hall


@pytest.fixture
def store(sqlite_url: str) -> Iterator[Store]:
    s = Store(sqlite_url)
    migrate.upgrade(s.engine)
    add_staff(s, ADMIN, work_no="0201", name="李敏", password="right-pw1", roles=["clerk"])
    yield s
    s.dispose()


def test_password_is_stored_as_argon2id_and_only_the_right_one_signs_in(store: Store) -> None:
    with store.read() as s:
        stored = s.scalar(select(Staff.password_hash).where(Staff.work_no == "0201"))
    assert stored is not None and stored.startswith("$argon2id$")
    assert "right-pw1" not in stored

    info, actor = sign_in(store, " 0201 ", "right-pw1", now=T0)
    assert (info.work_no, info.name, info.roles) == ("0201", "李敏", frozenset({"clerk"}))
    assert actor.name == "0201" and actor.staff_id is not None

    with pytest.raises(SignInFailed, match="工号或密码错误"):
        sign_in(store, "9999", "right-pw1", now=T0)
    with pytest.raises(SignInFailed, match="请输入工号和密码"):
        sign_in(store, "0201", "", now=T0)


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(store: Store) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInFailed, match=f"还可尝试{left}次"):
            sign_in(store, "0201", "wrong", now=T0)
    with pytest.raises(SignInFailed, match="连续5次密码错误，账号已锁定15分钟"):
        sign_in(store, "0201", "wrong", now=T0)

    # While locked even the right password is refused, and the message names the minutes.
    with pytest.raises(SignInFailed, match=r"账号已被锁定，请 15 分钟后再试"):
        sign_in(store, "0201", "right-pw1", now=T0)
    with pytest.raises(SignInFailed, match=r"请 1 分钟后再试"):
        sign_in(store, "0201", "right-pw1", now=T0 + dt.timedelta(minutes=14, seconds=30))

    info, _ = sign_in(store, "0201", "right-pw1", now=T0 + dt.timedelta(minutes=15))
    assert info.work_no == "0201"

    # Every wrong password left an audit entry; the fifth one records the lock.
    with store.read() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    failed = [e for e in entries if e.action == "staff.signin_failed"]
    assert [e.after["locked"] for e in failed] == [False, False, False, False, True]
    assert {e.actor for e in failed} == {"signin:0201"}
    assert entries[-1].action == "staff.signin"


def test_adding_staff_is_checked(store: Store) -> None:
    with pytest.raises(PermissionDenied) as denied:
        add_staff(store, CLERK, work_no="0301", name="王强", password="abcdef12", roles=["clerk"])
    assert "无权新增或修改工作人员" in denied.value.message and "系统管理员" in denied.value.message

    with pytest.raises(Conflict, match="工号 0201 已存在"):
        add_staff(store, ADMIN, work_no="0201", name="重名", password="abcdef12", roles=["clerk"])
    with pytest.raises(InvalidInput, match="“角色”.*：“cashier”无效，应为以下之一：clerk、supervisor、admin"):
        add_staff(store, ADMIN, work_no="0302", name="赵六", password="abcdef12", roles=["cashier"])
    with pytest.raises(InvalidInput, match="密码至少需要6位"):
        add_staff(store, ADMIN, work_no="0303", name="钱七", password="abc", roles=["clerk"])

    with store.read() as s:
        assert s.scalars(select(Staff.work_no)).all() == ["0201"]
