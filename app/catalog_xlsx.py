"""The catalog as a workbook a department clerk can edit in WPS or Excel: one sheet per record
kind, Chinese headers, list fields as comma-separated text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from app.errors import InvalidInput

DEPT_COLS = [("code", "部门编码"), ("name", "部门名称"), ("uscc", "统一社会信用代码"),
             ("level", "行使层级"), ("nature", "实施主体性质"), ("phone", "电话")]  # fmt: skip
MATTER_COLS = [
    ("impl_code", "实施编码"), ("basic_code", "基本编码"), ("handle_item_code", "业务办理项编码"),
    ("name", "事项名称"), ("short_name", "简称"), ("department", "部门编码"),
    ("matter_type", "事项类型代码"), ("case_type", "办件类型"), ("exercise_level", "行使层级"),
    ("service_objects", "服务对象"), ("handle_forms", "办理形式"),
    ("legal_limit.value", "法定时限"), ("legal_limit.unit", "法定时限单位"),
    ("legal_limit.note", "法定时限说明"), ("promise_limit.value", "承诺时限"),
    ("promise_limit.unit", "承诺时限单位"), ("promise_limit.note", "承诺时限说明"),
    ("conditions", "受理条件"), ("result_name", "结果名称"), ("fee.charged", "是否收费"),
    ("fee.items", "收费项目"), ("fee.basis", "收费依据"), ("place", "办理地点"),
    ("hours", "办理时间"), ("consult_phone", "咨询电话"), ("supervise_phone", "监督电话"),
    ("visits_required", "到现场次数"), ("online", "网上办理"), ("appointment", "支持预约"),
    ("express", "支持快递"), ("confidential", "涉密"), ("keywords", "关键词"),
]  # fmt: skip
MATERIAL_COLS = [("impl_code", "实施编码"), ("name", "材料名称"), ("originals", "原件份数"),
                 ("copies", "复印件份数"), ("medium", "介质"), ("necessity", "必要性"),
                 ("issuer", "出具单位"), ("notes", "备注")]  # fmt: skip
BASIS_COLS = [("impl_code", "实施编码"), ("role", "依据类别"), ("rank", "效力层级"),
              ("issuer_level", "制定机关层级"), ("title", "名称"), ("doc_no", "文号"),
              ("article", "条款"), ("effective_date", "施行日期")]  # fmt: skip
STEP_COLS = [("impl_code", "实施编码"), ("name", "环节名称"), ("post", "岗位"),
             ("limit_days", "环节时限")]  # fmt: skip
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
        return str(value).strip() in ("是", "1", "True", "true", "Y")
    if key in INT_FIELDS or field in INT_FIELDS:
        if value in (None, ""):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise InvalidInput(f"{where}应为整数，实际为“{value}”") from None
    return "" if value is None else str(value)


def _set(rec: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    for p in parts[:-1]:
        rec = rec.setdefault(p, {})
    rec[parts[-1]] = value


def read_xlsx(path: Path) -> dict[str, Any]:
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise InvalidInput(f"无法读取 {path.name}：{exc}") from None
    sheets: dict[str, list[dict[str, Any]]] = {}
    for title, cols in SHEETS:
        if title not in wb.sheetnames:
            raise InvalidInput(f"{path.name} 缺少工作表“{title}”")
        ws = wb[title]
        rows = list(ws.iter_rows(values_only=True))
        header = [str(h or "").strip() for h in rows[0]] if rows else []
        index = {}
        for key, label in cols:
            if label not in header:
                raise InvalidInput(f"工作表“{title}”缺少列“{label}”")
            index[key] = header.index(label)
        out = []
        for n, row in enumerate(rows[1:], 2):
            if not any(v not in (None, "") for v in row):
                continue
            rec: dict[str, Any] = {}
            for key, label in cols:
                _set(rec, key, _parse(key, row[index[key]], f"工作表“{title}”第{n}行“{label}”"))
            out.append(rec)
        sheets[title] = out
    matters = {m["impl_code"]: {**m, "materials": [], "legal_bases": [], "steps": []}
               for m in sheets["事项"]}  # fmt: skip
    for sheet, key in (("材料", "materials"), ("依据", "legal_bases"), ("环节", "steps")):
        for rec in sheets[sheet]:
            code = rec.pop("impl_code")
            if code not in matters:
                raise InvalidInput(f"工作表“{sheet}”中的实施编码 {code} 在“事项”表中不存在")
            if key == "legal_bases" and not rec.get("effective_date"):
                rec["effective_date"] = None
            matters[code][key].append(rec)
    for m in matters.values():
        m["handle_item_code"] = m.get("handle_item_code") or None
    return {"format": "yichuang-catalog", "version": 1, "departments": sheets["部门"],
            "matters": list(matters.values())}  # fmt: skip
