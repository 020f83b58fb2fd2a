"""``yichuang calendar due|status|workday`` on the demo store (official 2024–2026)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import run

YICHUANG = str(Path(sys.executable).parent / "yichuang")
NOTE = "按法定节假日暂算，以国务院公布的安排为准"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_due_into_2027_is_provisional(demo_url: str) -> None:
    env = {**os.environ, "YICHUANG_CONFIG": os.devnull + ".absent.toml"}
    done = subprocess.run([YICHUANG, "--db", demo_url, "calendar", "due", "2026-12-01", "30"],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"2027-01-13（{NOTE}）\n"
    beyond = subprocess.run([YICHUANG, "--db", demo_url, "calendar", "due", "9999-12-31", "1"],
                            capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert beyond.returncode == 2 and "Traceback" not in beyond.stderr
    assert "超出了可表示的日期范围" in beyond.stderr


def test_due_json_units_and_far_years(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--db", demo_url, "--json", "calendar", "due", "2026-02-13", "2")
    assert json.loads(out) == {"start": "2026-02-13", "days": 2, "unit": "W", "due": "2026-02-24",
                               "provisional": False, "note": ""}  # fmt: skip
    code, out, _ = cli(capsys, "--db", demo_url, "calendar", "due", "2026-03-02", "60",
                       "--unit", "N")  # fmt: skip
    assert out == "2026-05-06\n"  # 60 自然日 end on 劳动节 → the next working day
    code, out, _ = cli(capsys, "--db", demo_url, "calendar", "due", "2040-05-01", "10")
    assert out == f"2040-05-16（{NOTE}）\n"
    code, out, _ = cli(capsys, "--db", demo_url, "calendar", "due", "2099-12-20", "10")
    assert out == f"2100-01-04（{NOTE}）\n"
    code, out, err = cli(capsys, "--db", demo_url, "calendar", "due", "2100-12-28", "5")
    assert (
        code == 2 and "2101年的节假日安排未导入，且超出法定节假日可推算的范围（1950–2100年）" in err
    )
    code, out, err = cli(capsys, "--db", demo_url, "calendar", "due", "2026-03-02", "5",
                         "--unit", "月")  # fmt: skip
    assert code == 2 and "应为 W（工作日）或 N（自然日）" in err


def test_workday_says_which_holiday_and_whether_provisional(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli(capsys, "--db", demo_url, "calendar", "workday", "2026-02-14")[1] == "工作日（春节）\n"
    )
    assert (
        cli(capsys, "--db", demo_url, "calendar", "workday", "2026-10-01")[1]
        == "休息日（国庆节）\n"
    )
    out = cli(capsys, "--db", demo_url, "calendar", "workday", "2027-10-04")[1]
    assert out == f"休息日（国庆节（补假））；{NOTE}\n"


def test_status_warns_from_november(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--db", demo_url, "calendar", "status", "--date", "2026-10-31")
    assert code == 0 and "已导入正式安排的年度：2024、2025、2026" in out and "提醒" not in out
    code, out, _ = cli(capsys, "--db", demo_url, "calendar", "status", "--date", "2026-11-01")
    assert "提醒：2027年节假日安排尚未导入" in out
    code, out, _ = cli(capsys, "--db", demo_url, "--json", "calendar", "status",
                       "--date", "2025-12-31")  # fmt: skip
    assert json.loads(out)["warning"] is None  # 2026 is in
