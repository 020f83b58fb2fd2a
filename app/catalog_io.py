"""Catalog import and export (JSON and XLSX). Import is idempotent: a matter whose content is
unchanged is left alone; a changed matter gets a new version and the old one is retired, so
cases keep pointing at the version they were accepted under."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import InvalidInput
from app.journal import Actor, unit_of_work
from app.permissions import require
from app.pinyin import pinyin_keys
from app.schemas.catalog import DEPT_FIELDS, FORMAT, MATTER_FIELDS, validate_catalog
from app.sync.ownership import matter_version_floor, refuse_if_county_owned
from db.base import utcnow
from db.engine import Store
from db.ids import uuid7
from db.models import Department, LegalBasis, Matter, MatterMaterial, ProcessStep

# The field lists live with the schema (app.schemas.catalog), the one place that says what a
# catalog record may hold.
__all__ = ["DEPT_FIELDS", "FORMAT", "MATTER_FIELDS"]
SOURCE = "_source"  # the file's name, kept with the data read from it for the messages


# ---- reading files -------------------------------------------------------------------------


def read_catalog_file(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    if not p.exists():
        raise InvalidInput(f"找不到文件 {p}")
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"{p.name} 不是 UTF-8 编码的文本（第 {exc.start + 1} 个字节起无法识别），"
                "请在编辑器中另存为 UTF-8"
            ) from None
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                f"{p.name} 不是有效的 JSON 文件：第 {exc.lineno} 行第 {exc.colno} 列附近格式错误"
            ) from None
        except RecursionError:
            raise InvalidInput(f"{p.name} 的 JSON 嵌套过深，不是一窗事项目录文件") from None
        except ValueError as exc:  # e.g. an integer with thousands of digits
            raise InvalidInput(f"{p.name} 不是有效的 JSON 文件：{str(exc)[:80]}") from None
    elif p.suffix.lower() == ".xlsx":
        from app.catalog_xlsx import read_xlsx

        data = read_xlsx(p)
    else:
        raise InvalidInput(f"不支持的文件类型“{p.suffix}”，请使用 .json 或 .xlsx")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput(f"{p.name} 不是一窗事项目录文件（缺少 format: {FORMAT}）")
    data[SOURCE] = p.name
    return data


# ---- import --------------------------------------------------------------------------------


def _content(m: dict[str, Any]) -> dict[str, Any]:
    """The comparable content of a matter record, normalised."""
    out: dict[str, Any] = {k: m.get(k) for k in MATTER_FIELDS}
    out["short_name"] = out["short_name"] or ""
    out["basic_code"] = out["basic_code"] or ""
    for k in ("service_objects", "handle_forms", "keywords"):
        out[k] = list(out[k] or [])
    for k in ("conditions", "result_name", "place", "hours", "consult_phone", "supervise_phone"):
        out[k] = out[k] or ""
    out["case_type"] = int(out["case_type"] or 2)
    out["exercise_level"] = int(out["exercise_level"] or 4)
    out["visits_required"] = int(
        out["visits_required"] if out["visits_required"] is not None else 1
    )
    for k in ("online", "appointment", "express", "confidential"):
        out[k] = bool(out[k])
    out["department"] = m["department"]
    for k in ("legal_limit", "promise_limit"):
        lim = m.get(k) or {}
        out[k] = {"value": int(lim.get("value", 0)), "unit": lim.get("unit", "W"),
                  "note": lim.get("note", "") or ""}  # fmt: skip
    fee = m.get("fee") or {}
    out["fee"] = {"charged": bool(fee.get("charged")), "items": list(fee.get("items") or []),
                  "basis": fee.get("basis", "") or ""}  # fmt: skip
    out["steps"] = [
        {"name": s["name"], "post": s.get("post", "") or "", "limit_days": s.get("limit_days")}
        for s in m.get("steps") or []
    ]
    out["materials"] = [
        {"name": x["name"], "originals": int(x.get("originals", 1)), "copies": int(x.get("copies", 0)),
         "medium": x.get("medium", "paper"), "necessity": x.get("necessity", "required"),
         "issuer": x.get("issuer", "") or "", "notes": x.get("notes", "") or ""}
        for x in m.get("materials") or []
    ]  # fmt: skip
    out["legal_bases"] = [
        {"role": b["role"], "rank": b["rank"], "issuer_level": int(b.get("issuer_level", 1)),
         "title": b["title"].strip("《》"), "doc_no": b.get("doc_no", "") or "",
         "article": b.get("article", "") or "",
         "effective_date": str(b["effective_date"])[:10] if b.get("effective_date") else None}
        for b in m.get("legal_bases") or []
    ]  # fmt: skip
    return out


def matter_to_record(m: Matter, dept_code: str) -> dict[str, Any]:
    rec: dict[str, Any] = {"impl_code": m.impl_code}
    for k in MATTER_FIELDS:
        rec[k] = getattr(m, k)
    rec["department"] = dept_code
    rec["legal_limit"] = {"value": m.legal_limit_value, "unit": m.legal_limit_unit,
                          "note": m.legal_limit_note}  # fmt: skip
    rec["promise_limit"] = {"value": m.promise_limit_value, "unit": m.promise_limit_unit,
                            "note": m.promise_limit_note}  # fmt: skip
    rec["fee"] = {"charged": m.fee_charged, "items": m.fee_items, "basis": m.fee_basis}
    rec["steps"] = [{"name": s.name, "post": s.post, "limit_days": s.limit_days} for s in m.steps]
    rec["materials"] = [
        {"name": x.name, "originals": x.originals, "copies": x.copies, "medium": x.medium,
         "necessity": x.necessity, "issuer": x.issuer, "notes": x.notes}
        for x in m.materials
    ]  # fmt: skip
    rec["legal_bases"] = [
        {"role": b.role, "rank": b.rank, "issuer_level": b.issuer_level, "title": b.title,
         "doc_no": b.doc_no, "article": b.article,
         "effective_date": b.effective_date.isoformat() if b.effective_date else None}
        for b in m.legal_bases
    ]  # fmt: skip
    return rec


def _build_matter(c: dict[str, Any], impl_code: str, version: int, dept: Department) -> Matter:
    py, initials = pinyin_keys(c["name"] + (c["short_name"] and " " + c["short_name"]))
    # Words the public uses for a matter (its certificate, its keywords) are searchable too,
    # after a "|" so that name matches still rank first: yyzz finds 营业执照 via 设立登记.
    extra = [c["result_name"], *c["keywords"]]
    xpy = [pinyin_keys(w) for w in extra if w]
    py = "|".join([py, *(p for p, _ in xpy)])
    initials = "|".join([initials, *(i for _, i in xpy)])
    m = Matter(impl_code=impl_code, version=version, is_current=True, department=dept)
    for k in MATTER_FIELDS:
        setattr(m, k, c[k])
    m.legal_limit_value, m.legal_limit_unit, m.legal_limit_note = (
        c["legal_limit"]["value"], c["legal_limit"]["unit"], c["legal_limit"]["note"])  # fmt: skip
    m.promise_limit_value, m.promise_limit_unit, m.promise_limit_note = (
        c["promise_limit"]["value"], c["promise_limit"]["unit"], c["promise_limit"]["note"])  # fmt: skip
    m.fee_charged, m.fee_items, m.fee_basis = (
        c["fee"]["charged"], c["fee"]["items"], c["fee"]["basis"])  # fmt: skip
    m.search_pinyin, m.search_initials = py, initials[:200]
    m.steps = [ProcessStep(seq=i, **s) for i, s in enumerate(c["steps"], 1)]
    m.materials = [MatterMaterial(seq=i, **x) for i, x in enumerate(c["materials"], 1)]
    m.legal_bases = [
        LegalBasis(**{**b, "effective_date": dt.date.fromisoformat(b["effective_date"])
                      if b["effective_date"] else None})
        for b in c["legal_bases"]
    ]  # fmt: skip
    return m


def import_catalog(store: Store, actor: Actor, data: dict[str, Any]) -> dict[str, int]:
    """Upsert departments and matters. Returns counts: added, changed, unchanged, departments."""
    require(actor, "catalog.edit")
    data = dict(data)
    source = str(data.pop(SOURCE, "") or "目录文件")
    # Every record is checked before anything is written; nothing is imported otherwise.
    checked = validate_catalog(data, source).model_dump(mode="python")
    depts, matters = checked["departments"], checked["matters"]
    counts = {"departments": 0, "added": 0, "changed": 0, "unchanged": 0}
    with unit_of_work(store, actor) as uow:
        s = uow.session
        refuse_if_county_owned(s, "matter")
        floor = matter_version_floor(s)
        by_code = _upsert_departments(uow, depts, counts)
        current = {
            m.impl_code: m
            for m in s.scalars(
                select(Matter)
                .where(Matter.is_current)
                .options(selectinload(Matter.materials), selectinload(Matter.legal_bases),
                         selectinload(Matter.steps), selectinload(Matter.department))
            )
        }  # fmt: skip
        for rec in matters:
            _upsert_matter(uow, s, rec, current.get(rec["impl_code"]), by_code, counts, floor)
    return counts


def _upsert_departments(
    uow: Any, depts: list[dict[str, Any]], counts: dict[str, int]
) -> dict[str, Department]:
    s: Session = uow.session
    existing = {d.code: d for d in s.scalars(select(Department))}
    for d in depts:
        row = existing.get(d["code"])
        values = {k: d.get(k) for k in DEPT_FIELDS if d.get(k) is not None}
        if row is None:
            row = Department(**values)
            s.add(row)
            s.flush()
            existing[d["code"]] = row
            uow.record("department.add", "department", row.id, after=values, row=row)
            counts["departments"] += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            before = {k: getattr(row, k) for k in values}
            for k, v in values.items():
                setattr(row, k, v)
            uow.record("department.update", "department", row.id, before=before, after=values,
                       row=row)  # fmt: skip
            counts["departments"] += 1
    return existing


def _unordered_bases(content: dict[str, Any]) -> dict[str, Any]:
    """The content with its legal bases in a fixed order: the relationship has no order of
    its own (PostgreSQL returns the rows as it finds them, so the same catalog read back in
    another order looked changed), and screens sort them by rank anyway."""
    key = lambda b: tuple(str(b[k] or "") for k in sorted(b))  # noqa: E731
    return {**content, "legal_bases": sorted(content["legal_bases"], key=key)}


def _upsert_matter(uow: Any, s: Session, rec: dict[str, Any], old: Matter | None,
                   depts: dict[str, Department], counts: dict[str, int],
                   floor: int = 1) -> None:  # fmt: skip
    new_content = _content(rec)
    if old is not None:
        old_content = _content(matter_to_record(old, old.department.code))
        if _unordered_bases(old_content) == _unordered_bases(new_content):
            counts["unchanged"] += 1
            return
        old.is_current = False
        old.valid_to = utcnow()
        uow.carry(old)
    version = max(old.version + 1 if old else 1, floor)  # floor: app/sync/ownership.py
    m = _build_matter(new_content, rec["impl_code"], version, depts[rec["department"]])
    m.id = uuid7()  # known before the flush, so the whole import flushes once at commit
    s.add(m)
    uow.record(
        "matter.version" if old else "matter.add",
        "matter",
        m.id,
        before={"impl_code": old.impl_code, "version": old.version} if old else None,
        after={"impl_code": m.impl_code, "version": version, "name": m.name},
        row=m,
    )
    for part in (*m.materials, *m.legal_bases, *m.steps):  # rebuilt with the matter
        uow.carry(part)
    counts["changed" if old else "added"] += 1


# ---- export --------------------------------------------------------------------------------


def export_catalog(store: Store) -> dict[str, Any]:
    with store.read() as s:
        depts = s.scalars(select(Department).order_by(Department.code)).all()
        matters = s.scalars(
            select(Matter)
            .where(Matter.is_current)
            .order_by(Matter.impl_code)
            .options(selectinload(Matter.materials), selectinload(Matter.legal_bases),
                     selectinload(Matter.steps), selectinload(Matter.department))
        ).all()  # fmt: skip
        return {
            "format": FORMAT,
            "version": 1,
            "departments": [{k: getattr(d, k) for k in DEPT_FIELDS} for d in depts],
            "matters": [matter_to_record(m, m.department.code) for m in matters],
        }


def write_catalog_file(data: dict[str, Any], path: str | Path) -> Path:
    p = Path(path)
    if p.suffix.lower() == ".json":
        p.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    elif p.suffix.lower() == ".xlsx":
        from app.catalog_xlsx import write_xlsx

        write_xlsx(data, p)
    else:
        raise InvalidInput(f"不支持的文件类型“{p.suffix}”，请使用 .json 或 .xlsx")
    return p
