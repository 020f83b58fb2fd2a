"""The `yichuang` command end to end, as an operator runs it, on SQLite and PostgreSQL.

A command as a real process costs about 2 s of start-up on the CI machine, so what only a
process shows (exit status, the message on stderr, no traceback, JSON on stdout) is checked
with real processes, started side by side where they do not depend on each other; the other
steps of the session go through the same dispatcher in-process (``app.cli.main.run``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import run
from app.staff import sign_in
from db import migrate
from db.engine import Store

ROOT = Path(__file__).resolve().parents[2]
ENTRY = [sys.executable, "-c", "from ui.launcher import main; main()"]
CSV_2027 = (
    "date,kind,name,source_doc\n"
    "2027-01-01,holiday,元旦,国务院办公厅关于2027年部分节假日安排的通知\n"
)


class Done:
    def __init__(self, args: tuple[str, ...], returncode: int, stdout: str, stderr: str) -> None:
        self.args, self.returncode, self.stdout, self.stderr = args, returncode, stdout, stderr

    def json(self) -> Any:
        return json.loads(self.ok())

    def ok(self) -> str:
        assert self.returncode == 0, (self.args, self.stderr)
        return self.stdout.strip()

    def refused(self, message: str) -> None:
        """Exit non-zero with the Chinese message on stderr and no Python traceback."""
        assert self.returncode not in (0, 1), (self.args, self.returncode, self.stderr)
        assert message in self.stderr, (self.args, self.stderr)
        assert "Traceback" not in self.stderr


class Processes:
    """`yichuang` commands as real processes, running side by side until ``wait``."""

    def __init__(self, tmp_path: Path, url: str | None, *commands: tuple[str, ...]) -> None:
        env = {**os.environ, "YICHUANG_CONFIG": str(tmp_path / "absent.toml"),
               "PYTHONPATH": str(ROOT)}  # fmt: skip
        env.pop("YICHUANG_DB", None)
        self.started = []
        for args in commands:
            argv = [*ENTRY, *args, *(["--db", url] if url else [])]
            proc = subprocess.Popen(argv, cwd=tmp_path, env=env, text=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
            self.started.append((args, proc))

    def wait(self) -> list[Done]:
        done = []
        for args, proc in self.started:
            try:
                out, err = proc.communicate(timeout=180)
            except subprocess.TimeoutExpired:
                for _args, other in self.started:  # none of them is left running
                    other.kill()
                    other.communicate(timeout=30)
                raise
            done.append(Done(args, proc.returncode, out, err))
        return done


@pytest.fixture
def yichuang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Any:
    """Run one command in-process through the CLI dispatcher, in ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("YICHUANG_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.delenv("YICHUANG_DB", raising=False)

    def call(url: str, *args: str) -> Done:
        capsys.readouterr()
        code = run([*args, "--db", url])
        out, err = capsys.readouterr()
        return Done(args, code, out, err)

    return call


def test_operator_session(
    any_url: str, tmp_path: Path, yichuang: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = migrate.head_revision()
    (upgraded,) = Processes(tmp_path, any_url, ("db", "upgrade", "--json")).wait()
    assert upgraded.json()["revision"] == head

    seeding = Processes(tmp_path, any_url, ("demo", "seed", "--json"))
    assert yichuang(any_url, "db", "current", "--json").json() == {"revision": head, "head": head}
    (seeded,) = seeding.wait()
    assert seeded.json()["catalog"]["added"] == 69

    reading = Processes(
        tmp_path, any_url, ("catalog", "search", "yyzz", "--json"),
        ("calendar", "due", "2027-03-01", "1"),
    )  # fmt: skip
    again = yichuang(any_url, "demo", "seed", "--json").json()
    assert again["catalog"] == {"departments": 0, "added": 0, "changed": 0, "unchanged": 69}
    assert again["hall"] == {"windows": 0, "lines": 0, "staff": 0}
    # Friday before 春节 + 1 working day = the make-up Saturday.
    assert yichuang(any_url, "calendar", "due", "2026-02-13", "1").ok() == "2026-02-14"
    # 2026: 中秋 Fri 09-25, 国庆 10-01..10-07, make-up Sat 10-10; Thu 10-08 is the next workday.
    assert yichuang(any_url, "calendar", "due", "2026-09-30", "1").ok() == "2026-10-08"
    yichuang(any_url, "catalog", "search", "登记", "--limit", "0").refused(
        "--limit 应为 1–500 的整数"
    )
    exported = yichuang(any_url, "catalog", "export", "catalog.xlsx")
    assert exported.ok().startswith("已导出 69 个事项")
    search, provisional = reading.wait()
    hits = search.json()
    assert isinstance(hits, list)
    assert {"有限责任公司设立登记", "个体工商户设立登记"} <= {h["name"] for h in hits}
    assert all(len(h["impl_code"]) == 31 for h in hits)
    # 2027 is not imported: computed from the statutory holidays, and said so.
    assert provisional.ok() == "2027-03-02（按法定节假日暂算，以国务院公布的安排为准）"

    # Administrative commands run as a named administrator (the demo's Q0024).
    yichuang(any_url, "catalog", "import", "catalog.xlsx").refused("此命令需要系统管理员登录")
    monkeypatch.setenv("YICHUANG_ADMIN", "Q0024")
    monkeypatch.setenv("YICHUANG_ADMIN_PASSWORD", "admin-demo-1")
    imported = yichuang(any_url, "catalog", "import", "catalog.xlsx", "--json")
    assert imported.json() == {"departments": 0, "added": 0, "changed": 0, "unchanged": 69}
    (tmp_path / "2027.csv").write_text(CSV_2027, encoding="utf-8")
    # One line cannot stand for a year's arrangement; the full (sample) file can.
    yichuang(any_url, "calendar", "import", "2027.csv").refused("2027年的安排缺少法定节假日")
    sample = Path(str(files("resources").joinpath("calendar", "sample-2027.csv")))
    report = yichuang(any_url, "calendar", "import", str(sample)).ok()
    assert report.startswith("导入 sample-2027.csv（2027年，只增改文件所列日期）：新增 32 条")
    assert yichuang(any_url, "calendar", "due", "2027-03-01", "1").ok() == "2027-03-02"
    added = yichuang(any_url, "staff", "add", "Q9001", "测试", "--role", "clerk",
                     "--password", "abcdef12")  # fmt: skip
    assert added.ok() == "已新增工作人员 Q9001 测试"

    store = Store(any_url)
    info, _ = sign_in(store, "Q9001", "abcdef12")
    store.dispose()
    assert info.roles == frozenset({"clerk"}) and info.hall_code

    (verified,) = Processes(tmp_path, any_url, ("audit", "verify")).wait()
    assert "完好" in verified.ok()


@pytest.mark.pg
def test_unusable_stores_are_refused_with_a_message(pg_url: str, tmp_path: Path) -> None:
    bad = "postgresql+psycopg://nobody@127.0.0.1:1/x"
    not_upgraded, unreachable, upgrade_unreachable = Processes(tmp_path, None,
        ("catalog", "search", "yyzz", "--db", pg_url),
        ("catalog", "search", "yyzz", "--db", bad),
        ("db", "upgrade", "--db", bad),
    ).wait()  # fmt: skip
    not_upgraded.refused("请先运行：yichuang db upgrade")
    assert not_upgraded.returncode == 5
    for done in (unreachable, upgrade_unreachable):
        done.refused("无法打开数据库 postgresql+psycopg://nobody:***@127.0.0.1:1/x")
