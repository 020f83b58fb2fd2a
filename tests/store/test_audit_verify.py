"""`yichuang audit verify`: an intact chain is OK; a changed, a deleted middle and a deleted
last entry are each found and located — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.audit import verify
from app.journal import Actor, unit_of_work
from db import migrate
from db.engine import Store

ROOT = Path(__file__).resolve().parents[2]
ACTOR = Actor(name="0101", roles=frozenset({"clerk"}), hall_code="QC01")


@pytest.fixture
def store(any_url: str) -> Iterator[Store]:
    s = Store(any_url)
    migrate.upgrade(s.engine)
    for i, name in enumerate(["张三", "李四", "王五", "赵六", "钱七"], 1):
        with unit_of_work(s, ACTOR) as uow:
            uow.record("ticket.issue", "ticket", f"A{i:03d}", after={"number": i, "name": name})
    yield s
    s.dispose()


def _sql(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


def _cli_verify(url: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "YICHUANG_CONFIG": os.devnull + ".absent.toml",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-c", "from ui.launcher import main; main()", "audit", "verify",
         "--db", url],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_intact_chain_is_reported_ok(store: Store) -> None:
    (report,) = verify(store)
    assert (report.chain, report.entries, report.ok, report.broken_seq) == ("QC01", 5, True, None)


def test_changed_entry_is_found_and_named_and_the_cli_exits_6(store: Store) -> None:
    forged = json.dumps({"number": 3, "name": "冒名"}, ensure_ascii=False)
    cast = "CAST(:v AS json)" if store.dialect == "postgresql" else ":v"
    _sql(store, f'UPDATE audit_entry SET "after" = {cast} WHERE seq = 3', v=forged)

    (report,) = verify(store)
    assert not report.ok and report.broken_seq == 3
    assert "本条记录被改动" in report.problem

    result = _cli_verify(store.url)
    assert result.returncode == 6, result.stderr
    assert "[QC01] 第 3 条记录异常" in result.stdout
    assert "记录内容与其哈希不符" in result.stdout
    assert "Traceback" not in result.stderr


def test_deleted_middle_entry_names_the_gap(store: Store) -> None:
    _sql(store, "DELETE FROM audit_entry WHERE seq = 2")
    (report,) = verify(store)
    assert not report.ok and report.broken_seq == 3
    assert "应为 2，实际为 3" in report.problem


def test_deleted_last_entry_is_reported_as_missing_tail(store: Store) -> None:
    _sql(store, "DELETE FROM audit_entry WHERE seq = 5")
    (report,) = verify(store)
    assert not report.ok and report.broken_seq == 5
    assert "链尾记录缺失" in report.problem


def test_deleted_chain_head_does_not_hide_the_chain(store: Store) -> None:
    # Whoever rewrites the last entry and drops the head row must still be caught.
    _sql(store, "DELETE FROM audit_head")
    _sql(store, "DELETE FROM audit_entry WHERE seq = 5")
    (report,) = verify(store)
    assert (report.chain, report.ok, report.broken_seq) == ("QC01", False, 4)
    assert "链头记录被删除" in report.problem


def test_a_log_cut_short_with_its_head_rewound_is_found(store: Store) -> None:
    # Cut the last two entries and rewind the head to the third: the hashes still chain up,
    # but the outbox (every audit entry travels in it) still holds entries 4 and 5.
    with store.read() as s:
        third = s.execute(text("SELECT hash FROM audit_entry WHERE seq = 3")).scalar_one()
    _sql(store, "DELETE FROM audit_entry WHERE seq > 3")
    _sql(store, "UPDATE audit_head SET seq = 3, hash = :h", h=third)

    (report,) = verify(store)
    assert not report.ok and report.entries == 3
    assert "审计日志被截短" in report.problem and "第 5 条审计记录" in report.problem

    result = _cli_verify(store.url)
    assert result.returncode == 6, result.stderr
    assert "[QC01] 第 4 条记录异常：审计日志被截短" in result.stdout


def test_an_emptied_log_is_not_reported_as_empty(any_url: str, tmp_path: Path) -> None:
    from app.demo import seed

    s = Store(any_url)
    migrate.upgrade(s.engine)
    seed(s)
    _sql(s, "DELETE FROM audit_entry")
    _sql(s, "DELETE FROM audit_head")
    reports = verify(s)
    s.dispose()
    assert [r.ok for r in reports] == [False]
    assert "审计日志为空，但数据库中有本应带审计记录的数据" in reports[0].problem
    assert "工作人员 24 条" in reports[0].problem

    result = _cli_verify(any_url)
    assert result.returncode == 6, result.stderr
    assert "审计日志被清空或删除" in result.stdout and "Traceback" not in result.stderr
