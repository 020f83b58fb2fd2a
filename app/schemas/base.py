"""Shared field types and the Chinese wording of validation errors."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import ErrorDetails


class Record(BaseModel):
    """A record read from outside: unknown fields are refused (a misspelt column must not be
    silently dropped), text is stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _plain_text(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("含有无法识别的字符（不是 UTF-8 编码的文字）") from None
    for ch in value:
        if unicodedata.category(ch) == "Cc" and ch not in "\n\t":
            raise ValueError(f"含有不可见的控制字符（U+{ord(ch):04X}）")
    return value


def text(max_length: int, *, min_length: int = 0) -> Any:
    """A text field of at most ``max_length`` characters, without control characters."""
    return Annotated[
        str, Field(min_length=min_length, max_length=max_length), AfterValidator(_plain_text)
    ]


def whole(lo: int, hi: int) -> Any:
    """An integer in [lo, hi]: 2.7 or "两" are refused, never rounded or guessed."""
    return Annotated[int, Field(ge=lo, le=hi)]


_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"(0\d{2,3}-?)?\d{5,8}(-\d{1,6})?")  # 5 digits: 12345-style hotlines
_SERVICE = re.compile(r"[48]00-?\d{3}-?\d{4}")
_PHONE_SPLIT = re.compile(r"[、,，;；/\s]+")


def check_phone(value: str) -> str:
    """Empty, or one or more Chinese phone numbers (mobile, landline with area code and
    extension, 12345-style hotline, 400/800), separated by 、 or commas."""
    value = value.strip()
    if not value:
        return value
    for part in _PHONE_SPLIT.split(value):
        if part and not (
            _MOBILE.fullmatch(part) or _LANDLINE.fullmatch(part) or _SERVICE.fullmatch(part)
        ):
            raise ValueError(
                f"“{part[:30]}”不是有效的电话号码（手机 11 位，座机如 0839-7212315，热线如 12345）"
            )
    return value


Phone = Annotated[str, Field(max_length=40), AfterValidator(check_phone)]


def _to_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):  # a date cell in a workbook
        return value.date()
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value[:10] if len(value) > 10 else value)
        except ValueError:
            raise ValueError(f"“{value[:30]}”不是有效日期（应写成 2026-02-13 这样的格式）") from None
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("应为日期（如 2026-02-13），不能是数字")
    return value


Date = Annotated[dt.date | None, BeforeValidator(_to_date)]


def reason(err: ErrorDetails) -> str:
    """A pydantic error in Chinese."""
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", err["msg"])).removeprefix("Value error, ")
    messages = {
        "missing": "缺少必填项",
        "extra_forbidden": "不认识的字段（请检查拼写）",
        "string_type": "应为文字",
        "string_unicode": "含有无法识别的字符（不是 UTF-8 编码的文字）",
        "string_too_short": "不能为空",
        "string_too_long": f"太长：最多 {ctx.get('max_length')} 个字",
        "int_type": "应为整数",
        "int_parsing": "应为整数",
        "int_from_float": "应为整数，不能有小数",
        "int_parsing_size": "数值过大",
        "greater_than_equal": f"不能小于 {ctx.get('ge')}",
        "less_than_equal": f"不能大于 {ctx.get('le')}",
        "bool_type": "应为 是/否",
        "bool_parsing": "应为 是/否",
        "list_type": "应为列表（JSON 数组），不能是单个文字或数字",
        "dict_type": "应为对象（JSON 中用 { } 括起的字段）",
        "model_type": "应为对象（JSON 中用 { } 括起的字段）",
        "model_attributes_type": "应为对象（JSON 中用 { } 括起的字段）",
        "literal_error": f"“{str(err.get('input'))[:30]}”无效，应为以下之一："
        + str(ctx.get("expected", "")).replace("'", "").replace(" or ", "、").replace(", ", "、"),
        "date_type": "应为日期（如 2026-02-13）",
        "date_parsing": "不是有效日期（应写成 2026-02-13 这样的格式）",
        "date_from_datetime_parsing": "不是有效日期（应写成 2026-02-13 这样的格式）",
        "string_pattern_mismatch": "格式不正确",
        "too_short": "至少需要一项",
        "too_long": f"太多：最多 {ctx.get('max_length')} 项",
        "recursion_loop": "嵌套过深",
    }
    return messages.get(kind, "内容无效")
