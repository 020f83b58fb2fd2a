"""窗口分布: which window serves what, from the hall's own queue set-up (each window's service
lines, each line's departments and extra matters), so the screen never disagrees with the
windows that actually call the numbers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.engine import Store
from db.models import Department, Hall, ServiceLine, Window, WindowLine


@dataclass(frozen=True)
class WindowPlace:
    no: int
    name: str
    kind: str  # 综合/专业/咨询/出件
    lines: list[str]  # "A 企业开办", in the window's calling order
    departments: list[str]  # department names served through those lines


def window_map(store: Store, hall_code: str = "") -> list[WindowPlace]:
    """Every active window of the hall (the first hall when no code is given), by number."""
    with store.read() as s:
        q = select(Hall).order_by(Hall.code)
        if hall_code:
            q = q.where(Hall.code == hall_code)
        hall = s.scalars(q).first()
        if hall is None:
            return []
        names = {code: name for code, name in s.execute(select(Department.code, Department.name))}
        lines = {
            ln.id: ln
            for ln in s.scalars(
                select(ServiceLine).where(ServiceLine.hall_id == hall.id, ServiceLine.active)
            )
        }
        links = s.execute(
            select(WindowLine.window_id, WindowLine.line_id).order_by(WindowLine.priority)
        ).all()
        by_window: dict[object, list[ServiceLine]] = {}
        for window_id, line_id in links:
            if line_id in lines:
                by_window.setdefault(window_id, []).append(lines[line_id])
        out = []
        for w in s.scalars(
            select(Window).where(Window.hall_id == hall.id, Window.active).order_by(Window.no)
        ):
            served = by_window.get(w.id, [])
            depts: list[str] = []
            for ln in served:
                for code in ln.departments or []:
                    name = names.get(code, code)
                    if name not in depts:
                        depts.append(name)
            out.append(
                WindowPlace(
                    no=w.no,
                    name=w.name,
                    kind=w.kind,
                    lines=[f"{ln.prefix} {ln.name}" for ln in served],
                    departments=depts,
                )
            )
        return out
