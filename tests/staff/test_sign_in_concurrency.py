"""Sign-in under concurrency: the lockout holds when 30 wrong passwords arrive at once (on
both stores), and the argon2 check runs outside the write transaction, so a kiosk issuing a
ticket meanwhile is not held up by it."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from app import staff as staff_mod
from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from app.staff import SignInFailed, add_staff, sign_in
from db import migrate
from db.engine import Store
from db.models import AuditEntry, Staff

ADMIN = Actor(name="test:admin", roles=frozenset({"admin"}))
KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))


@pytest.fixture
def store(any_url: str) -> Iterator[Store]:
    s = Store(any_url, pool_size=10, max_overflow=25) if "postgresql" in any_url else Store(any_url)
    migrate.upgrade(s.engine)
    add_staff(s, ADMIN, work_no="0201", name="李敏", password="right-pw1", roles=["clerk"])
    yield s
    s.dispose()


def _attempt(store: Store, password: str) -> str:
    try:
        sign_in(store, "0201", password)
    except SignInFailed as exc:
        return exc.message
    return "signed in"


def test_thirty_parallel_wrong_passwords_lock_the_account_exactly_once(store: Store) -> None:
    start = threading.Barrier(30)

    def attempt(_: int) -> str:
        start.wait()
        return _attempt(store, "wrong-pw")

    with ThreadPoolExecutor(30) as pool:
        outcomes = list(pool.map(attempt, range(30)))

    kinds = Counter(
        "locking" if "账号已锁定15分钟" in m else
        "counted" if "还可尝试" in m else
        "refused" if "账号已被锁定" in m else m
        for m in outcomes
    )  # fmt: skip
    # Five wrong passwords counted (four warnings, the fifth locks); all others find it locked.
    assert kinds == {"counted": 4, "locking": 1, "refused": 25}, outcomes
    assert sorted(m for m in outcomes if "还可尝试" in m) == [
        f"工号或密码错误（还可尝试{n}次）" for n in (1, 2, 3, 4)
    ]
    # Even the right password is refused now, and the log holds exactly five failures.
    assert "账号已被锁定" in _attempt(store, "right-pw1")
    with store.read() as s:
        st = s.scalar(select(Staff).where(Staff.work_no == "0201"))
        assert st is not None and st.locked_until is not None
        failed = s.scalar(select(func.count()).where(AuditEntry.action == "staff.signin_failed"))
    assert failed == 5


def test_a_sign_in_does_not_hold_up_a_kiosk_issuing_a_ticket(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.demo import seed_hall

    store = Store(sqlite_url)
    migrate.upgrade(store.engine)
    seed_hall(store, ADMIN, {
        "hall": {"code": "T01", "name": "测试便民服务中心", "region_code": "350100"},
        "service_lines": [{"code": "social", "prefix": "A", "name": "社保医保", "hours": [],
                           "daily_cap": 300, "avg_service_minutes": 6}],
        "windows": [{"no": 1, "name": "1号窗口", "lines": ["social"]}],
        "staff": [],
    })  # fmt: skip
    add_staff(store, ADMIN, work_no="0201", name="李敏", password="right-pw1", roles=["clerk"])
    queue = QueueService(store, Settings(queue_enforce_hours=False))

    verifying, issued = threading.Event(), threading.Event()
    seen_during_verification: list[bool] = []
    real_verify = staff_mod._verify

    def slow_verify(password_hash: str, password: str) -> bool:
        verifying.set()
        # The password check waits here until the kiosk's ticket is issued (or gives up).
        seen_during_verification.append(issued.wait(timeout=20))
        return real_verify(password_hash, password)

    monkeypatch.setattr(staff_mod, "_verify", slow_verify)
    signed: list[str] = []
    signer = threading.Thread(
        target=lambda: signed.append(sign_in(store, "0201", "right-pw1")[0].work_no)
    )
    signer.start()
    assert verifying.wait(timeout=20)

    tickets: list[str] = []
    kiosk = threading.Thread(target=lambda: (tickets.append(queue.issue(KIOSK, "social", source="kiosk").number), issued.set()))  # fmt: skip
    kiosk.start()
    kiosk.join(timeout=30)
    signer.join(timeout=30)
    store.dispose()
    # The ticket's write transaction completed while the password was still being checked.
    assert tickets == ["A001"]
    assert seen_during_verification == [True]
    assert signed == ["0201"]
