"""Demo data: a county 政务服务中心 with its catalog, service lines, windows and staff.
``yichuang demo seed`` loads it; running it again changes nothing."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from sqlalchemy import select

from app.calendar_service import seed_from_package
from app.catalog_io import import_catalog
from app.holiday_source import chinese_calendar_years
from app.journal import Actor, unit_of_work
from app.staff import hash_password
from db.engine import Store
from db.models import Department, Hall, ServiceLine, Staff, Window, WindowLine

SYSTEM = Actor(name="system:demo", roles=frozenset({"admin"}))


def demo_file(name: str) -> dict[str, Any]:
    return json.loads(files("resources").joinpath("demo", name).read_text(encoding="utf-8"))


def seed(store: Store) -> dict[str, Any]:
    hall_data = demo_file("hall.json")
    hall_code = hall_data["hall"]["code"]
    actor = Actor(name="system:demo", roles=frozenset({"admin"}), hall_code=hall_code)
    counts: dict[str, Any] = {"catalog": import_catalog(store, actor, demo_file("catalog.json"))}
    counts["hall"] = seed_hall(store, actor, hall_data)
    years = chinese_calendar_years()
    counts["calendar"] = seed_from_package(store, actor, range(max(years.start, 2024), years.stop))
    return counts


def seed_hall(store: Store, actor: Actor, data: dict[str, Any]) -> dict[str, int]:
    from app.schemas.people import HallRecord, StaffRecord, checked

    counts = {"windows": 0, "lines": 0, "staff": 0}
    checked(HallRecord, "大厅", **data["hall"])
    for n, st in enumerate(data["staff"], 1):
        checked(StaffRecord, f"第{n}位工作人员", work_no=st["work_no"], name=st["name"],
                roles=st["roles"], department=st.get("department"), window_no=st.get("window"))  # fmt: skip
    # argon2id costs ~0.15 s a hash by design, so the hashes are made before the write
    # transaction (which holds the whole hall on SQLite). Demo accounts share a few documented
    # passwords, so each distinct one is hashed once (its salt is then shared, which is
    # acceptable only because these passwords are published in the README anyway).
    with store.read() as s:
        known = set(s.scalars(select(Staff.work_no)))
    hashes: dict[str, str] = {}
    for st in data["staff"]:
        if st["work_no"] not in known and st["password"] not in hashes:
            hashes[st["password"]] = hash_password(st["password"])
    with unit_of_work(store, actor) as uow:
        s = uow.session
        h = data["hall"]
        hall = s.scalar(select(Hall).where(Hall.code == h["code"]))
        if hall is None:
            hall = Hall(**h)
            s.add(hall)
            s.flush()
            uow.record("hall.add", "hall", hall.id, after=h, row=hall)
        lines = {
            ln.code: ln
            for ln in s.scalars(select(ServiceLine).where(ServiceLine.hall_id == hall.id))
        }
        for seq, ln in enumerate(data["service_lines"]):
            if ln["code"] in lines:
                continue
            row = ServiceLine(hall_id=hall.id, seq=seq, **ln)
            s.add(row)
            s.flush()
            lines[ln["code"]] = row
            uow.record("line.add", "service_line", row.id, after=ln, row=row)
            counts["lines"] += 1
        windows = {w.no: w for w in s.scalars(select(Window).where(Window.hall_id == hall.id))}
        for w in data["windows"]:
            if w["no"] in windows:
                continue
            win = Window(hall_id=hall.id, no=w["no"], name=w["name"], kind=w.get("kind", "综合"))
            s.add(win)
            s.flush()
            uow.record("window.add", "window", win.id, after=w, row=win)
            for prio, code in enumerate(w["lines"]):
                link = WindowLine(window_id=win.id, line_id=lines[code].id, priority=prio)
                s.add(link)
                uow.carry(link)
            counts["windows"] += 1
        depts = {d.code: d for d in s.scalars(select(Department))}
        existing = set(s.scalars(select(Staff.work_no)))
        for st in data["staff"]:
            if st["work_no"] in existing:
                continue
            if st["password"] not in hashes:
                hashes[st["password"]] = hash_password(st["password"])
            person = Staff(
                work_no=st["work_no"],
                name=st["name"],
                department=depts.get(st.get("department") or ""),
                hall_id=hall.id,
                window_no=st.get("window"),
                roles=",".join(st["roles"]),
                password_hash=hashes[st["password"]],
            )
            s.add(person)
            s.flush()
            uow.record("staff.add", "staff", person.id,
                       after={"work_no": person.work_no, "name": person.name, "roles": person.roles},
                       row=person)  # fmt: skip
            counts["staff"] += 1
    return counts
