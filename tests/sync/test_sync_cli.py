"""The operator's commands: county init, sync run/status, audit verify --county, county alarms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.cli.main import run
from app.journal import AUDIT_ENTITY, entry_hash, row_snapshot
from db.engine import Store
from db.models import AuditEntry, AuditHead, OutboxEntry
from tests.sync.conftest import read_creds, serve

pytestmark = pytest.mark.pg


def test_county_init_sync_status_and_verify_from_the_command_line(
    pg_url: str, hall_a: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "creds"
    assert run(["county", "init", "--db", pg_url, "--hall", "H1", "--out", str(out), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    creds = read_creds(printed["credential_files"])
    hall_url = next(u for role, u in creds.items() if role.endswith("_hall_h1"))
    password = hall_url.split(":")[2].split("@")[0]
    assert (out / f"{next(iter(creds))}.url").stat().st_mode & 0o077 == 0  # owner only

    serve(hall_a, 3, finish=1)
    db = ["--db", str(hall_a.url)]
    assert run(["sync", "status", "--json", *db]) == 0
    before = json.loads(capsys.readouterr().out)
    assert before["backlog"] > 0 and before["last_push_at"] is None

    assert run(["sync", "run", "--once", "--county", hall_url, *db]) == 0
    text = capsys.readouterr()
    assert "同步完成" in text.out and password not in text.out + text.err
    assert run(["sync", "status", "--json", *db]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["backlog"] == 0 and after["watermark"] > 0 and after["last_error"] is None
    assert after["pull_revision"] is not None

    assert run(["audit", "verify", "--county", hall_url, *db]) == 0
    assert "与县级库一致" in capsys.readouterr().out
    # Someone edits a pushed entry at the hall and recomputes every hash, also in the outbox's
    # copies of the entries (which the hall's own verify compares with the log).
    with hall_a.write() as s:
        entries = list(
            s.scalars(select(AuditEntry).where(AuditEntry.chain == "H1").order_by(AuditEntry.seq))
        )
        prev = ""
        for e in entries:
            if e.seq == 2:
                e.actor = "someone-else"
            e.prev_hash, e.hash = prev, ""
            e.hash = entry_hash(e)
            prev = e.hash
            s.execute(update(OutboxEntry)
                      .where(OutboxEntry.entity == AUDIT_ENTITY, OutboxEntry.entity_id == str(e.id))
                      .values(payload=row_snapshot(e)))  # fmt: skip
        s.execute(update(AuditHead).where(AuditHead.chain == "H1").values(hash=prev))
    assert run(["audit", "verify", *db]) == 0  # on its own the chain looks fine
    capsys.readouterr()
    assert run(["audit", "verify", "--county", hall_url, *db]) == 6
    assert "第 2 条与县级库保存的不一致" in capsys.readouterr().out
    # The next sync is refused, and the county administrator sees the alarm.
    assert run(["sync", "run", "--once", "--county", hall_url, *db]) == 9
    err = capsys.readouterr().err
    assert "错误：" in err and "Traceback" not in err and password not in err
    assert run(["county", "alarms", "--db", pg_url]) == 1
    assert "chain_refused" in capsys.readouterr().out


def test_unreachable_county_is_a_clear_message_without_the_password(
    hall_a: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    dead = "postgresql://yc_hall_h1:top-secret-9@127.0.0.1:1/county"
    code = run(["sync", "run", "--once", "--county", dead, "--db", str(hall_a.url)])
    err = capsys.readouterr().err
    assert code == 7
    assert "无法连接县级数据库" in err and "本大厅照常工作" in err
    assert "top-secret-9" not in err and "***" in err
