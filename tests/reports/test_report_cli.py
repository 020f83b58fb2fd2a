"""``yichuang report kpi|export`` in-process on the fixture period: the table and JSON carry
the engine's figures; bad dates, dimensions, halls and file names get Chinese messages and
exit code 2, and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli.main import run
from app.reports.kpi import FIGURES, KpiQuery, format_value, kpi_report
from tests.reports.conftest import END, START, Fixture

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(period: Fixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Cli:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("YICHUANG_CONFIG", str(tmp_path / "absent.toml"))
    url = period.store.engine.url.render_as_string(hide_password=False)

    def call(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = run([*args, "--db", url])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_json_carries_every_figure_of_the_engine(cli: Cli, period: Fixture) -> None:
    code, out, err = cli("report", "kpi", "--from", "2026-09-21", "--to", "2026-09-30",
                         "--by", "window", "--json")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    want = kpi_report(period.store, period.settings, KpiQuery(START, END, "window"))
    assert data["total"] == want.total.as_dict()
    assert data["rows"] == [r.as_dict() for r in want.rows]
    assert (data["total"]["tickets_issued"], data["total"]["no_show"]) == (6, 1)


def test_table_in_chinese(cli: Cli, period: Fixture) -> None:
    code, out, _ = cli("report", "kpi", "--from", "2026-09-21", "--to", "2026-09-30")
    assert code == 0
    total = kpi_report(period.store, period.settings, KpiQuery(START, END)).total
    lines = out.splitlines()
    assert lines[0] == "效能监察指标 2026-09-21 至 2026-09-30"
    for name, title, _kind in FIGURES:
        row = next(line for line in lines if line.startswith(title))
        assert row.split()[-1] == format_value(name, getattr(total, name))
    code, out, _ = cli("report", "kpi", "--from", "2026-09-21", "--to", "2026-09-30",
                       "--by", "staff", "--hall", "T01")  # fmt: skip
    assert code == 0 and "王窗口（C001）" in out and out.splitlines()[-1].startswith("合计")


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2026-13-01", "--to", "2026-09-30"], "日期“2026-13-01”无效"),
    (["--from", "2026-09-30", "--to", "2026-09-01"], "开始日期 2026-09-30 晚于结束日期 2026-09-01"),
    (["--from", "2026-09-01", "--to", "2026-09-30", "--by", "floor"], "参数 --by 的值“floor”无效"),
    (["--from", "2026-09-01", "--to", "2026-09-30", "--hall", "X99"], "没有编码为“X99”的大厅"),
    (["--to", "2026-09-30"], "缺少参数"),
])  # fmt: skip
def test_bad_input_is_refused_in_chinese(cli: Cli, args: list[str], message: str) -> None:
    code, out, err = cli("report", "kpi", *args)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_export_refuses_unknown_formats_and_missing_folders(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("report", "export", "--from", "2026-09-21", "--to", "2026-09-30",
                       "--out", "report.docx")  # fmt: skip
    assert code == 2 and "扩展名应为 .xlsx 或 .pdf" in err
    code, _, err = cli("report", "export", "--from", "2026-09-21", "--to", "2026-09-30",
                       "--out", str(tmp_path / "nope" / "r.xlsx"))  # fmt: skip
    assert code == 2 and "不存在" in err and not (tmp_path / "nope").exists()


def test_export_writes_the_workbook_and_the_pdf(cli: Cli, tmp_path: Path) -> None:
    for name in ("r.xlsx", "r.pdf"):
        code, out, err = cli("report", "export", "--from", "2026-09-21", "--to", "2026-09-30",
                             "--out", name)  # fmt: skip
        assert code == 0, err
        assert out.strip() == f"已导出 {name}" and (tmp_path / name).stat().st_size > 1000


def test_grant_names_what_is_wrong(cli: Cli) -> None:
    code, _, err = cli("report", "grant", "C001", "T01")
    assert code == 2 and "C001（王窗口）不是效能监察（主管）账号" in err
    code, _, err = cli("report", "grant", "Z999", "T01")
    assert code == 2 and "工号 Z999 不存在" in err


def test_prepare_builds_the_summaries_once(cli: Cli, period: Fixture) -> None:
    """The nightly ``report prepare`` builds what the first report would otherwise build;
    run again with nothing changed it builds nothing, and the report reads the same."""
    before = kpi_report(period.store, period.settings, KpiQuery(START, END, "window"))
    code, out, err = cli("report", "prepare", "--from", "2026-09-01", "--to", "2026-09-30",
                         "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["built"] >= 1  # September as one month summary at least
    code, out, _ = cli("report", "prepare", "--from", "2026-09-01", "--to", "2026-09-30")
    assert code == 0 and "新建或更新 0 个汇总" in out
    assert kpi_report(period.store, period.settings, KpiQuery(START, END, "window")) == before
    code, _out, err = cli("report", "prepare", "--from", "2026-10-02", "--to", "2026-10-01")
    assert code == 2 and "晚于结束日期" in err
