"""Store faults named by their cause, through the command line: not a store, damaged pages,
a missing schema-version row, a read-only file, a full disk; a duplicate booking code. Each
is a Chinese message with the documented exit code, and the store is left as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.cli.main import report_failure
from app.errors import DUPLICATE, STORE_FULL, user_message
from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store
from tests.support.store_dump import dump


def _file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def test_a_file_that_is_not_a_store(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    code, _, err = cli("catalog", "search", "yyzz", db=f"sqlite:///{notes}")
    assert code == 5 and "该文件不是一窗数据库" in err, err
    assert notes.read_text(encoding="utf-8") == "hello"


def test_a_damaged_store_refuses_writes_names_the_backups_and_audit_reports_it(
    cli: Any, demo_url: str
) -> None:
    db = _file(demo_url)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
    with db.open("r+b") as f:  # scribble over a few pages in the middle of the file
        for page in range(pages // 2, pages // 2 + 4):
            f.seek(page * page_size + 8)
            f.write(b"\xde\xad\xbe\xef" * 200)
    backup = db.with_name(db.name + ".20260301-090000.0002.bak")
    backup.write_bytes(b"")
    damaged = db.read_bytes()

    code, _, err = cli("queue", "issue", "SCJG")
    assert code == 5, err
    assert "已损坏" in err and "已禁止写入" in err and str(backup) in err
    assert "Traceback" not in err
    code, out, err = cli("audit", "verify")
    assert code == 6 and "已损坏" in out and "Traceback" not in err, (out, err)
    assert db.read_bytes() == damaged


def test_a_missing_schema_version_row_is_named(cli: Any, demo_url: str) -> None:
    db = _file(demo_url)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DELETE FROM alembic_version")
    before = dump(db)
    code, _, err = cli("queue", "issue", "SCJG")
    assert code == 5 and "缺少结构版本记录" in err, err
    assert "无法连接数据库" not in err
    assert dump(db) == before


def test_a_read_only_store(cli: Any, demo_url: str) -> None:
    db = _file(demo_url)
    before = dump(db)
    code, _, err = cli("queue", "issue", "SCJG", db=f"sqlite:///file:{db}?mode=ro&uri=true")
    assert code == 5 and "数据库是只读的" in err, err
    assert dump(db) == before


def test_a_full_disk_is_named(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(demo_url)

    @event.listens_for(store.engine, "connect")
    def _no_room(dbapi_conn: Any, _record: Any) -> None:  # the file may not grow any more
        (pages,) = dbapi_conn.execute("PRAGMA page_count").fetchone()
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    queue = QueueService(store, Settings(queue_enforce_hours=False))
    from app.journal import Actor

    kiosk = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))
    issued, failure = 0, None
    for _ in range(2000):  # fills the last free pages, then the disk is "full"
        try:
            queue.issue(kiosk, "SCJG", source="kiosk")
            issued += 1
        except Exception as exc:
            failure = exc
            break
    store.dispose()
    assert failure is not None
    assert user_message(failure) == STORE_FULL
    assert report_failure(failure) == 5
    assert "磁盘已满" in capsys.readouterr().err
    with closing(sqlite3.connect(_file(demo_url))) as conn, conn:
        (tickets,) = conn.execute("SELECT count(*) FROM ticket").fetchone()
    assert tickets == issued  # the failed issue left nothing behind


def test_a_booking_code_already_used(cli: Any, demo_url: str) -> None:
    day = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).date().isoformat()
    assert cli("queue", "book", "SCJG", "--day", day, "--code", "12345678")[0] == 0
    before = dump(_file(demo_url))
    code, _, err = cli("queue", "book", "SCJG", "--day", day, "--code", "12345678")
    assert code == 2 and DUPLICATE in err, err
    assert "INSERT" not in err and "12345678" not in err.replace(DUPLICATE, "")
    assert dump(_file(demo_url)) == before


# ---- administrators ----------------------------------------------------------------------


def test_admin_commands_need_a_signed_in_administrator(
    cli: Any, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _file(demo_url)
    before = dump(db)
    monkeypatch.delenv("YICHUANG_ADMIN")
    code, _, err = cli("staff", "add", "Q0900", "张三", "--password", "abcdef12")
    assert code == 4 and "此命令需要系统管理员登录" in err and "YICHUANG_ADMIN" in err
    monkeypatch.setenv("YICHUANG_ADMIN", "Q0003")  # a clerk, with the right password
    monkeypatch.setenv("YICHUANG_ADMIN_PASSWORD", "yc-demo-1")
    code, _, err = cli("staff", "unlock", "Q0001")
    assert code == 4 and "工号 Q0003 不是系统管理员" in err, err
    assert dump(db) == before
    # A wrong password counts towards the lockout like any sign-in.
    monkeypatch.setenv("YICHUANG_ADMIN", "Q0024")
    monkeypatch.setenv("YICHUANG_ADMIN_PASSWORD", "wrong-pw")
    code, _, err = cli("staff", "list")
    assert code == 4 and "管理员登录失败：工号或密码错误（还可尝试4次）" in err, err


def test_unlock_passwd_deactivate_and_list(
    cli: Any, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.staff import SignInFailed, sign_in

    store = Store(demo_url)

    def attempt(password: str) -> str:
        try:
            sign_in(store, "Q0003", password)
        except SignInFailed as exc:
            return exc.message
        return "ok"

    for _ in range(5):
        attempt("wrong")
    assert "账号已被锁定" in attempt("yc-demo-1")
    listed = cli("staff", "list", "--json")
    assert listed[0] == 0
    import json

    rows = {r["work_no"]: r for r in json.loads(listed[1])}
    assert rows["Q0003"]["locked_until"] is not None and rows["Q0003"]["active"]

    assert cli("staff", "unlock", "Q0003")[1].strip() == "已解除 Q0003 的锁定"
    assert attempt("yc-demo-1") == "ok"

    monkeypatch.setenv("YICHUANG_PASSWORD", "new-pass-9")
    assert cli("staff", "passwd", "Q0003")[0] == 0
    assert attempt("yc-demo-1").startswith("工号或密码错误")
    assert attempt("new-pass-9") == "ok"

    assert cli("staff", "deactivate", "Q0003")[0] == 0
    assert attempt("new-pass-9") == "工号或密码错误"
    assert json.loads(cli("staff", "list", "--json")[1])[2]["active"] is False
    assert cli("staff", "activate", "Q0003")[0] == 0
    assert attempt("new-pass-9") == "ok"
    store.dispose()

    with closing(sqlite3.connect(_file(demo_url))) as conn, conn:
        actors = conn.execute(
            "SELECT action, actor FROM audit_entry WHERE action IN ('staff.unlock', "
            "'staff.passwd', 'staff.deactivate', 'staff.activate') ORDER BY seq"
        ).fetchall()
    assert actors == [("staff.unlock", "Q0024"), ("staff.passwd", "Q0024"),
                      ("staff.deactivate", "Q0024"), ("staff.activate", "Q0024")]  # fmt: skip


def test_the_first_administrator_of_an_empty_store(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    monkeypatch.delenv("YICHUANG_ADMIN")
    monkeypatch.delenv("YICHUANG_ADMIN_PASSWORD")
    code, _, err = cli("staff", "add", "C0001", "张三", "--password", "abcdef12", db=url)
    assert code == 4 and "还没有系统管理员" in err, err
    code, out, err = cli("staff", "add", "A0001", "管理员", "--role", "admin",
                         "--password", "abcdef12", db=url)  # fmt: skip
    assert code == 0, err
    code, _, err = cli("staff", "add", "A0002", "第二位", "--role", "admin",
                       "--password", "abcdef12", db=url)  # fmt: skip
    assert code == 4 and "此命令需要系统管理员登录" in err
    with closing(sqlite3.connect(tmp_path / "new.db")) as conn, conn:
        (actor,) = conn.execute(
            "SELECT actor FROM audit_entry WHERE action = 'staff.add'"
        ).fetchone()
    assert actor.startswith("bootstrap:")


@pytest.mark.pg
def test_postgresql_never_shows_sql_parameters(
    cli: Any, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import insert

    from db import migrate
    from db.models import Staff

    store = Store(pg_url)
    migrate.upgrade(store.engine)
    monkeypatch.setenv("YICHUANG_ADMIN", "A0001")
    monkeypatch.setenv("YICHUANG_ADMIN_PASSWORD", "abcdef12")
    code, _, err = cli("staff", "add", "A0001", "管理员", "--role", "admin", "--password",
                       "abcdef12", db=pg_url)  # fmt: skip
    assert code == 0, err
    code, _, err = cli("staff", "add", "Q" * 21, "张三", "--password", "abcdef12", db=pg_url)
    assert code == 2 and "“工号”：太长：最多 20 个字" in err, err

    # Should a too-long value ever reach the server, its error (whose parameters hold the
    # password hash) is named without the SQL or the parameters.
    try:
        with store.write() as s:
            s.execute(insert(Staff).values(work_no="Q" * 21, name="张三", roles="clerk",
                                           password_hash="$argon2id$v=19$secret"))  # fmt: skip
    except Exception as exc:
        capsys.readouterr()
        assert report_failure(exc) == 2
        err = capsys.readouterr().err
    store.dispose()
    assert "超出了数据库允许的长度" in err
    assert "argon2" not in err and "INSERT" not in err and "QQQQ" not in err
