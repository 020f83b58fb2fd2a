"""The catalog as a workbook a department clerk can edit in WPS or Excel: one sheet per record
kind, Chinese headers, list fields as comma-separated text."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from app.errors import InvalidInput
from app.schemas.catalog import DEPT_FIELDS, LABELS, ORIGIN, LegalBasis, Material, Step

_MATTER_KEYS = ["impl_code", "basic_code", "handle_item_code", "name", "short_name", "department",
                "matter_type", "case_type", "exercise_level", "service_objects", "handle_forms",
                "legal_limit.value", "legal_limit.unit", "legal_limit.note", "promise_limit.value",
                "promise_limit.unit", "promise_limit.note", "conditions", "result_name",
                "fee.charged", "fee.items", "fee.basis", "place", "hours", "consult_phone",
                "supervise_phone", "visits_required", "online", "appointment", "express",
                "confidential", "keywords"]  # fmt: skip


def _cols(kind: str, keys: Any) -> list[tuple[str, str]]:
    """Columns of a sheet: the key and its Chinese header, both from the schema's labels."""
    return [(k, LABELS[kind][k]) for k in keys]


DEPT_COLS = _cols("departments", DEPT_FIELDS)
MATTER_COLS = _cols("matters", _MATTER_KEYS)
MATERIAL_COLS = _cols("materials", ["impl_code", *Material.model_fields])
BASIS_COLS = _cols("legal_bases", ["impl_code", *LegalBasis.model_fields])
STEP_COLS = _cols("steps", ["impl_code", *Step.model_fields])
SHEETS = [("部门", DEPT_COLS), ("事项", MATTER_COLS), ("材料", MATERIAL_COLS),
          ("依据", BASIS_COLS), ("环节", STEP_COLS)]  # fmt: skip
LIST_FIELDS = {"service_objects", "handle_forms", "keywords"}
BOOL_FIELDS = {"online", "appointment", "express", "confidential", "fee.charged"}
INT_FIELDS = {"case_type", "exercise_level", "legal_limit.value", "promise_limit.value",
              "visits_required", "originals", "copies", "issuer_level", "limit_days",
              "level", "nature"}  # fmt: skip


def _get(rec: dict[str, Any], key: str) -> Any:
    cur: Any = rec
    for part in key.split("."):
        cur = (cur or {}).get(part)
    if key == "fee.items":
        return "；".join(f"{i['name']}:{i['amount']}" for i in cur or [])
    if key.split(".")[-1] in LIST_FIELDS:
        return ",".join(str(x) for x in cur or [])
    if isinstance(cur, bool):
        return "是" if cur else "否"
    return cur


def write_xlsx(data: dict[str, Any], path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    rows_for = {
        "部门": data["departments"],
        "事项": data["matters"],
        "材料": [
            {"impl_code": m["impl_code"], **x} for m in data["matters"] for x in m["materials"]
        ],
        "依据": [
            {"impl_code": m["impl_code"], **b} for m in data["matters"] for b in m["legal_bases"]
        ],
        "环节": [{"impl_code": m["impl_code"], **s} for m in data["matters"] for s in m["steps"]],
    }
    for title, cols in SHEETS:
        ws = wb.create_sheet(title)
        ws.append([label for _, label in cols])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for rec in rows_for[title]:
            ws.append([_get(rec, key) for key, _ in cols])
    wb.save(path)


def _parse(key: str, value: Any, where: str) -> Any:
    field = key.split(".")[-1]
    if key == "fee.items":
        items = []
        for part in str(value or "").split("；"):
            if part.strip():
                name, _, amount = part.partition(":")
                items.append({"name": name.strip(), "amount": amount.strip()})
        return items
    if field in LIST_FIELDS:
        parts = [p.strip() for p in str(value or "").replace("，", ",").split(",") if p.strip()]
        return [int(p) if p.isdigit() and field != "keywords" else p for p in parts]
    if key in BOOL_FIELDS:
        word = str(value if value is not None else "").strip()
        if word in ("是", "1", "True", "true", "TRUE", "Y", "y"):
            return True
        if word in ("否", "0", "False", "false", "FALSE", "N", "n", ""):
            return False
        return word  # the schema says 应为 是/否
    if key in INT_FIELDS or field in INT_FIELDS:
        if value in (None, ""):
            return None
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value  # 2.7 or "两": the schema names the cell, never rounds or guesses
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone or code typed as a number: 12345.0 → "12345"
    return "" if value is None else str(value)


def _set(rec: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    for p in parts[:-1]:
        rec = rec.setdefault(p, {})
    rec[parts[-1]] = value


def _sheet_rows(ws: Any, path: Path, title: str) -> list[tuple[Any, ...]]:
    """All rows of a sheet as values. openpyxl turns a date cell with an impossible serial
    number into an error value with a warning, or fails with OverflowError: both are named."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            rows = list(ws.iter_rows(values_only=True))
        except (OverflowError, ValueError):
            raise InvalidInput(
                f"{path.name}：工作表“{title}”中有超出范围的日期（日期序号无效），"
                "请把日期改为如 2024-01-01 的形式"
            ) from None
    for w in caught:
        text = str(w.message)
        if "outside the limits for dates" in text:
            cell = re.match(r"Cell (\w+)", text)
            where = f"单元格 {cell.group(1)} " if cell else ""
            raise InvalidInput(
                f"{path.name}：工作表“{title}”{where}的日期超出范围（日期序号无效），"
                "请把日期改为如 2024-01-01 的形式"
            )
    return rows


def read_xlsx(path: Path) -> dict[str, Any]:
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise InvalidInput(
            f"无法读取 {path.name}：不是有效的 XLSX 工作簿（文件损坏，或不是用 WPS/Excel 保存的 .xlsx）"
        ) from None
    sheets: dict[str, list[dict[str, Any]]] = {}
    for title, cols in SHEETS:
        if title not in wb.sheetnames:
            raise InvalidInput(f"{path.name} 缺少工作表“{title}”")
        rows = _sheet_rows(wb[title], path, title)
        header = [str(h or "").strip() for h in rows[0]] if rows else []
        index = {}
        for key, label in cols:
            if label not in header:
                raise InvalidInput(f"{path.name}：工作表“{title}”缺少列“{label}”")
            index[key] = header.index(label)
        out = []
        for n, row in enumerate(rows[1:], 2):
            if not any(v not in (None, "") for v in row):
                continue
            rec: dict[str, Any] = {ORIGIN: (title, n)}
            for key, label in cols:
                cell = row[index[key]] if index[key] < len(row) else None
                _set(rec, key, _parse(key, cell, f"工作表“{title}”第{n}行“{label}”"))
            out.append(rec)
        sheets[title] = out
    listed = [{**m, "materials": [], "legal_bases": [], "steps": []} for m in sheets["事项"]]
    matters: dict[str, dict[str, Any]] = {}
    for m in listed:  # a repeated code stays in the list, for the schema to name both rows
        matters.setdefault(m["impl_code"], m)
    for sheet, key in (("材料", "materials"), ("依据", "legal_bases"), ("环节", "steps")):
        for rec in sheets[sheet]:
            code = rec.pop("impl_code")
            if code not in matters:
                _, n = rec[ORIGIN]
                raise InvalidInput(f"{path.name}：工作表“{sheet}”第{n}行“实施编码”：{code} "
                                   "在“事项”表中不存在")  # fmt: skip
            if key == "legal_bases" and not rec.get("effective_date"):
                rec["effective_date"] = None
            matters[code][key].append(rec)
    for m in listed:
        m["handle_item_code"] = m.get("handle_item_code") or None
    return {"format": "yichuang-catalog", "version": 1, "departments": sheets["部门"],
            "matters": listed}  # fmt: skip
