"""Receipt codes read by a scanner, scanner bursts told from typing, and public masking."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.identity import mask_name, mask_org_name, mask_party
from app.lookup.scan import KeyBurst, parse_scan
from app.lookup.views import ScannedCode


def test_receipt_codes() -> None:
    assert parse_scan(" T01-20260921-0001 ") == ScannedCode("T01-20260921-0001")
    assert parse_scan("https://zwfw.example.gov.cn/q?no=4113812506&pw=123456") == \
        ScannedCode("4113812506", "123456")  # fmt: skip
    assert parse_scan("https://zwfw.example.gov.cn/q?no=250612217") == ScannedCode("250612217")
    with pytest.raises(InvalidInput, match="不是办件查询码"):
        parse_scan("https://zwfw.example.gov.cn/guide/1151")
    with pytest.raises(InvalidInput, match="不是办件编号"):
        parse_scan("hello world")
    with pytest.raises(InvalidInput, match="未读到"):
        parse_scan("   ")


def _feed(burst: KeyBurst, text: str, gap: float, field: object = "f") -> float:
    t = 100.0
    for i, ch in enumerate(text):
        burst.key(ch, t, field, text[:i])
        t += gap
    return t - gap


def test_a_scanner_burst_is_told_from_typing() -> None:
    b = KeyBurst()
    end = _feed(b, "T01-20260921-0001", 0.004)
    assert b.end(end + 0.005) == ("T01-20260921-0001", "f", "")
    end = _feed(b, "T01-20260921-0001", 0.15)  # a person typing the same
    assert b.end(end + 0.2) is None
    end = _feed(b, "12345", 0.004)  # too short for a code
    assert b.end(end + 0.005) is None
    # One 100 ms stall of the GUI thread inside a scan does not make it typing.
    t = 100.0
    for i, ch in enumerate("T01-20260921-0001"):
        b.key(ch, t, "f", "T01-20260921-0001"[:i])
        t += 0.1 if i == 5 else 0.003
    assert b.end(t) == ("T01-20260921-0001", "f", "")


def test_a_burst_is_one_run_of_typing_into_one_field() -> None:
    b = KeyBurst()
    b.key("1", 100.0, "f", "")
    b.key("2", 100.06, "f", "1")
    # The field was cleared, then the scanner typed: the typed "12" is not part of the code.
    for i, ch in enumerate("T01-20260921-0001"):
        b.key(ch, 100.07 + i * 0.002, "f", "T01-20260921-0001"[:i])
    assert b.end(100.2) == ("T01-20260921-0001", "f", "")
    b.key("T", 100.0, "number", "")
    for i, ch in enumerate("01-2026"):  # half of it landed in another field: not one code
        b.key(ch, 100.001 + i * 0.001, "password", "01-2026"[:i])
    assert b.end(100.02) == ("01-2026", "password", "")


@pytest.mark.parametrize(("name", "masked"), [
    ("张三丰", "张*丰"), ("李四", "李*"), ("欧阳娜娜", "欧**娜"),
])  # fmt: skip
def test_person_names(name: str, masked: str) -> None:
    assert mask_name(name) == masked == mask_party("person", name)


@pytest.mark.parametrize(("name", "masked"), [
    ("青川县宏达食品有限公司", "某某有限公司"),
    ("北京市海淀区星光科技股份有限公司", "某某股份有限公司"),
    ("智慧城市科技有限公司", "某某有限公司"),  # 城市 is not a city to keep
    ("青川县老张小吃店", "某某小吃店"),
    ("青川县乔庄镇茶叶专业合作社", "某某专业合作社"),
    ("宏达食品有限公司（青川分公司）", "某某有限公司"),
    ("阿里巴巴", "某某单位"),
])  # fmt: skip
def test_organisation_names(name: str, masked: str) -> None:
    assert mask_org_name(name) == masked == mask_party("organisation", name)
