"""``yichuang queue …``: the real executable for the exit codes, the dispatcher for the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import run
from app.demo import seed_hall
from db.engine import Store
from tests.queue.conftest import ADMIN, small_hall

YICHUANG = str(Path(sys.executable).parent / "yichuang")


@pytest.fixture
def hall_url(store: Store, monkeypatch: pytest.MonkeyPatch) -> str:
    # The CLI runs on the real clock; on a weekend or holiday the hall is closed (tested in
    # test_queue_holidays with a set clock), so these run as in training mode.
    monkeypatch.setenv("YICHUANG_QUEUE_ENFORCE_HOURS", "false")
    seed_hall(store, ADMIN, small_hall())
    return store.url


def yichuang(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "YICHUANG_CONFIG": os.devnull + ".absent.toml"}
    return subprocess.run([YICHUANG, *argv], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
def test_executable_issues_calls_and_exits_3_when_nobody_waits(hall_url: str) -> None:
    empty = yichuang("queue", "call", "--window", "3", "--db", hall_url, "--json")
    assert empty.returncode == 3
    assert "当前没有等候的群众" in empty.stderr
    issued = yichuang("queue", "issue", "tax", "--source", "kiosk", "--db", hall_url, "--json")
    assert issued.returncode == 0, issued.stderr
    data = json.loads(issued.stdout)
    assert (data["number"], data["line"], data["ahead"], data["est_wait_minutes"]) == (
        "C001", "tax", 0, 0)  # fmt: skip
    called = yichuang("--db", hall_url, "--json", "queue", "call", "--window", "3")
    assert (called.returncode, json.loads(called.stdout)["number"]) == (0, "C001")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_issue_call_finish_status(hall_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", hall_url)
    code, out, _ = cli(capsys, "queue", "issue", "social", "--id-number", "11010519491231002X",
                       "--json", *db)  # fmt: skip
    assert code == 0
    t = json.loads(out)
    assert (t["number"], t["priority_kind"], t["id_number_masked"]) == (
        "A001", "elderly", "110105********002X")  # fmt: skip
    code, out, _ = cli(capsys, "queue", "issue", "social", *db)
    assert out.startswith("A002 社保医保：前面还有 1 人")
    assert cli(capsys, "queue", "call", "--window", "1", *db)[1].startswith("A001（老年人优先）")
    code, _, err = cli(capsys, "queue", "call", "--window", "1", *db)
    assert (code, err.strip()) == (2, "错误：当前号 A001 尚未办结，请先办结或过号")
    assert cli(capsys, "queue", "recall", "--window", "1", "--json", *db)[1].count(
        '"call_count": 2'
    )
    assert cli(capsys, "queue", "start", "--window", "1", *db)[1].endswith("办理中\n")
    assert cli(capsys, "queue", "finish", "--window", "1", "--rating", "1", *db)[0] == 0
    code, out, _ = cli(capsys, "queue", "status", "--json", *db)
    st = json.loads(out)
    assert st["hall_code"] == "T01"
    assert {ln["code"]: ln["waiting"] for ln in st["lines"]} == {"social": 1, "civil": 0, "tax": 0}
    code, out, _ = cli(capsys, "queue", "lines", "--json", *db)
    assert [ln["prefix"] for ln in json.loads(out)] == ["A", "B", "C"]


def test_skip_rejoin_transfer_pause(hall_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", hall_url, "--hall", "T01")
    for _ in range(2):
        cli(capsys, "queue", "issue", "civil", *db)
    cli(capsys, "queue", "call", "--window", "2", *db)
    assert cli(capsys, "queue", "skip", "--window", "2", *db)[1].endswith("过号\n")
    assert cli(capsys, "queue", "rejoin", "B001", *db)[1].startswith("B001 户籍办理：前面还有 1 人")
    cli(capsys, "queue", "call", "--window", "2", *db)
    code, out, _ = cli(
        capsys, "queue", "transfer", "--window", "2", "--to-window", "3", "--json", *db
    )
    assert (code, json.loads(out)["target_window_no"]) == (0, 3)
    code, out, _ = cli(capsys, "queue", "pause", "--window", "3", "--json", *db)
    assert json.loads(out)["paused"] is True
    code, _, err = cli(capsys, "queue", "call", "--window", "3", *db)
    assert code == 2 and "3 号窗口已暂停服务" in err
    cli(capsys, "queue", "resume", "--window", "3", *db)
    assert cli(capsys, "queue", "call", "--window", "3", *db)[1].startswith("B002")
    code, _, err = cli(capsys, "queue", "status", "--hall", "NOPE", "--db", hall_url)
    assert code == 2 and "找不到大厅“NOPE”" in err


def test_book_and_check_in(hall_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from app.queue.numbering import HALL_TZ

    today = dt.datetime.now(HALL_TZ).date().isoformat()
    db = ("--db", hall_url)
    code, out, _ = cli(capsys, "queue", "book", "tax", "--day", today, "--json", *db)
    booking = json.loads(out)
    code, out, _ = cli(capsys, "queue", "checkin", booking["code"], "--json", *db)
    t = json.loads(out)
    assert (code, t["number"], t["priority_kind"]) == (0, "C001", "appointment")
