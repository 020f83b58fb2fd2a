"""``yichuang case show|progress|sweep`` and ``yichuang demo activity``."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.cases.service import CaseService
from app.cli.main import run
from tests.cases.conftest import CLERK, FOOD, intake

YICHUANG = str(Path(sys.executable).parent / "yichuang")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
def test_show_progress_and_sweep(svc: CaseService, capsys: pytest.CaptureFixture[str]) -> None:
    # The CLI runs on the real clock: a case received long ago is deemed accepted by a sweep.
    old = svc.receive(CLERK, intake(FOOD))
    fresh = CaseService(svc.store, svc.settings)
    c = fresh.receive(CLERK, intake(FOOD))
    pw = fresh.accept(CLERK, c.case_no).query_password
    db = ("--db", svc.store.url)
    code, out, _ = cli(capsys, "case", "show", c.case_no, "--json", *db)
    data = json.loads(out)
    assert code == 0 and data["case"]["case_no"] == c.case_no
    assert data["case"]["applicant"]["cert_masked"] == "110105********002X"
    assert [e["kind"] for e in data["timeline"]] == ["receive", "accept"]
    code, out, _ = cli(capsys, "case", "progress", c.case_no, "--password", pw, "--json", *db)
    p = json.loads(out)
    assert code == 0 and p["applicant"] == "张*丰" and "110105" not in out
    code, out, err = cli(capsys, "case", "progress", c.case_no, "--password", "999999", *db)
    assert code != 0 and "查询密码错误" in err and out == ""
    code, out, _ = cli(capsys, "case", "sweep", "--json", *db)
    assert code == 0 and json.loads(out)["deemed_accepted"] == [old.case_no]
    code, out, _ = cli(capsys, "case", "sweep", "--json", *db)
    assert json.loads(out)["deemed_accepted"] == []
    code, _, err = cli(capsys, "case", "show", "NO-SUCH", *db)
    assert code == 2 and "没有编号为 NO-SUCH 的办件" in err


@pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
def test_executable_refuses_a_wrong_password_without_traceback(svc: CaseService) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    svc.accept(CLERK, c.case_no)
    env = {**os.environ, "YICHUANG_CONFIG": os.devnull + ".absent.toml"}
    r = subprocess.run([YICHUANG, "case", "progress", c.case_no, "--password", "1",
                        "--db", svc.store.url], capture_output=True, text=True, env=env,
                       timeout=60)  # fmt: skip
    assert r.returncode == 4 and "办件编号或查询密码错误" in r.stderr and "Traceback" not in r.stderr


def _copy(src: str, dest: Path) -> str:
    with closing(sqlite3.connect(src.removeprefix("sqlite:///"))) as a, closing(sqlite3.connect(dest)) as b:
        a.backup(b)
    return f"sqlite:///{dest}"


def test_demo_activity_is_deterministic_and_uses_the_use_cases(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = _copy(demo_url, tmp_path / "second.db")
    args = ("demo", "activity", "--days", "12", "--seed", "7", "--start", "2026-09-14", "--json")
    code, out1, _ = cli(capsys, *args, "--db", demo_url)
    assert code == 0
    code, out2, _ = cli(capsys, *args, "--db", second)
    counts = json.loads(out1)
    assert counts == json.loads(out2)
    assert counts["cases"] > 10 and counts["notices"] > 0 and counts["ratings"] > 0

    def history(url: str) -> list[tuple[str, str, str]]:
        path = url.removeprefix("sqlite:///")
        with closing(sqlite3.connect(path)) as conn, conn:
            return conn.execute("SELECT case_no, status, applicant_name FROM service_case "
                                "ORDER BY case_no").fetchall()  # fmt: skip

    rows = history(demo_url)
    assert rows == history(second)
    statuses = {r[1] for r in rows}
    assert {"received", "notified", "accepted", "concluded", "delivered", "refused"} <= statuses
    # Every case row came through a use case: each has its audit entry.
    with closing(sqlite3.connect(demo_url.removeprefix("sqlite:///"))) as conn, conn:
        audited = conn.execute("SELECT count(DISTINCT entity_id) FROM audit_entry "
                               "WHERE action = 'case.receive' AND entity = 'case'").fetchone()[0]  # fmt: skip
    assert audited == len(rows)


def test_demo_activity_bad_days_is_refused(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "demo", "activity", "--days", "0", "--db", demo_url)
    assert code == 2 and "--days" in err
