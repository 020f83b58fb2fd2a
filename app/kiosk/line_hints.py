"""What each line is for, in a few words on its tile: the catalog's short names of the matters
its departments (and its extra matters) handle, so "营业执照" leads to 企业开办·市场监管."""

from __future__ import annotations

from sqlalchemy import select

from db.engine import Store
from db.models import Department, Hall, Matter, ServiceLine

SHOWN = 3
MANY_DEPARTMENTS = 4  # a line serving this many departments is a general one


def line_hints(store: Store, hall_code: str) -> dict[str, str]:
    """line code -> ``公司设立、公司变更、个体户设立等``."""
    out: dict[str, str] = {}
    with store.read() as s:
        lines = s.scalars(
            select(ServiceLine).join(Hall, Hall.id == ServiceLine.hall_id)
            .where(Hall.code == hall_code, ServiceLine.active.is_(True))
        ).all()  # fmt: skip
        for line in lines:
            depts = [str(d) for d in line.departments or []]
            if len(depts) >= MANY_DEPARTMENTS:
                out[line.code] = "各部门事项的咨询、领取证照"
                continue
            extra = [str(m) for m in line.matters or []]
            stmt = (
                select(Matter.short_name, Matter.name)
                .join(Department, Department.id == Matter.department_id)
                .where(Matter.is_current.is_(True))
                .where(Department.code.in_(depts) | Matter.impl_code.in_(extra))
                .order_by(Matter.impl_code)
            )
            names: list[str] = []
            for short, name in s.execute(stmt):
                label = short or name
                if label not in names:
                    names.append(label)
            if names:
                more = "等" if len(names) > SHOWN else ""
                out[line.code] = "、".join(names[:SHOWN]) + more
    return out
