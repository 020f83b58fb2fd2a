"""The hall and staff records, as the command line and the demo files give them."""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

from pydantic import Field, ValidationError

from app.errors import InvalidInput
from app.schemas.base import Phone, Record, reason, text, whole

T = TypeVar("T", bound=Record)
Role = Literal["clerk", "supervisor", "admin"]
LABELS = {
    "work_no": "工号", "name": "姓名", "roles": "角色", "department": "部门编码",
    "window_no": "窗口号", "password": "密码", "code": "大厅编码", "region_code": "行政区划代码",
    "address": "地址", "phone": "电话", "supervise_phone": "监督电话", "hours": "办公时间",
}  # fmt: skip


class StaffRecord(Record):
    work_no: Annotated[str, Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9_-]+$")]
    name: text(50, min_length=1)  # type: ignore[valid-type]
    roles: Annotated[list[Role], Field(min_length=1, max_length=3)]
    department: Annotated[str, Field(max_length=40)] | None = None
    window_no: whole(1, 999) | None = None  # type: ignore[valid-type]


class Password(Record):
    password: Annotated[str, Field(min_length=6, max_length=200)]


class HallRecord(Record):
    code: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.\-]+$")]
    name: text(100, min_length=1)  # type: ignore[valid-type]
    region_code: Annotated[str, Field(pattern=r"^\d{6}(\d{6})?$")]
    address: text(200) = ""  # type: ignore[valid-type]
    phone: Phone = ""
    supervise_phone: Phone = ""
    hours: text(200) = ""  # type: ignore[valid-type]


def checked(model: type[T], source: str = "", **values: object) -> T:
    """``model`` built from ``values``, or InvalidInput naming each field in Chinese."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problems = []
        for e in exc.errors():
            field = str(e["loc"][0]) if e["loc"] else ""
            problems.append(f"“{LABELS.get(field, field)}”{_roles_hint(field)}：{reason(e)}")
        prefix = f"{source}：" if source else ""
        raise InvalidInput(prefix + "；".join(problems)) from None


def _roles_hint(field: str) -> str:
    return "（可选 clerk 窗口人员、supervisor 主管、admin 管理员）" if field == "roles" else ""
