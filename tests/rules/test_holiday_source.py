from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from app.errors import InvalidInput
from app.holiday_source import (
    HolidayEntry,
    calendar_from_entries,
    chinese_calendar_years,
    entries_from_chinese_calendar,
    parse_holiday_file,
    write_holiday_csv,
)
from app.workcalendar import CalendarNotMaintained, DayKind

D = date


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_seed_2026_has_chinese_names_and_the_notice():
    entries = {e.day: e for e in entries_from_chinese_calendar([2026])}
    assert entries[D(2026, 2, 15)] == HolidayEntry(
        D(2026, 2, 15), DayKind.HOLIDAY, "春节", "国务院办公厅关于2026年部分节假日安排的通知", 2026
    )
    assert entries[D(2026, 2, 14)].kind is DayKind.ADJUSTED_WORKDAY
    assert entries[D(2026, 2, 14)].name == "春节"
    assert entries[D(2026, 10, 10)].name == "国庆节"
    assert entries[D(2026, 4, 5)].name == "清明节"
    assert {d for d, e in entries.items() if e.kind is DayKind.ADJUSTED_WORKDAY} == {
        D(2026, 1, 4),
        D(2026, 2, 14),
        D(2026, 2, 28),
        D(2026, 5, 9),
        D(2026, 9, 20),
        D(2026, 10, 10),
    }


def test_december_new_year_days_belong_to_the_next_notice():
    # The 2024 New Year holiday started on Saturday 2023-12-30.
    entries = {e.day: e for e in entries_from_chinese_calendar([2024])}
    assert entries[D(2023, 12, 30)].year == 2024
    assert "2024年" in entries[D(2023, 12, 30)].source_doc
    assert D(2023, 12, 30) not in {e.day for e in entries_from_chinese_calendar([2023])}


def test_years_the_package_lacks_are_skipped_and_logged(caplog: pytest.LogCaptureFixture):
    assert 2026 in chinese_calendar_years() and 2003 not in chinese_calendar_years()
    with caplog.at_level(logging.WARNING, logger="app.holiday_source"):
        entries = entries_from_chinese_calendar([2026, 2099])
    assert {e.year for e in entries} == {2026}
    assert "2099" in caplog.text
    with pytest.raises(CalendarNotMaintained, match="2099年"):
        calendar_from_entries(entries).is_workday(D(2099, 1, 5))


def test_csv_round_trip(tmp_path: Path):
    seeded = entries_from_chinese_calendar([2024, 2025, 2026])
    path = tmp_path / "holidays.csv"
    write_holiday_csv(seeded, path)
    assert parse_holiday_file(path) == seeded
    cal = calendar_from_entries(parse_holiday_file(path))
    assert cal.covered_years == {2024, 2025, 2026}
    assert cal.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 14)


def test_admin_csv_for_a_new_year_in_chinese_and_gb18030(tmp_path: Path):
    text = (
        "日期,类型,名称,依据\n"
        "2027-01-01,放假,元旦,国务院办公厅关于2027年部分节假日安排的通知\n"
        "2027/2/6,补班,春节,国务院办公厅关于2027年部分节假日安排的通知\n"
        "20270208,holiday,春节,\n"
    )
    entries = parse_holiday_file(_write(tmp_path, "2027.csv", text, encoding="gb18030"))
    assert [(e.day, e.kind, e.name, e.year) for e in entries] == [
        (D(2027, 1, 1), DayKind.HOLIDAY, "元旦", 2027),
        (D(2027, 2, 6), DayKind.ADJUSTED_WORKDAY, "春节", 2027),
        (D(2027, 2, 8), DayKind.HOLIDAY, "春节", 2027),
    ]
    assert entries[2].source_doc == "国务院办公厅关于2027年部分节假日安排的通知"
    cal = calendar_from_entries(entries)
    assert cal.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 6)


def test_json_year_object_and_list_forms(tmp_path: Path):
    year_form = {
        "year": 2027,
        "holidays": ["2027-01-01", {"date": "2027-02-08", "name": "春节"}],
        "workdays": [{"date": "2027-02-06", "name": "春节"}],
    }
    entries = parse_holiday_file(_write(tmp_path, "a.json", json.dumps(year_form)))
    assert [(e.day, e.kind) for e in entries] == [
        (D(2027, 1, 1), DayKind.HOLIDAY),
        (D(2027, 2, 6), DayKind.ADJUSTED_WORKDAY),
        (D(2027, 2, 8), DayKind.HOLIDAY),
    ]
    assert all(e.year == 2027 for e in entries)
    listed = [
        {
            "date": e.day.isoformat(),
            "kind": "holiday" if e.kind is DayKind.HOLIDAY else "workday",
            "name": e.name,
            "source_doc": e.source_doc,
        }
        for e in entries
    ]
    again = parse_holiday_file(_write(tmp_path, "b.json", json.dumps(listed, ensure_ascii=False)))
    assert again == entries


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2027-02-30,放假,春节,", "第3行：日期“2027-02-30”不是有效日期"),
        ("2027-02-08,请假,春节,", "第3行：类型“请假”无法识别"),
        (",放假,春节,", "第3行：缺少日期"),
        ("2027-02-09,补班,春节,", "第3行：2027-02-09是星期二，本来就是工作日"),
        ("2027-01-02,补班,元旦,", "第3行：2027-01-02与第2行矛盾"),
        ("2027-02-08,放假,春节,依据,多余", "第3行：有5列"),
        ("2027-0208,放假,春节,", "第3行：日期“2027-0208”格式不对"),
    ],
)
def test_bad_csv_row_names_its_line(tmp_path: Path, row: str, message: str):
    text = f"date,kind,name,source_doc\n2027-01-02,holiday,元旦,\n{row}\n"
    with pytest.raises(InvalidInput, match=message):
        parse_holiday_file(_write(tmp_path, "bad.csv", text))


def test_bad_json_item_names_its_line(tmp_path: Path):
    text = (
        "{\n"
        '  "year": 2027,\n'
        '  "holidays": [\n'
        '    {"date": "2027-01-01", "name": "元旦"},\n'
        '    {"date": "2027-13-01", "name": "春节"}\n'
        "  ]\n"
        "}\n"
    )
    with pytest.raises(InvalidInput, match="第5行：日期“2027-13-01”"):
        parse_holiday_file(_write(tmp_path, "bad.json", text))
    listed = '[\n {"date": "2027-01-01", "kind": "放假"},\n {"date": "2027-01-02", "kind": "x"}\n]'
    with pytest.raises(InvalidInput, match="第3行：类型“x”"):
        parse_holiday_file(_write(tmp_path, "bad2.json", listed))


def test_broken_json_and_empty_files(tmp_path: Path):
    with pytest.raises(InvalidInput, match="第2行.*JSON格式错误"):
        parse_holiday_file(_write(tmp_path, "broken.json", '{"year": 2027,\n "holidays": [,]}'))
    with pytest.raises(InvalidInput, match="没有任何日期"):
        parse_holiday_file(_write(tmp_path, "empty.csv", "date,kind,name,source_doc\n"))
    with pytest.raises(InvalidInput, match="无法读取"):
        parse_holiday_file(tmp_path / "missing.csv")
