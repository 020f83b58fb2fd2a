"""The calendar import file, row by row: a pydantic schema and Chinese messages that name the
file, the line and the field of every bad row.

Formats (UTF-8 with or without BOM, or GB18030 as Chinese Excel saves CSV):

* CSV with a header row ``date,kind,name,source_doc[,year]`` (Chinese headers 日期,类型,名称,
  依据,年度 also accepted). Lines starting with ``#`` are comments.
* JSON: a list of objects with those keys, or ``{"year": 2027, "source_doc": "…",
  "holidays": [...], "workdays": [...]}`` whose items are date strings or objects with
  ``date`` and optional ``name``.

``kind``: holiday / 放假 / 休 for a day off, workday / 补班 / 上班 for a weekend working day.
``year`` is the notice year (the 2024 New Year holiday began on 2023-12-30); without it, it is
taken from "YYYY年" in ``source_doc``, else from the date.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from app.errors import InvalidInput
from app.holiday_source import (
    HolidayEntry,
    _decode,
    _line_of_string,
    _LinedDict,
    _load_json_with_lines,
    official_source_doc,
)
from app.workcalendar import DayKind

__all__ = ["CalendarRow", "parse_calendar_file"]

KINDS = {
    "holiday": DayKind.HOLIDAY, "放假": DayKind.HOLIDAY, "休": DayKind.HOLIDAY,
    "休息": DayKind.HOLIDAY, "workday": DayKind.ADJUSTED_WORKDAY,
    "workday_adjusted": DayKind.ADJUSTED_WORKDAY, "adjusted_workday": DayKind.ADJUSTED_WORKDAY,
    "补班": DayKind.ADJUSTED_WORKDAY, "上班": DayKind.ADJUSTED_WORKDAY, "班": DayKind.ADJUSTED_WORKDAY,
}  # fmt: skip
FIELD_LABELS = {"date": "日期", "kind": "类型", "name": "名称", "source_doc": "依据",
                "year": "年度"}  # fmt: skip
HEADER_ALIASES = {"日期": "date", "类型": "kind", "名称": "name", "节日": "name",
                  "依据": "source_doc", "文件": "source_doc", "年度": "year", "年份": "year"}  # fmt: skip
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$|^(\d{4})(\d{2})(\d{2})$")
_YEAR_IN_DOC = re.compile(r"(\d{4})年")
_WEEKDAYS = "一二三四五六日"
MAX_ERRORS = 20


def _err(message: str) -> PydanticCustomError:
    return PydanticCustomError("calendar", message)


class CalendarRow(BaseModel):
    """One day of an arrangement as an administrator types it."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    date: dt.date
    kind: DayKind
    name: str = Field(default="", max_length=50)
    source_doc: str = Field(default="", max_length=200)
    year: int | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> dt.date:
        text = str(value if value is not None else "").strip()
        if not text:
            raise _err("缺少日期")
        match = _DATE.match(text)
        if not match:
            raise _err(f"“{text}”格式不对，应写成 2027-01-01")
        y, m, d = (int(g) for g in match.groups() if g is not None)
        try:
            return dt.date(y, m, d)
        except ValueError:
            raise _err(f"“{text}”不是有效日期") from None

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> DayKind:
        kind = KINDS.get(str(value or "").strip().lower())
        if kind is None:
            raise _err(f"“{value or ''}”无法识别，应为 holiday/放假 或 workday/补班")
        return kind

    @field_validator("kind", mode="after")
    @classmethod
    def _weekend_workday(cls, kind: DayKind, info: ValidationInfo) -> DayKind:
        day = info.data.get("date")
        if kind is DayKind.ADJUSTED_WORKDAY and isinstance(day, dt.date) and day.weekday() < 5:
            raise _err(
                f"{day.isoformat()}是星期{_WEEKDAYS[day.weekday()]}，本来就是工作日，"
                "不能登记为补班日"
            )
        return kind

    @field_validator("year", mode="before")
    @classmethod
    def _year(cls, value: Any) -> int | None:
        text = str(value if value is not None else "").strip()
        if not text:
            return None
        if not (text.isdigit() and len(text) == 4):
            raise _err(f"“{text}”应为4位数字的年份")
        return int(text)

    @model_validator(mode="after")
    def _consistent(self) -> CalendarRow:
        if self.year is None:
            found = _YEAR_IN_DOC.search(self.source_doc)
            self.year = int(found.group(1)) if found else self.date.year
        if abs(self.date.year - self.year) > 1:
            raise _err(f"{self.date.isoformat()}不属于{self.year}年的节假日安排")
        return self

    def entry(self) -> HolidayEntry:
        assert self.year is not None
        return HolidayEntry(self.date, self.kind, self.name,
                            self.source_doc or official_source_doc(self.year), self.year)  # fmt: skip


@dataclass
class _Raw:
    line: int
    fields: dict[str, Any]


def _message(exc: ValidationError) -> list[str]:
    out = []
    for e in exc.errors():
        loc = [str(x) for x in e["loc"] if str(x) in FIELD_LABELS]
        where = f" {FIELD_LABELS[loc[0]]}（{loc[0]}）" if loc else ""
        kind = e["type"]
        if kind == "calendar":
            text = e["msg"]
        elif kind == "string_too_long":
            text = f"不能超过{(e.get('ctx') or {}).get('max_length')}个字"
        elif kind == "extra_forbidden":
            text = "是多余的列，应为 date、kind、name、source_doc、year 之一"
            where = f" “{e['loc'][-1]}”"
        elif kind == "missing":
            text = "缺少此项"
        else:
            text = "内容不正确"
        out.append(f"{where}：{text}")
    return out


def parse_calendar_file(path: str | Path) -> list[HolidayEntry]:
    """Every entry of the file, or InvalidInput listing every bad row (file, line, field)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"无法读取节假日文件{path}：{exc.strerror or exc}") from None
    try:
        text = _decode(raw, path)
        is_json = path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{"))
        rows = _json_rows(text) if is_json else _csv_rows(text)
    except InvalidInput as exc:
        raise InvalidInput(f"{path.name} {exc}") from None
    errors: list[str] = []
    entries: list[HolidayEntry] = []
    seen: dict[date, tuple[DayKind, int]] = {}
    for row in rows:
        try:
            parsed = CalendarRow.model_validate(row.fields)
        except ValidationError as exc:
            errors += [f"{path.name} 第{row.line}行{m}" for m in _message(exc)]
            continue
        previous = seen.get(parsed.date)
        if previous is not None:
            if previous[0] is not parsed.kind:
                errors.append(f"{path.name} 第{row.line}行 日期（date）：{parsed.date.isoformat()}"
                              f"与第{previous[1]}行矛盾（一处放假，一处补班）")  # fmt: skip
            continue
        seen[parsed.date] = (parsed.kind, row.line)
        entries.append(parsed.entry())
    if errors:
        more = f"\n……另有{len(errors) - MAX_ERRORS}处错误" if len(errors) > MAX_ERRORS else ""
        raise InvalidInput(
            "节假日文件有错误，未导入任何内容：\n" + "\n".join(errors[:MAX_ERRORS]) + more
        )
    if not entries:
        raise InvalidInput(f"节假日文件{path.name}中没有任何日期")
    return sorted(entries, key=lambda e: e.day)


def _csv_rows(text: str) -> list[_Raw]:
    rows: list[_Raw] = []
    columns: tuple[str, ...] | None = None
    reader = csv.reader(io.StringIO(text))
    for cells in reader:
        line = reader.line_num
        cells = [c.strip() for c in cells]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if columns is None:
            if cells[0][:1].isdigit():
                columns = ("date", "kind", "name", "source_doc", "year")
            else:
                columns = tuple(HEADER_ALIASES.get(c, c.lower()) for c in cells)
                if "date" not in columns or "kind" not in columns:
                    raise InvalidInput(f"第{line}行：表头应为 date,kind,name,source_doc")
                continue
        if len(cells) > len(columns):
            raise InvalidInput(
                f"第{line}行：有{len(cells)}列，多于表头的{len(columns)}列（名称中含逗号请加引号）"
            )
        rows.append(_Raw(line, dict(zip(columns, cells, strict=False))))
    return rows


def _json_rows(text: str) -> list[_Raw]:
    data = _load_json_with_lines(text)
    if isinstance(data, list):
        out = []
        for item in data:
            if not isinstance(item, _LinedDict):
                raise InvalidInput("JSON列表中每一项应为含 date、kind 的对象")
            out.append(_Raw(item.line, dict(item)))
        return out
    if not isinstance(data, _LinedDict) or not ("holidays" in data or "workdays" in data):
        raise InvalidInput("JSON应为日期对象的列表，或含 year、holidays、workdays 的对象")
    year = data.get("year")
    if year in (None, ""):
        raise InvalidInput(f"第{data.line}行 年度（year）：缺少此项")
    source_doc = str(data.get("source_doc") or "")
    out = []
    for key, kind in (("holidays", "holiday"), ("workdays", "workday")):
        items = data.get(key) or []
        if not isinstance(items, list):
            raise InvalidInput(f"第{data.line}行 {key}：应为日期列表")
        for item in items:
            if isinstance(item, _LinedDict):
                fields = {"source_doc": source_doc, "year": year, **item, "kind": kind}
                out.append(_Raw(item.line, fields))
            else:
                line = _line_of_string(text, str(item))
                out.append(_Raw(line, {"date": item, "kind": kind, "source_doc": source_doc,
                                       "year": year}))  # fmt: skip
    return out
