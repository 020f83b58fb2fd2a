"""``calendar import`` on real stores: only what the file names unless a whole year is to be
replaced, a report of what was removed and added, nothing written from a bad file, and every
registered recompute hook run inside the import with the new calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.calendar import compute_due_date, load_calendar, register_recompute, unregister_recompute
from app.calendar.importing import import_calendar_file
from app.calendar_service import seed_from_package
from app.cli.main import run
from app.errors import InvalidInput
from app.journal import Actor
from app.workcalendar import WorkCalendar
from db import migrate
from db.engine import Store
from db.models import AuditEntry, HolidayEntry

ADMIN = Actor(name="test:admin", roles=frozenset({"admin"}))
D = dt.date
NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（测试数据）"

# A plausible 2027 arrangement for the tests (not the official one): the statutory days with
# 调休 around them and four 补班 weekend days.
HOLIDAYS_2027 = (
    [(D(2027, 1, 1), "元旦"), (D(2027, 1, 2), "元旦"), (D(2027, 1, 3), "元旦")]
    + [(D(2027, 2, 5) + dt.timedelta(days=i), "春节") for i in range(8)]
    + [(D(2027, 4, 3), "清明节"), (D(2027, 4, 4), "清明节"), (D(2027, 4, 5), "清明节")]
    + [(D(2027, 5, d), "劳动节") for d in range(1, 6)]
    + [(D(2027, 6, 9), "端午节"), (D(2027, 9, 15), "中秋节")]
    + [(D(2027, 10, d), "国庆节") for d in range(1, 8)]
)
WORKDAYS_2027 = [(D(2027, 2, 20), "春节"), (D(2027, 4, 25), "劳动节"),
                 (D(2027, 9, 26), "国庆节"), (D(2027, 10, 9), "国庆节")]  # fmt: skip


def csv_2027(path: Path, *, drop: set[dt.date] = frozenset()) -> Path:  # type: ignore[assignment]
    lines = ["date,kind,name,source_doc"]
    rows = [(d, "holiday", n) for d, n in HOLIDAYS_2027] + [
        (d, "workday", n) for d, n in WORKDAYS_2027
    ]
    lines += [f"{d.isoformat()},{k},{n},{NOTICE}" for d, k, n in sorted(rows) if d not in drop]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def store(any_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    st = Store(any_url)
    migrate.upgrade(st.engine, backup=False)
    seed_from_package(st, ADMIN, [2025, 2026])
    # Importing a calendar is an administrator's command: the first admin of this store is
    # created by bootstrap, and the import signs in as that person.
    monkeypatch.setenv("YICHUANG_PASSWORD", "cal-admin-1")
    assert run(["staff", "add", "A0001", "日历管理员", "--role", "admin", "--db", any_url]) == 0
    monkeypatch.setenv("YICHUANG_ADMIN", "A0001")
    monkeypatch.setenv("YICHUANG_ADMIN_PASSWORD", "cal-admin-1")
    yield st
    st.dispose()


def entries(store: Store, year: int) -> dict[dt.date, tuple[str, str]]:
    with store.read() as s:
        rows = s.execute(
            select(HolidayEntry.day, HolidayEntry.kind, HolidayEntry.name).where(
                HolidayEntry.year == year
            )
        ).all()
    return {d: (k, n) for d, k, n in rows}


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_one_line_file_adds_that_day_and_keeps_the_year(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = entries(store, 2026)
    assert before[D(2026, 2, 14)] == ("workday", "春节")
    one = tmp_path / "one.csv"
    one.write_text("date,kind,name\n2026-12-31,放假,元旦调休（测试）\n", encoding="utf-8")
    code, out, err = cli(capsys, "--db", store.url, "calendar", "import", str(one))
    assert (code, err) == (0, "")
    # Then one line per registered recompute (the cases' due dates: none stored here).
    assert out.splitlines()[:2] == [
        "导入 one.csv（2026年，只增改文件所列日期）：新增 1 条，修改 0 条，删除 0 条",
        "  新增 2026-12-31 放假（元旦调休（测试））",
    ]
    assert out.splitlines()[2:] == ["重算办结日期：办件承诺/法定办结日期 0 项有变化"]
    after = entries(store, 2026)
    assert len(after) == len(before) + 1
    assert after[D(2026, 2, 14)] == ("workday", "春节")  # the make-up Saturday stays
    assert not load_calendar(store).is_workday(D(2026, 12, 31))
    # A change of one day is reported with before and after.
    one.write_text("date,kind,name\n2026-12-31,补班,元旦\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="本来就是工作日"):  # 12-31 is a Thursday
        import_calendar_file(store, ADMIN, one)
    one.write_text("date,kind,name\n2026-02-14,放假,春节\n", encoding="utf-8")
    report = import_calendar_file(store, ADMIN, one)
    assert report.lines()[1] == "  修改 2026-02-14 补班（春节） → 放假（春节）"


def test_replace_year_removes_what_the_file_leaves_out(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = csv_2027(tmp_path / "2027.csv")
    assert import_calendar_file(store, ADMIN, path).count("added") == 32
    smaller = csv_2027(tmp_path / "2027b.csv", drop={D(2027, 2, 20), D(2027, 10, 7)})
    merged = import_calendar_file(store, ADMIN, smaller)
    assert merged.changes == [] and len(entries(store, 2027)) == 32
    code, out, _ = cli(capsys, "--db", store.url, "calendar", "import", str(smaller),
                       "--replace-year")  # fmt: skip
    assert code == 0
    assert out.splitlines()[:3] == [
        "导入 2027b.csv（2027年，整年替换）：新增 0 条，修改 0 条，删除 2 条",
        "  删除 2027-02-20 补班（春节）",
        "  删除 2027-10-07 放假（国庆节）",
    ]
    cal = load_calendar(store)
    assert not cal.is_workday(D(2027, 2, 20)) and cal.is_workday(D(2027, 10, 7))
    assert len(entries(store, 2026)) == 39  # other years untouched


def test_a_partial_file_cannot_become_a_years_arrangement(store: Store, tmp_path: Path) -> None:
    one = tmp_path / "part.csv"
    one.write_text("date,kind,name\n2027-02-20,补班,春节\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        import_calendar_file(store, ADMIN, one)
    assert "2027年的安排缺少法定节假日 2027-01-01（元旦）" in str(err.value)
    assert entries(store, 2027) == {}
    whole_2026 = tmp_path / "only-one-2026.csv"
    whole_2026.write_text("date,kind,name\n2026-10-01,放假,国庆节\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="2026年的安排缺少法定节假日"):
        import_calendar_file(store, ADMIN, whole_2026, replace_years=True)
    assert len(entries(store, 2026)) == 39


@pytest.fixture
def hook() -> Iterator[list[tuple[WorkCalendar, set[int]]]]:
    calls: list[tuple[WorkCalendar, set[int]]] = []

    def recompute_test_due_dates(uow: Any, calendar: WorkCalendar, years: set[int]) -> int:
        """测试用办结日期"""
        calls.append((calendar, years))
        # What a case module does: recompute with the calendar it is given, inside the
        # import's unit of work, and audit the change.
        due = compute_due_date(calendar, D(2027, 2, 1), 5, "W")
        uow.record("test.due_recomputed", "test_case", "T-1",
                   before={"due": "2027-02-12", "provisional": True},
                   after={"due": due.date, "provisional": due.provisional}, outbox=False)  # fmt: skip
        return 1

    register_recompute(recompute_test_due_dates)
    yield calls
    unregister_recompute(recompute_test_due_dates)


def test_official_2027_ends_provisional_and_runs_the_hooks(
    store: Store, tmp_path: Path, hook: list[tuple[WorkCalendar, set[int]]],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    # 5 working days from Monday 2027-02-01 over the computed 春节 (除夕 to 02-10).
    before = compute_due_date(load_calendar(store), D(2027, 2, 1), 5, "W")
    assert before.provisional and before.date == D(2027, 2, 12)
    code, out, _ = cli(capsys, "--db", store.url, "calendar", "import",
                       str(csv_2027(tmp_path / "2027.csv")))  # fmt: skip
    assert code == 0
    assert "2027年已改用正式安排，不再按法定节假日暂算" in out
    assert "重算办结日期：测试用办结日期 1 项有变化" in out
    [(calendar, years)] = hook
    assert years == {2027}
    assert 2027 in calendar.covered_years and calendar.is_workday(D(2027, 2, 20))  # 补班
    after = compute_due_date(load_calendar(store), D(2027, 2, 1), 5, "W")
    assert not after.provisional and after.date == D(2027, 2, 16)  # 春节 now to 02-12
    with store.read() as s:
        audit = {a.action: a for a in s.scalars(select(AuditEntry))}
    assert audit["test.due_recomputed"].after == {"due": "2027-02-16", "provisional": False}
    assert "calendar.set" in audit
    # Importing the same file again changes nothing and recomputes nothing.
    import_calendar_file(store, ADMIN, tmp_path / "2027.csv")
    assert len(hook) == 1


def test_a_failing_hook_rolls_the_import_back(store: Store, tmp_path: Path) -> None:
    def broken(uow: Any, calendar: WorkCalendar, years: set[int]) -> int:
        raise RuntimeError("case store unavailable")

    register_recompute(broken, "broken")
    try:
        with pytest.raises(RuntimeError):
            import_calendar_file(store, ADMIN, csv_2027(tmp_path / "2027.csv"))
    finally:
        unregister_recompute(broken)
    assert entries(store, 2027) == {}


def count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(HolidayEntry)) or 0)


def test_bad_csv_rows_are_all_named_and_nothing_is_written(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stored = count(store)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,kind,name,source_doc\n"
        "2026-12-31,holiday,元旦,\n"
        "2026-02-30,holiday,春节,\n"
        "# a comment line\n"
        "2026-12-30,请假,元旦,\n"
        "2026-12-29,holiday,元旦,国务院办公厅关于2026年部分节假日安排的通知国务院办公厅关于2026年部分节假日"
        + "安排的通知" * 40
        + "\n",
        encoding="utf-8",
    )
    code, out, err = cli(capsys, "--db", store.url, "calendar", "import", str(bad))
    assert code != 0 and out == "" and "Traceback" not in err
    assert "bad.csv 第3行 日期（date）：“2026-02-30”不是有效日期" in err
    assert "bad.csv 第5行 类型（kind）：“请假”无法识别" in err
    assert "bad.csv 第6行 依据（source_doc）：不能超过200个字" in err
    assert "未导入任何内容" in err
    assert count(store) == stored
    assert load_calendar(store).is_workday(D(2026, 12, 31))  # line 2 was valid, not written


def test_bad_json_rows_name_their_lines(store: Store, tmp_path: Path) -> None:
    stored = count(store)
    bad = tmp_path / "2027.json"
    bad.write_text(
        "{\n"
        '  "year": 2027,\n'
        '  "holidays": [\n'
        '    {"date": "2027-01-01", "name": "元旦"},\n'
        '    {"date": "2027-13-01", "name": "春节"},\n'
        '    {"date": "2027-02-06", "nam": "春节"}\n'
        "  ],\n"
        '  "workdays": ["2027-02-10"]\n'
        "}\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as err:
        import_calendar_file(store, ADMIN, bad)
    text = str(err.value)
    assert "2027.json 第5行 日期（date）：“2027-13-01”不是有效日期" in text
    assert "2027.json 第6行 “nam”：是多余的列" in text
    assert "2027.json 第8行 类型（kind）：2027-02-10是星期三，本来就是工作日" in text
    assert count(store) == stored
    broken = tmp_path / "broken.json"
    broken.write_text('{"year": 2027,\n "holidays": [,]}', encoding="utf-8")
    with pytest.raises(InvalidInput, match="broken.json 第2行.*JSON格式错误"):
        import_calendar_file(store, ADMIN, broken)


def test_the_shipped_sample_is_a_valid_file_marked_as_a_sample() -> None:
    from importlib.resources import files

    from app.calendar.schema import parse_calendar_file

    sample = Path(str(files("resources").joinpath("calendar", "sample-2027.csv")))
    text = sample.read_text(encoding="utf-8")
    assert "格式示例" in text and "不是官方数据" in text
    parsed = parse_calendar_file(sample)
    assert {e.year for e in parsed} == {2027}
    assert all("示例" in e.source_doc for e in parsed)
