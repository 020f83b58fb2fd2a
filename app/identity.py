"""Checks for what applicants type or read at the window: resident ID, USCC, phone numbers.

Every ``parse_*`` function returns the normalised value or raises
:class:`app.errors.InvalidInput` whose Chinese message says which part is wrong, so the clerk can
correct it without guessing. Masking helpers are for receipts, screens and logs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from app.errors import InvalidInput

__all__ = [
    "ResidentId",
    "age_on",
    "convert_legacy_id",
    "is_valid_resident_id",
    "mask_name",
    "mask_phone",
    "mask_resident_id",
    "parse_landline",
    "parse_mobile",
    "parse_phone",
    "parse_resident_id",
    "parse_uscc",
    "resident_id_check_char",
    "uscc_check_char",
    "uscc_org_code_warning",
]


def _clean(text: str) -> str:
    # NFKC turns full-width digits and letters typed with a Chinese IME (１２３ｘ) into ASCII.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# --- Resident ID, GB 11643-1999 -------------------------------------------------------------

_RID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RID_CHECK = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class ResidentId:
    number: str  # 18 characters, check character upper-case
    area_code: str  # positions 1-6; may be an abolished code, which stays valid for life
    birth_date: date
    sex: str  # "男" or "女" (odd sequence = male)
    sequence: str  # positions 15-17, kept as text to keep leading zeros


def resident_id_check_char(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _RID_WEIGHTS, strict=True))
    return _RID_CHECK[total % 11]


def _birth_date(digits: str, *, today: date) -> date:
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidInput(f"出生日期{digits}不是有效日期") from None
    if born > today:
        raise InvalidInput(f"出生日期不能晚于今天（号码中为{digits}）")
    if born < _EARLIEST_BIRTH:
        raise InvalidInput(f"出生日期{digits}早于1900年，不是有效的身份证号码")
    return born


def parse_resident_id(text: str, *, today: date | None = None) -> ResidentId:
    """Validate an 18-character resident ID number and split it into its parts.

    The area code is deliberately not checked against a code list: GB 11643 assigns it by
    residence when the number was issued, so abolished or later-created codes are genuine.
    """
    today = today or date.today()
    number = _clean(text).upper()
    if not number:
        raise InvalidInput("请输入身份证号码")
    if len(number) != 18:
        hint = "（这是旧版15位号码，请核对证件上的18位号码）" if len(number) == 15 else ""
        raise InvalidInput(f"身份证号码应为18位，现为{len(number)}位{hint}")
    for pos, char in enumerate(number[:17], start=1):
        if not ("0" <= char <= "9"):
            raise InvalidInput(f"身份证号码第{pos}位应为数字，输入为“{char}”")
    last = number[17]
    if not ("0" <= last <= "9" or last == "X"):
        raise InvalidInput(f"身份证号码第18位应为数字或X，输入为“{last}”")
    born = _birth_date(number[6:14], today=today)
    expected = resident_id_check_char(number[:17])
    if expected != last:
        raise InvalidInput(
            f"身份证号码第18位校验码应为{expected}，输入为{last}，号码中可能有输错的位，请逐位核对"
        )
    sequence = number[14:17]
    return ResidentId(
        number=number,
        area_code=number[:6],
        birth_date=born,
        sex="男" if int(sequence) % 2 == 1 else "女",
        sequence=sequence,
    )


def is_valid_resident_id(text: str) -> bool:
    try:
        parse_resident_id(text)
    except InvalidInput:
        return False
    return True


def age_on(rid: ResidentId, day: date) -> int:
    """Completed years (周岁) on ``day``; the birthday itself counts as reached.

    Someone born on 29 February reaches the next age on 1 March in common years.
    """
    born = rid.birth_date
    if day < born:
        raise InvalidInput(f"日期{day.isoformat()}早于出生日期{born.isoformat()}")
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def convert_legacy_id(text: str) -> str:
    """Turn a 15-digit pre-1999 number into its 18-character form (insert "19", add check)."""
    old = _clean(text)
    if len(old) != 15 or not old.isascii() or not old.isdigit():
        raise InvalidInput(f"旧版身份证号码应为15位数字，现为{len(old)}位")
    first17 = old[:6] + "19" + old[6:]
    _birth_date(first17[6:14], today=date.today())
    return first17 + resident_id_check_char(first17)


# --- Unified social credit code, GB 32100-2015 ----------------------------------------------
# Own implementation on purpose: python-stdnum's cn.uscc demands digits in positions 1-8 and so
# rejects genuine codes whose registration department or category is a letter (N…, Y1…).

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check_char(first17: str) -> str:
    """GB 32100 check character for the first 17 characters (all from the 31-char set)."""
    total = sum(_USCC_VALUE[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def parse_uscc(text: str) -> str:
    """Validate a 统一社会信用代码 and return it upper-case without spaces."""
    code = _clean(text).upper()
    if not code:
        raise InvalidInput("请输入统一社会信用代码")
    if len(code) != 18:
        raise InvalidInput(f"统一社会信用代码应为18位，现为{len(code)}位")
    for char in code:
        if char in "IOSVZ":
            raise InvalidInput(f"统一社会信用代码含非法字符“{char}”（不使用I、O、S、V、Z）")
        if char not in _USCC_VALUE:
            raise InvalidInput(f"统一社会信用代码含非法字符“{char}”（只能是数字和大写字母）")
    for pos in range(3, 9):
        if not code[pos - 1].isdigit():
            raise InvalidInput(
                f"统一社会信用代码第3–8位是行政区划码，应为数字，第{pos}位为“{code[pos - 1]}”"
            )
    expected = uscc_check_char(code[:17])
    if expected != code[17]:
        raise InvalidInput(f"统一社会信用代码校验码应为{expected}，输入为{code[17]}，请逐位核对")
    return code


def uscc_org_code_warning(code: str) -> str | None:
    """Check positions 9-17 as a GB 11714 organisation code; a message if it does not fit.

    Only a warning: some registration authorities issued codes that deviate, and the GB 32100
    check character already protects against typing errors.
    """
    code = parse_uscc(code)
    body, given = code[8:16], code[16]
    total = sum(
        (int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w
        for c, w in zip(body, _ORG_WEIGHTS, strict=True)
    )
    value = 11 - total % 11
    expected = {10: "X", 11: "0"}.get(value, str(value))
    if expected == given:
        return None
    return (
        f"统一社会信用代码第9–17位（组织机构代码）校验位按GB 11714应为{expected}，实为{given}，"
        "请与营业执照或登记证书核对"
    )


# --- Phone numbers --------------------------------------------------------------------------

_MOBILE_MSG = "手机号码应为以1开头的11位数字"
_EXTENSION = re.compile(r"(?:转|分机|ext\.?|x|#|,)(\d{1,6})$", re.IGNORECASE)


def _strip_country(text: str) -> tuple[str, bool]:
    """Remove +86 / 0086 / 86; the flag says whether a country code was there."""
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            return text[len(prefix) :], True
    if text.startswith("86") and len(text) == 13:
        return text[2:], True
    return text, False


def parse_mobile(text: str) -> str:
    """Return the 11 digits of a mainland mobile number."""
    raw = re.sub(r"[\s\-()（）]", "", _clean(text))
    digits, _ = _strip_country(raw)
    if not digits:
        raise InvalidInput("请输入手机号码")
    if not digits.isascii() or not digits.isdigit():
        raise InvalidInput(f"{_MOBILE_MSG}，输入中含有非数字字符")
    if len(digits) != 11:
        raise InvalidInput(f"{_MOBILE_MSG}，现为{len(digits)}位")
    if digits[0] != "1":
        raise InvalidInput(f"{_MOBILE_MSG}，输入以{digits[0]}开头")
    if digits[1] not in "3456789":
        raise InvalidInput(f"{_MOBILE_MSG}，第2位应为3–9，输入为{digits[1]}")
    return digits


def parse_landline(text: str) -> str:
    """Return a fixed-line number as "0591-87654321", with "转123" for an extension."""
    raw = _clean(text)
    raw = re.sub(r"^[(（](0\d{2,3})[)）]", r"\1-", raw)
    extension = ""
    match = _EXTENSION.search(raw)
    if match:
        extension, raw = match.group(1), raw[: match.start()]
    parts = [p for p in raw.split("-") if p]
    joined, had_country = _strip_country("".join(parts))
    if had_country and not joined.startswith("0"):
        joined = "0" + joined  # +86 591 … drops the trunk 0
    if len(parts) == 3 and not extension and len(parts[2]) <= 6 and len(parts[1]) >= 7:
        extension = parts[2]  # 0591-87654321-123
        joined = joined[: -len(extension)]
    if not joined.isascii() or not joined.isdigit():
        raise InvalidInput("固定电话只能包含数字、区号分隔符“-”和分机号")
    if not joined.startswith("0"):
        raise InvalidInput("固定电话请加区号，如0591-87654321")
    # Only 010 and 02x are three-digit area codes; every other code has four digits. This
    # splits numbers typed without a separator unambiguously.
    area_len = 3 if joined[1] in "12" else 4
    area, local = joined[:area_len], joined[area_len:]
    if not 7 <= len(local) <= 8:
        raise InvalidInput(f"固定电话号码（区号{area}之后）应为7–8位，现为{len(local)}位")
    if local[0] in "01":
        raise InvalidInput(f"固定电话号码（区号{area}之后）不能以{local[0]}开头")
    return f"{area}-{local}" + (f"转{extension}" if extension else "")


def parse_phone(text: str) -> str:
    """Accept a mobile or a fixed-line number; returns the normalised form of either."""
    raw = re.sub(r"[\s\-()（）]", "", _clean(text))
    digits, _ = _strip_country(raw)
    if not digits:
        raise InvalidInput("请输入联系电话")
    if digits.startswith("1"):
        return parse_mobile(text)
    if digits[0].isdigit():
        return parse_landline(text)
    raise InvalidInput("联系电话应为11位手机号码或带区号的固定电话（如0591-87654321）")


# --- Masking for receipts, screens and logs -------------------------------------------------


def mask_resident_id(number: str) -> str:
    """Keep the first 6 and last 4 characters: 110101********002X."""
    n = _clean(number).upper()
    if len(n) <= 10:
        return "*" * len(n)
    return n[:6] + "*" * (len(n) - 10) + n[-4:]


def mask_phone(number: str) -> str:
    """138****5678 for mobiles; 0591-****4321 for fixed lines (area code kept)."""
    n = _clean(number)
    if "-" in n:
        area, _, rest = n.partition("-")
        return f"{area}-{'*' * max(len(rest) - 4, 0)}{rest[-4:]}"
    if len(n) <= 7:
        return "*" * len(n)
    return n[:3] + "*" * (len(n) - 7) + n[-4:]


def mask_name(name: str) -> str:
    """张三丰 → 张*丰, 张三 → 张*, 欧阳娜娜 → 欧**娜."""
    n = name.strip()
    if len(n) <= 1:
        return "*" * len(n)
    if len(n) == 2:
        return n[0] + "*"
    return n[0] + "*" * (len(n) - 2) + n[-1]



# An organisation's name on a public screen: only its form (有限公司, 合作社, 小吃店 …) stays.
# Region words are not kept either: without a gazetteer 智慧城市科技 or 华为区块链 would pass
# for a city or district and show the trade name.
_ORG_FORMS = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "分公司", "公司",
    "专业合作社", "合作社", "个人独资企业", "合伙企业", "事务所", "研究院", "研究所",
    "中心", "协会", "商会", "学会", "基金会", "学校", "幼儿园", "医院", "诊所", "药房",
    "超市", "商行", "商店", "门市", "经营部", "工作室", "酒店", "饭店", "餐厅", "小吃店",
    "店", "厂", "场", "社", "部", "馆", "院", "所",
)  # fmt: skip


def mask_org_name(name: str) -> str:
    """青川县宏达食品有限公司 → 某某有限公司; 老张小吃店 → 某某小吃店; a name with no known
    form → 某某单位. A branch in brackets is dropped (it identifies too)."""
    n = re.sub(r"[（(][^）)]*[）)]$", "", name.strip())
    if not n:
        return ""
    form = next((f for f in _ORG_FORMS if n.endswith(f) and len(n) > len(f)), "")
    return f"某某{form or '单位'}"


def mask_party(kind: str, name: str) -> str:
    """A person's name as 张*丰, an organisation's as 某某有限公司 (public screens)."""
    return mask_org_name(name) if kind == "organisation" else mask_name(name)
