"""Where holiday schedules come from: the chinese-calendar package (seed) and admin files.

The package only covers the years it was released with (2004–2026 in 1.11.0), so each new
year's 国务院办公厅 notice is imported from a CSV or JSON file typed by an administrator.

``HolidayEntry.year`` is the year of the notice the entry comes from, not always the year of
the date: the 2024 New Year holiday began on 2023-12-30. A calendar built from entries covers
exactly the notice years present.

File formats accepted by :func:`parse_holiday_file`:

* CSV (UTF-8, with or without BOM; GB18030 as saved by Chinese Excel) with columns
  ``date,kind,name,source_doc`` and an optional ``year`` column; the header row is optional.
  ``kind`` is one of holiday / 放假 / 休 for a day off and workday / 补班 / 上班 for a
  weekend working day.
* JSON: a list of objects with the same keys, or
  ``{"year": 2027, "source_doc": "…", "holidays": [...], "workdays": [...]}`` where list
  items are date strings or objects with ``date`` and optional ``name``.

Without an explicit year, it is taken from "YYYY年" in ``source_doc``, else from the date.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import chinese_calendar
from chinese_calendar import constants as cc_constants

from app.errors import InvalidInput
from app.workcalendar import DayKind, WorkCalendar

__all__ = [
    "HolidayEntry",
    "calendar_from_entries",
    "chinese_calendar_years",
    "entries_from_chinese_calendar",
    "official_source_doc",
    "parse_holiday_file",
    "write_holiday_csv",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HolidayEntry:
    day: date
    kind: DayKind
    name: str
    source_doc: str
    year: int


def official_source_doc(year: int) -> str:
    return f"国务院办公厅关于{year}年部分节假日安排的通知"


# The package's Chinese names are short forms (清明, 端午); notices use the full names.
_FULL_NAMES = {"清明": "清明节", "端午": "端午节", "中秋": "中秋节"}


def chinese_calendar_years() -> range:
    """Years for which the installed chinese-calendar has the official schedule."""
    return range(min(cc_constants.holidays).year, max(cc_constants.holidays).year + 1)


def entries_from_chinese_calendar(years: Iterable[int]) -> list[HolidayEntry]:
    """Seed entries for ``years`` from chinese-calendar, sorted by date.

    Years the package does not cover are skipped with a warning on this module's logger;
    compare the requested years with :func:`chinese_calendar_years` to tell the user.
    """
    available = chinese_calendar_years()
    wanted = set(years)
    for year in sorted(wanted - set(available)):
        log.warning(
            "chinese-calendar %s has no holiday data for %s (covers %s–%s); skipped",
            getattr(chinese_calendar, "__version__", "?"),
            year,
            available.start,
            available.stop - 1,
        )
    entries = []
    for table, kind in (
        (cc_constants.holidays, DayKind.HOLIDAY),
        (cc_constants.workdays, DayKind.ADJUSTED_WORKDAY),
    ):
        for day, english in table.items():
            # A December day named New Year's Day belongs to the next year's notice.
            notice_year = (
                day.year + 1 if day.month == 12 and english == "New Year's Day" else day.year
            )
            if notice_year not in wanted:
                continue
            _, detail = chinese_calendar.get_holiday_detail(day)
            chinese = cc_constants.Holiday(detail or english).chinese
            entries.append(
                HolidayEntry(
                    day=day,
                    kind=kind,
                    name=_FULL_NAMES.get(chinese, chinese),
                    source_doc=official_source_doc(notice_year),
                    year=notice_year,
                )
            )
    return sorted(entries, key=lambda e: e.day)


def calendar_from_entries(entries: Iterable[HolidayEntry]) -> WorkCalendar:
    items = list(entries)
    return WorkCalendar({e.day: e.kind for e in items}, {e.year for e in items})


def write_holiday_csv(entries: Iterable[HolidayEntry], path: str | Path) -> None:
    """Write entries in the CSV format :func:`parse_holiday_file` reads (for export/backup)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", "kind", "name", "source_doc", "year"])
        for e in entries:
            kind = "holiday" if e.kind is DayKind.HOLIDAY else "workday"
            writer.writerow([e.day.isoformat(), kind, e.name, e.source_doc, e.year])


# --- Parsing admin files --------------------------------------------------------------------

_KINDS = {
    "holiday": DayKind.HOLIDAY,
    "放假": DayKind.HOLIDAY,
    "休": DayKind.HOLIDAY,
    "休息": DayKind.HOLIDAY,
    "workday": DayKind.ADJUSTED_WORKDAY,
    "workday_adjusted": DayKind.ADJUSTED_WORKDAY,
    "adjusted_workday": DayKind.ADJUSTED_WORKDAY,
    "补班": DayKind.ADJUSTED_WORKDAY,
    "上班": DayKind.ADJUSTED_WORKDAY,
    "班": DayKind.ADJUSTED_WORKDAY,
}
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$|^(\d{4})(\d{2})(\d{2})$")
_YEAR_IN_DOC = re.compile(r"(\d{4})年")
_WEEKDAYS = "一二三四五六日"


def parse_holiday_file(path: str | Path) -> list[HolidayEntry]:
    """Read an administrator's holiday file; raise InvalidInput naming the bad line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"无法读取节假日文件{path}：{exc.strerror or exc}") from None
    text = _decode(raw, path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        entries = _parse_json(text)
    else:
        entries = _parse_csv(text)
    if not entries:
        raise InvalidInput(f"节假日文件{path.name}中没有任何日期")
    return sorted(entries, key=lambda e: e.day)


def _decode(raw: bytes, path: Path) -> str:
    # Excel on Chinese Windows saves "CSV" as GB18030/GBK rather than UTF-8.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput(f"节假日文件{path.name}的编码无法识别，请另存为UTF-8")


class _Rows:
    """Collects entries and reports duplicates by the line of their first occurrence."""

    def __init__(self) -> None:
        self.entries: list[HolidayEntry] = []
        self._seen: dict[date, tuple[DayKind, int]] = {}

    def add(self, line: int, fields: dict[str, Any], *, year: int | None = None) -> None:
        where = f"第{line}行"
        day = _parse_date(fields.get("date"), where)
        kind_text = str(fields.get("kind") or "").strip().lower()
        kind = _KINDS.get(kind_text)
        if kind is None:
            raise InvalidInput(
                f"{where}：类型“{fields.get('kind') or ''}”无法识别，"
                "应为 holiday/放假 或 workday/补班/上班"
            )
        if kind is DayKind.ADJUSTED_WORKDAY and day.weekday() < 5:
            raise InvalidInput(
                f"{where}：{day.isoformat()}是星期{_WEEKDAYS[day.weekday()]}，本来就是工作日，"
                "不能登记为补班日，请核对日期"
            )
        name = str(fields.get("name") or "").strip()
        source_doc = str(fields.get("source_doc") or "").strip()
        year = year or _parse_year(fields.get("year"), where) or _year_from_doc(source_doc)
        year = year or day.year
        if abs(day.year - year) > 1:
            raise InvalidInput(f"{where}：日期{day.isoformat()}不属于{year}年的节假日安排")
        previous = self._seen.get(day)
        if previous is not None:
            if previous[0] is not kind:
                raise InvalidInput(
                    f"{where}：{day.isoformat()}与第{previous[1]}行矛盾（一处放假，一处补班）"
                )
            return
        self._seen[day] = (kind, line)
        self.entries.append(
            HolidayEntry(
                day=day,
                kind=kind,
                name=name,
                source_doc=source_doc or official_source_doc(year),
                year=year,
            )
        )


def _parse_date(value: object, where: str) -> date:
    text = str(value or "").strip()
    if not text:
        raise InvalidInput(f"{where}：缺少日期")
    match = _DATE.match(text)
    if not match:
        raise InvalidInput(f"{where}：日期“{text}”格式不对，应为2027-01-01")
    y, m, d = (int(g) for g in match.groups() if g is not None)
    try:
        return date(y, m, d)
    except ValueError:
        raise InvalidInput(f"{where}：日期“{text}”不是有效日期") from None


def _parse_year(value: object, where: str) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if not text.isdigit() or len(text) != 4:
        raise InvalidInput(f"{where}：年份“{text}”应为4位数字")
    return int(text)


def _year_from_doc(source_doc: str) -> int | None:
    match = _YEAR_IN_DOC.search(source_doc)
    return int(match.group(1)) if match else None


_COLUMNS = ("date", "kind", "name", "source_doc", "year")
_HEADER_ALIASES = {
    "日期": "date",
    "类型": "kind",
    "名称": "name",
    "节日": "name",
    "依据": "source_doc",
    "文件": "source_doc",
    "年度": "year",
    "年份": "year",
}


def _parse_csv(text: str) -> list[HolidayEntry]:
    rows = _Rows()
    columns: tuple[str, ...] = _COLUMNS
    reader = csv.reader(io.StringIO(text))
    for index, cells in enumerate(reader):
        line = reader.line_num  # physical line, right even when a quoted name spans lines
        cells = [c.strip() for c in cells]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if index == 0 and not cells[0][:1].isdigit():
            columns = tuple(_HEADER_ALIASES.get(c, c.lower()) for c in cells)
            if "date" not in columns or "kind" not in columns:
                raise InvalidInput("第1行：表头应为 date,kind,name,source_doc")
            continue
        if len(cells) > len(columns):
            raise InvalidInput(
                f"第{line}行：有{len(cells)}列，多于表头的{len(columns)}列（名称中含逗号请加引号）"
            )
        rows.add(line, dict(zip(columns, cells, strict=False)))
    return rows.entries


class _LinedDict(dict[str, Any]):
    line = 0


def _load_json_with_lines(text: str) -> Any:
    """json.loads, but every object remembers the line it starts on (for error messages).

    The C scanner offers no positions, so the pure-Python scanner is used with a hook on
    object parsing; holiday files are small.
    """
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    decoder = json.JSONDecoder()
    parse_object = decoder.parse_object  # type: ignore[attr-defined]

    def hooked(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        obj, end = parse_object(s_and_end, *args)
        lined = _LinedDict(obj)
        lined.line = bisect.bisect_right(starts, s_and_end[1] - 1)
        return lined, end

    decoder.parse_object = hooked  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        return decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"第{exc.lineno}行第{exc.colno}列：JSON格式错误（{exc.msg}）") from None


def _parse_json(text: str) -> list[HolidayEntry]:
    data = _load_json_with_lines(text)
    rows = _Rows()
    if isinstance(data, list):
        for item in data:
            if not isinstance(item, _LinedDict):
                raise InvalidInput("JSON列表中每一项应为含 date、kind 的对象")
            rows.add(item.line, item)
        return rows.entries
    if not isinstance(data, _LinedDict) or not ("holidays" in data or "workdays" in data):
        raise InvalidInput("JSON应为日期对象的列表，或含 year、holidays、workdays 的对象")
    year = _parse_year(data.get("year"), f"第{data.line}行")
    if year is None:
        raise InvalidInput(f"第{data.line}行：缺少 year（年度）")
    source_doc = str(data.get("source_doc") or official_source_doc(year))
    for key, kind in (("holidays", "holiday"), ("workdays", "workday")):
        items = data.get(key) or []
        if not isinstance(items, list):
            raise InvalidInput(f"第{data.line}行：{key} 应为日期列表")
        for item in items:
            if isinstance(item, _LinedDict):
                fields = {"source_doc": source_doc, **item, "kind": kind}
                rows.add(item.line, fields, year=year)
            else:
                line = _line_of_string(text, str(item))
                rows.add(line, {"date": item, "kind": kind, "source_doc": source_doc}, year=year)
    return rows.entries


def _line_of_string(text: str, value: str) -> int:
    # Bare date strings carry no position; their first occurrence is good enough to point at.
    index = text.find(json.dumps(value, ensure_ascii=False))
    return text.count("\n", 0, index) + 1 if index >= 0 else 0
