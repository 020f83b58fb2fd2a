"""A complaint (投诉) as typed at a window, on the phone or at the lookup screen, checked field
by field so every problem is named at once in Chinese (GB/T 39046 table 10)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationError

from app.schemas.base import Phone, Record, reason, text, whole

Channel = Literal["window", "lookup", "phone"]
LABELS = {
    "channel": "投诉渠道", "complainant_name": "投诉人姓名", "complainant_phone": "联系电话",
    "case_no": "办件编号", "window_no": "窗口号", "target_staff": "被投诉人",
    "content": "投诉内容",
}  # fmt: skip


class ComplaintRecord(Record):
    channel: Channel
    complainant_name: text(50, min_length=1)  # type: ignore[valid-type]
    complainant_phone: Annotated[Phone, Field(min_length=1)]
    case_no: Annotated[str, Field(max_length=50)] = ""
    window_no: whole(1, 999) | None = None  # type: ignore[valid-type]
    target_staff: text(60) = ""  # type: ignore[valid-type]
    content: text(2000, min_length=5)  # type: ignore[valid-type]


def field_errors(exc: ValidationError) -> dict[str, str]:
    """Field name → “标签：原因”, one per field (the first problem of each)."""
    out: dict[str, str] = {}
    for e in exc.errors():
        name = str(e["loc"][0]) if e["loc"] else ""
        why = reason(e)
        if name == "content" and e["type"] == "string_too_short":
            why = "请写清投诉的事情（至少 5 个字）"
        if name == "complainant_phone" and e["type"] == "string_too_short":
            why = "请填写，以便答复时联系您"
        out.setdefault(name, f"{LABELS.get(name, name)}：{why}")
    return out
