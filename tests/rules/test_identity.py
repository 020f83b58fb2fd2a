from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.identity import (
    ResidentId,
    age_on,
    convert_legacy_id,
    is_valid_resident_id,
    mask_name,
    mask_phone,
    mask_resident_id,
    parse_landline,
    parse_mobile,
    parse_phone,
    parse_resident_id,
    parse_uscc,
    resident_id_check_char,
    uscc_check_char,
    uscc_org_code_warning,
)

TODAY = date(2026, 3, 15)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


# --- Resident ID ----------------------------------------------------------------------------


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    area = draw(st.integers(110000, 829999))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = draw(st.integers(0, 999))
    first17 = f"{area:06d}{born:%Y%m%d}{seq:03d}"
    return first17 + resident_id_check_char(first17)


def test_domain_example_is_accepted_and_split():
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert rid == ResidentId(
        number="11010519491231002X",
        area_code="110105",
        birth_date=date(1949, 12, 31),
        sex="女",
        sequence="002",
    )


def test_lowercase_x_spaces_and_fullwidth_digits_are_normalised():
    assert parse_resident_id(" 110105 19491231 002x ", today=TODAY).number == "11010519491231002X"
    assert parse_resident_id("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == (
        "11010519491231002X"
    )


@given(resident_ids())
def test_generated_valid_ids_are_accepted(number: str):
    rid = parse_resident_id(number, today=TODAY)
    assert rid.number == number
    assert rid.sex == ("男" if int(number[14:17]) % 2 else "女")
    assert rid.birth_date.strftime("%Y%m%d") == number[6:14]


@given(resident_ids(), st.integers(0, 17), st.integers(1, 10))
def test_changing_one_character_is_rejected(number: str, pos: int, delta: int):
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    old = number[pos]
    new = alphabet[(alphabet.index(old) + delta) % len(alphabet)]
    if new == old:
        return
    mutated = number[:pos] + new + number[pos + 1 :]
    with pytest.raises(InvalidInput) as err:
        parse_resident_id(mutated, today=TODAY)
    assert "身份证号码" in str(err.value) or "出生日期" in str(err.value)


@given(resident_ids(), st.integers(0, 16))
def test_swapping_neighbours_is_rejected(number: str, pos: int):
    if number[pos] == number[pos + 1]:
        return
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2 :]
    assert not _accepted(swapped)


def _accepted(number: str) -> bool:
    try:
        parse_resident_id(number, today=TODAY)
    except InvalidInput:
        return False
    return True


def test_wrong_length_names_the_length():
    with pytest.raises(InvalidInput, match="身份证号码应为18位，现为17位"):
        parse_resident_id("11010519491231002", today=TODAY)


def test_wrong_check_character_names_the_expected_one():
    with pytest.raises(InvalidInput, match="身份证号码第18位校验码应为X，输入为3"):
        parse_resident_id("110105194912310023", today=TODAY)


def test_impossible_date_is_rejected():
    first17 = "11010519490231002"
    with pytest.raises(InvalidInput, match="出生日期19490231不是有效日期"):
        parse_resident_id(first17 + resident_id_check_char(first17), today=TODAY)


def test_future_birth_date_is_rejected():
    first17 = f"110105{TODAY + timedelta(days=1):%Y%m%d}001"
    with pytest.raises(InvalidInput, match="出生日期不能晚于今天"):
        parse_resident_id(first17 + resident_id_check_char(first17), today=TODAY)


def test_birth_before_1900_is_rejected():
    first17 = "11010518991231001"
    with pytest.raises(InvalidInput, match="早于1900年"):
        parse_resident_id(first17 + resident_id_check_char(first17), today=TODAY)


def test_letter_in_the_middle_names_the_position():
    with pytest.raises(InvalidInput, match="第7位应为数字"):
        parse_resident_id("110105X9491231002X", today=TODAY)


def test_abolished_or_later_created_area_codes_are_not_rejected():
    # 320582 (张家港) was created in 1986; people born in 1960 hold it (domain.md §7.1).
    for first17 in ("32058219600101001", "51230119700101001", "33018320150101001"):
        assert is_valid_resident_id(first17 + resident_id_check_char(first17))


def test_age_in_completed_years():
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert age_on(rid, date(2009, 12, 30)) == 59
    assert age_on(rid, date(2009, 12, 31)) == 60
    leap = parse_resident_id(_with_check("11010520000229001"), today=TODAY)
    assert age_on(leap, date(2018, 2, 28)) == 17
    assert age_on(leap, date(2018, 3, 1)) == 18
    with pytest.raises(InvalidInput):
        age_on(rid, date(1949, 12, 30))


def _with_check(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def test_legacy_fifteen_digit_number_is_converted_not_accepted():
    with pytest.raises(InvalidInput, match="现为15位"):
        parse_resident_id("110105491231002", today=TODAY)
    assert convert_legacy_id("110105491231002") == "11010519491231002X"
    with pytest.raises(InvalidInput, match="不是有效日期"):
        convert_legacy_id("110105490231002")
    with pytest.raises(InvalidInput, match="15位"):
        convert_legacy_id("11010549123100")


def test_is_valid_resident_id():
    assert is_valid_resident_id("11010519491231002X")
    assert not is_valid_resident_id("110105194912310021")
    assert not is_valid_resident_id("")


def test_mask_resident_id_keeps_first_six_and_last_four():
    assert mask_resident_id("11010519491231002X") == "110105********002X"
    assert mask_resident_id("11010519491231002x") == "110105********002X"


# --- Unified social credit code -------------------------------------------------------------


@st.composite
def usccs(draw: st.DrawFn) -> str:
    head = draw(st.text(USCC_CHARS, min_size=2, max_size=2))
    region = draw(st.text("0123456789", min_size=6, max_size=6))
    body = draw(st.text(USCC_CHARS, min_size=9, max_size=9))
    first17 = head + region + body
    return first17 + uscc_check_char(first17)


def test_domain_uscc_example_is_accepted():
    assert parse_uscc("91350200MA2YJ1XR9G") == "91350200MA2YJ1XR9G"
    assert parse_uscc(" 91350200ma2yj1xr9g ") == "91350200MA2YJ1XR9G"
    assert uscc_org_code_warning("91350200MA2YJ1XR9G") is None


@given(usccs())
def test_generated_usccs_are_accepted_including_letter_department_codes(code: str):
    assert parse_uscc(code) == code


def test_letter_department_and_category_codes_are_accepted():
    # python-stdnum rejects these although their check characters are right.
    for first17 in ("N2350200MA2YJ1XR9", "Y1110105MA2YJ1XR9", "A1110105123456789"):
        code = first17 + uscc_check_char(first17)
        assert parse_uscc(code) == code


@given(usccs(), st.integers(0, 17), st.integers(1, 30))
def test_changing_one_uscc_character_is_rejected(code: str, pos: int, delta: int):
    new = USCC_CHARS[(USCC_CHARS.index(code[pos]) + delta) % 31]
    mutated = code[:pos] + new + code[pos + 1 :]
    with pytest.raises(InvalidInput, match="统一社会信用代码"):
        parse_uscc(mutated)


@given(usccs(), st.integers(0, 16))
def test_swapping_uscc_neighbours_is_rejected(code: str, pos: int):
    if code[pos] == code[pos + 1]:
        return
    with pytest.raises(InvalidInput):
        parse_uscc(code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :])


def test_uscc_messages():
    with pytest.raises(InvalidInput, match="统一社会信用代码校验码应为G"):
        parse_uscc("91350200MA2YJ1XR9H")
    with pytest.raises(InvalidInput, match="含非法字符“I”（不使用I、O、S、V、Z）"):
        parse_uscc("91350200MA2YJ1XI9G")
    with pytest.raises(InvalidInput, match="应为18位，现为17位"):
        parse_uscc("91350200MA2YJ1XR9")
    with pytest.raises(InvalidInput, match="第5位为“A”"):
        parse_uscc("9135A200MA2YJ1XR9G")


def test_org_code_mismatch_is_only_a_warning():
    first17 = "91350200MA2YJ1XR8"  # GB 11714 check of MA2YJ1XR is 9, not 8
    code = first17 + uscc_check_char(first17)
    assert parse_uscc(code) == code
    warning = uscc_org_code_warning(code)
    assert warning is not None and "应为9" in warning


# --- Phones and names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["13812345678", "138 1234 5678", "138-1234-5678", "+86 13812345678", "8613812345678"]
)
def test_mobile_forms_are_normalised(text: str):
    assert parse_mobile(text) == "13812345678"
    assert parse_phone(text) == "13812345678"


@pytest.mark.parametrize(
    "text", ["1381234567", "23812345678", "12812345678", "138123456789", "138l2345678"]
)
def test_bad_mobiles_are_rejected(text: str):
    with pytest.raises(InvalidInput, match="手机号码应为以1开头的11位数字"):
        parse_mobile(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0591-87654321", "0591-87654321"),
        ("059187654321", "0591-87654321"),
        ("(0591)8765432", "0591-8765432"),
        ("010 6234 5678", "010-62345678"),
        ("02082345678", "020-82345678"),
        ("0591-87654321-123", "0591-87654321转123"),
        ("0591-87654321转8001", "0591-87654321转8001"),
        ("+86 591 87654321", "0591-87654321"),
    ],
)
def test_landline_forms_are_normalised(text: str, expected: str):
    assert parse_landline(text) == expected
    assert parse_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("87654321", "请加区号"),
        ("0591-876543", "应为7–8位，现为6位"),
        ("0591-08765432", "不能以0开头"),
    ],
)
def test_bad_landlines_are_rejected(text: str, message: str):
    with pytest.raises(InvalidInput, match=message):
        parse_landline(text)


def test_phone_rejects_text():
    with pytest.raises(InvalidInput, match="联系电话"):
        parse_phone("无")


def test_masks():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0591-87654321") == "0591-****4321"
    assert mask_name("张三丰") == "张*丰"
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳娜娜") == "欧**娜"
