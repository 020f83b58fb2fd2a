"""The catalog's records (department, matter, material, legal basis, fee, step), read alike
from JSON and from the workbook, and the one place their fields and Chinese labels are listed.

``validate_catalog`` checks a whole file and reports every problem with the file, sheet, row
and field; nothing is imported unless the whole file is valid."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, ValidationError

from app.catalog import RANK_TIER
from app.errors import InvalidInput
from app.identity import parse_uscc
from app.schemas.base import Date, Phone, Record, reason, text, whole

FORMAT = "yichuang-catalog"
MAX_REPORTED = 20  # problems listed in one message; the count says how many more


def _uscc(value: str) -> str:
    try:
        return parse_uscc(value)  # upper case, no spaces
    except InvalidInput as exc:
        raise ValueError(exc.message) from None


Code = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.\-]+$")]
Rank = Literal[tuple(RANK_TIER)]  # type: ignore[valid-type]


class Department(Record):
    code: Code
    name: text(100, min_length=1)  # type: ignore[valid-type]
    uscc: Annotated[str, AfterValidator(_uscc)]
    level: whole(1, 6) = 4  # type: ignore[valid-type]  # GB/T 39046 A.2
    nature: whole(1, 9) = 1  # type: ignore[valid-type]  # A.3
    phone: Phone = ""


class Limit(Record):
    value: whole(0, 3650) = 0  # type: ignore[valid-type]
    unit: Literal["W", "N"] = "W"
    note: text(2000) = ""  # type: ignore[valid-type]


class FeeItem(Record):
    name: text(200, min_length=1)  # type: ignore[valid-type]
    amount: text(100) = ""  # type: ignore[valid-type]


class Fee(Record):
    charged: bool = False
    items: Annotated[list[FeeItem], Field(max_length=50)] = []
    basis: text(2000) = ""  # type: ignore[valid-type]


class Material(Record):
    name: text(300, min_length=1)  # type: ignore[valid-type]
    originals: whole(0, 99) = 1  # type: ignore[valid-type]
    copies: whole(0, 99) = 0  # type: ignore[valid-type]
    medium: Literal["paper", "electronic", "both"] = "paper"
    necessity: Literal["required", "optional", "deferrable"] = "required"
    issuer: text(200) = ""  # type: ignore[valid-type]
    notes: text(2000) = ""  # type: ignore[valid-type]


class LegalBasis(Record):
    role: Literal["设定", "实施", "收费"]
    rank: Rank  # type: ignore[valid-type]
    issuer_level: whole(1, 6) = 1  # type: ignore[valid-type]
    title: Annotated[text(300, min_length=1), AfterValidator(lambda t: t.strip("《》"))]  # type: ignore[valid-type]
    doc_no: text(100) = ""  # type: ignore[valid-type]
    article: text(200) = ""  # type: ignore[valid-type]
    effective_date: Date = None


class Step(Record):
    name: text(50, min_length=1)  # type: ignore[valid-type]
    post: text(100) = ""  # type: ignore[valid-type]
    limit_days: whole(0, 3650) | None = None  # type: ignore[valid-type]


Small = whole(1, 9)


class Matter(Record):
    impl_code: text(50, min_length=1)  # type: ignore[valid-type]
    basic_code: text(50) = ""  # type: ignore[valid-type]
    handle_item_code: text(50) | None = None  # type: ignore[valid-type]
    name: text(200, min_length=1)  # type: ignore[valid-type]
    short_name: text(100) = ""  # type: ignore[valid-type]
    department: Code
    matter_type: Annotated[str, Field(pattern=r"^\d{2}$")]
    case_type: Literal[1, 2] = 2
    exercise_level: whole(1, 6) = 4  # type: ignore[valid-type]
    service_objects: Annotated[list[Small], Field(max_length=20)] = []  # type: ignore[valid-type]
    handle_forms: Annotated[list[Small], Field(max_length=20)] = []  # type: ignore[valid-type]
    legal_limit: Limit = Limit()
    promise_limit: Limit = Limit()
    conditions: text(5000) = ""  # type: ignore[valid-type]
    result_name: text(200) = ""  # type: ignore[valid-type]
    fee: Fee = Fee()
    place: text(300) = ""  # type: ignore[valid-type]
    hours: text(300) = ""  # type: ignore[valid-type]
    consult_phone: Annotated[Phone, Field(max_length=100)] = ""
    supervise_phone: Annotated[Phone, Field(max_length=100)] = ""
    visits_required: whole(0, 9) = 1  # type: ignore[valid-type]
    online: bool = False
    appointment: bool = False
    express: bool = False
    confidential: bool = False
    keywords: Annotated[list[text(50, min_length=1)], Field(max_length=50)] = []  # type: ignore[valid-type]
    materials: Annotated[list[Material], Field(max_length=200)] = []
    legal_bases: Annotated[list[LegalBasis], Field(max_length=100)] = []
    steps: Annotated[list[Step], Field(max_length=50)] = []


class CatalogFile(BaseModel):
    format: Literal["yichuang-catalog"]
    version: int = 1
    departments: Annotated[list[Department], Field(max_length=1000)] = []
    matters: Annotated[list[Matter], Field(max_length=100_000)] = []


# The matter's own columns, in the order files list them (catalog_io and catalog_xlsx use it).
MATTER_NESTED = {"impl_code", "department", "legal_limit", "promise_limit", "fee", "materials",
                 "legal_bases", "steps"}  # fmt: skip
MATTER_FIELDS = [k for k in Matter.model_fields if k not in MATTER_NESTED]
DEPT_FIELDS = tuple(Department.model_fields)

# Chinese labels: the workbook's column headers and the field names in messages.
LABELS: dict[str, dict[str, str]] = {
    "departments": {"code": "部门编码", "name": "部门名称", "uscc": "统一社会信用代码",
                    "level": "行使层级", "nature": "实施主体性质", "phone": "电话"},
    "matters": {
        "impl_code": "实施编码", "basic_code": "基本编码", "handle_item_code": "业务办理项编码",
        "name": "事项名称", "short_name": "简称", "department": "部门编码",
        "matter_type": "事项类型代码", "case_type": "办件类型", "exercise_level": "行使层级",
        "service_objects": "服务对象", "handle_forms": "办理形式",
        "legal_limit.value": "法定时限", "legal_limit.unit": "法定时限单位",
        "legal_limit.note": "法定时限说明", "promise_limit.value": "承诺时限",
        "promise_limit.unit": "承诺时限单位", "promise_limit.note": "承诺时限说明",
        "conditions": "受理条件", "result_name": "结果名称", "fee.charged": "是否收费",
        "fee.items": "收费项目", "fee.basis": "收费依据", "place": "办理地点",
        "hours": "办理时间", "consult_phone": "咨询电话", "supervise_phone": "监督电话",
        "visits_required": "到现场次数", "online": "网上办理", "appointment": "支持预约",
        "express": "支持快递", "confidential": "涉密", "keywords": "关键词",
        "legal_limit": "法定时限", "promise_limit": "承诺时限", "fee": "收费",
        "materials": "材料", "legal_bases": "依据", "steps": "环节",
    },
    "materials": {"impl_code": "实施编码", "name": "材料名称", "originals": "原件份数",
                  "copies": "复印件份数", "medium": "介质", "necessity": "必要性",
                  "issuer": "出具单位", "notes": "备注"},
    "legal_bases": {"impl_code": "实施编码", "role": "依据类别", "rank": "效力层级",
                    "issuer_level": "制定机关层级", "title": "名称", "doc_no": "文号",
                    "article": "条款", "effective_date": "施行日期"},
    "steps": {"impl_code": "实施编码", "name": "环节名称", "post": "岗位",
              "limit_days": "环节时限"},
    "": {"format": "format", "version": "version", "departments": "部门清单",
         "matters": "事项清单"},
}  # fmt: skip
SHEET_OF = {"departments": "部门", "matters": "事项", "materials": "材料", "legal_bases": "依据",
            "steps": "环节"}  # fmt: skip
_NOUN = {"departments": "第{n}个部门", "matters": "第{n}个事项", "materials": "第{n}项材料",
         "legal_bases": "第{n}条依据", "steps": "第{n}个环节"}  # fmt: skip

#: Key under which the workbook reader leaves (sheet, row) in each record it made.
ORIGIN = "_origin"


def _pop_origins(data: Any, origins: dict[int, tuple[str, int]]) -> None:
    if isinstance(data, dict):
        origin = data.pop(ORIGIN, None)
        if origin is not None:
            origins[id(data)] = origin
        for v in data.values():
            _pop_origins(v, origins)
    elif isinstance(data, list):
        for v in data:
            _pop_origins(v, origins)


class _Places:
    """Turns an error location inside the file into Chinese: file, sheet and row (workbook) or
    the record's position (JSON), then the field's label."""

    def __init__(self, source: str, data: Any, origins: dict[int, tuple[str, int]]) -> None:
        self.source, self.data, self.origins = source, data, origins

    def __call__(self, loc: tuple[Any, ...]) -> str:
        node: Any = self.data
        kind, where = "", ""
        field: list[Any] = []
        parts = list(loc)
        while parts:
            key = parts.pop(0)
            if key in _NOUN and parts and isinstance(parts[0], int):
                idx = parts.pop(0)
                child = _index(_index(node, key), idx)
                origin = self.origins.get(id(child))
                if origin is not None:
                    where = f"工作表“{origin[0]}”第{origin[1]}行"
                else:
                    name = ""
                    if isinstance(child, dict):
                        ident = child.get("impl_code") or child.get("code") or child.get("name")
                        name = f"（{str(ident)[:40]}）" if isinstance(ident, str) and ident else ""
                    prefix = "" if key in ("departments", "matters") else where
                    where = prefix + _NOUN[key].format(n=idx + 1) + name
                kind, node, field = key, child, []
                continue
            node = _index(node, key)
            field.append(key)
        dotted = ".".join(str(f) for f in field if not isinstance(f, int))
        labels = LABELS.get(kind, {})
        label = labels.get(dotted) or labels.get(dotted.rsplit(".", 1)[0]) or dotted
        nth = [f for f in field if isinstance(f, int)]
        if nth:
            label += f"（第{nth[0] + 1}项）"
        label_text = f"“{label}”" if label else ""
        return f"{self.source}：{where}{label_text}"


def _index(node: Any, key: Any) -> Any:
    try:
        return node[key]
    except (KeyError, IndexError, TypeError):
        return None


def validate_catalog(data: Any, source: str) -> CatalogFile:
    """The whole file checked against the schema and across records (department codes known,
    no duplicate codes, promise within the legal limit). Raises InvalidInput listing every
    problem, each with the file, sheet/row (or record) and field."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput(f"{source} 不是一窗事项目录文件（缺少 format: {FORMAT}）")
    origins: dict[int, tuple[str, int]] = {}
    _pop_origins(data, origins)
    places = _Places(source, data, origins)
    problems: list[str] = []
    try:
        catalog = CatalogFile.model_validate(data)
    except ValidationError as exc:
        problems = [f"{places(tuple(e['loc']))}：{reason(e)}" for e in exc.errors()]
        raise InvalidInput(_summary(source, problems)) from None
    seen: dict[str, int] = {}
    for i, d in enumerate(catalog.departments):
        if d.code in seen:
            problems.append(f"{places(('departments', i, 'code'))}：部门编码 {d.code} 与"
                            f"第{seen[d.code] + 1}个部门重复")  # fmt: skip
        seen.setdefault(d.code, i)
    impl: dict[str, int] = {}
    for i, m in enumerate(catalog.matters):
        if m.department not in seen:
            problems.append(f"{places(('matters', i, 'department'))}：部门“{m.department}”"
                            "不在部门清单中")  # fmt: skip
        if m.impl_code in impl:
            problems.append(f"{places(('matters', i, 'impl_code'))}：实施编码 {m.impl_code} "
                            f"与第{impl[m.impl_code] + 1}个事项重复")  # fmt: skip
        impl.setdefault(m.impl_code, i)
        legal, promise = m.legal_limit.value, m.promise_limit.value
        if legal and promise > legal:
            problems.append(f"{places(('matters', i, 'promise_limit', 'value'))}："
                            f"承诺时限（{promise}）不能超过法定时限（{legal}）")  # fmt: skip
    if problems:
        raise InvalidInput(_summary(source, problems))
    return catalog


def _summary(source: str, problems: list[str]) -> str:
    head = f"{source} 有 {len(problems)} 处错误，没有导入任何内容：\n"
    shown = problems[:MAX_REPORTED]
    more = len(problems) - len(shown)
    return head + "\n".join(shown) + (f"\n……另有 {more} 处错误未列出" if more else "")
