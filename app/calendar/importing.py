"""``calendar import``: add or replace the days a file names, or (on request) whole years, then
recompute every stored due date that rests on them, all in one unit of work.

The report says what was added, changed and removed, and what the recompute hooks changed.
A year imported for the first time, or replaced whole, must contain every statutory holiday of
that year (from 2025, under the 2024 放假办法): a file of a few corrections would otherwise
become the official arrangement and turn the rest of the year's holidays into working days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.calendar.loading import DB_KIND, load_in_session
from app.calendar.recompute import registered
from app.calendar.schema import parse_calendar_file
from app.calendar.statutory import statutory_days, supported
from app.errors import InvalidInput
from app.holiday_source import HolidayEntry as SourceEntry
from app.journal import Actor, unit_of_work
from app.permissions import require
from app.workcalendar import DayKind
from db.engine import Store
from db.models import HolidayEntry

__all__ = ["Change", "ImportReport", "import_entries", "import_calendar_file"]

KIND_TEXT = {"holiday": "放假", "workday": "补班"}
STATUTORY_SINCE = 2025  # the 2024 amendment of the 放假办法; checked from this year on


@dataclass(frozen=True)
class Change:
    day: date
    year: int
    before: tuple[str, str] | None  # (db kind, name)
    after: tuple[str, str] | None

    def text(self) -> str:
        def show(v: tuple[str, str]) -> str:
            return f"{KIND_TEXT.get(v[0], v[0])}（{v[1]}）" if v[1] else KIND_TEXT.get(v[0], v[0])

        d = self.day.isoformat()
        if self.before is None and self.after is not None:
            return f"  新增 {d} {show(self.after)}"
        if self.after is None and self.before is not None:
            return f"  删除 {d} {show(self.before)}"
        assert self.before is not None and self.after is not None
        return f"  修改 {d} {show(self.before)} → {show(self.after)}"


@dataclass
class ImportReport:
    file: str
    years: list[int]
    replace_years: bool
    changes: list[Change] = field(default_factory=list)
    newly_official: list[int] = field(default_factory=list)  # were provisional before
    recomputed: list[tuple[str, int]] = field(default_factory=list)

    def count(self, what: str) -> int:
        return sum(
            1 for c in self.changes
            if (what == "added" and c.before is None) or (what == "removed" and c.after is None)
            or (what == "changed" and c.before is not None and c.after is not None)
        )  # fmt: skip

    def lines(self) -> list[str]:
        mode = "整年替换" if self.replace_years else "只增改文件所列日期"
        years = "、".join(f"{y}年" for y in self.years)
        out = [f"导入 {self.file}（{years}，{mode}）：新增 {self.count('added')} 条，"
               f"修改 {self.count('changed')} 条，删除 {self.count('removed')} 条"]  # fmt: skip
        out += [c.text() for c in self.changes]
        if not self.changes:
            out.append("  与已有安排相同，没有变化")
        for y in self.newly_official:
            out.append(f"{y}年已改用正式安排，不再按法定节假日暂算")
        for label, n in self.recomputed:
            out.append(f"重算办结日期：{label} {n} 项有变化")
        return out

    def as_dict(self) -> dict[str, object]:
        def v(x: tuple[str, str] | None) -> dict[str, str] | None:
            return {"kind": x[0], "name": x[1]} if x else None

        return {
            "file": self.file, "years": self.years, "replace_years": self.replace_years,
            "added": self.count("added"), "changed": self.count("changed"),
            "removed": self.count("removed"),
            "changes": [{"date": c.day.isoformat(), "year": c.year, "before": v(c.before),
                         "after": v(c.after)} for c in self.changes],
            "newly_official": self.newly_official,
            "recomputed": [{"what": label, "changed": n} for label, n in self.recomputed],
        }  # fmt: skip


def _check_complete(year: int, holidays: set[date], where: str) -> None:
    if year < STATUTORY_SINCE or not supported(year):
        return
    missing = [
        f"{d.isoformat()}（{name}）"
        for d, (_kind, name) in sorted(statutory_days(year).items())
        if "补假" not in name and d not in holidays
    ]
    if missing:
        raise InvalidInput(
            f"{where}：{year}年的安排缺少法定节假日 {'、'.join(missing)}。一个年度首次导入或整年"
            "替换时须包含该年全部法定节假日；只想增改几天，请先导入完整的年度安排"
        )


def import_entries(
    store: Store,
    actor: Actor,
    entries: Iterable[SourceEntry],
    *,
    replace_years: bool = False,
    source: str = "",
) -> ImportReport:
    require(actor, "calendar.edit")
    items = sorted(entries, key=lambda e: e.day)
    years = sorted({e.year for e in items})
    report = ImportReport(source, years, replace_years)
    with unit_of_work(store, actor) as uow:
        s = uow.session
        stored_years = set(s.scalars(select(HolidayEntry.year).distinct()).all())
        touched = {e.day for e in items}
        old_rows = {
            r.day: r
            for r in s.scalars(
                select(HolidayEntry).where(
                    HolidayEntry.year.in_(years) | HolidayEntry.day.in_(sorted(touched))
                )
            )
        }
        for year in years:  # the file becomes this year's whole arrangement: is it whole?
            if replace_years or year not in stored_years:
                final = {e.day for e in items if e.year == year and e.kind is DayKind.HOLIDAY}
                _check_complete(year, final, source or "导入的安排")
        for e in items:
            after = (DB_KIND[e.kind], e.name)
            row = old_rows.get(e.day)
            audit_before = _audit(row)
            if row is None:
                row = HolidayEntry(day=e.day, year=e.year, kind=after[0], name=e.name,
                                   source_doc=e.source_doc)  # fmt: skip
                s.add(row)
                report.changes.append(Change(e.day, e.year, None, after))
            else:
                before = (row.kind, row.name)
                if (before, row.year, row.source_doc) == (after, e.year, e.source_doc):
                    continue
                row.kind, row.name, row.year, row.source_doc = (
                    after[0],
                    e.name,
                    e.year,
                    e.source_doc,
                )
                if before != after or row.year != e.year:
                    report.changes.append(Change(e.day, e.year, before, after))
            uow.record("calendar.set", "holiday_entry", e.day.isoformat(),
                       before=audit_before,
                       after={"kind": after[0], "name": e.name, "year": e.year,
                              "source_doc": e.source_doc}, row=row)  # fmt: skip
        if replace_years:
            for day, row in sorted(old_rows.items()):
                if row.year in years and day not in touched:
                    report.changes.append(Change(day, row.year, (row.kind, row.name), None))
                    uow.record("calendar.remove", "holiday_entry", day.isoformat(),
                               before=_audit(row), after=None)  # fmt: skip
                    s.delete(row)
        report.changes.sort(key=lambda c: c.day)
        s.flush()
        report.newly_official = [y for y in years if y not in stored_years]
        changed_years = {c.year for c in report.changes} | set(report.newly_official)
        if changed_years:
            calendar = load_in_session(s)
            for label, fn in registered():
                report.recomputed.append((label, int(fn(uow, calendar, set(changed_years)))))
    return report


def _audit(row: HolidayEntry | None) -> dict[str, object] | None:
    if row is None:
        return None
    return {"kind": row.kind, "name": row.name, "year": row.year, "source_doc": row.source_doc}


def import_calendar_file(
    store: Store, actor: Actor, path: str | Path, *, replace_years: bool = False
) -> ImportReport:
    entries = parse_calendar_file(path)
    return import_entries(store, actor, entries, replace_years=replace_years,
                          source=Path(path).name)  # fmt: skip
