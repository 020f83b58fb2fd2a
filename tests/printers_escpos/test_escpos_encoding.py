"""Chinese text bytes per printer encoding; nothing is ever sent as junk."""

from __future__ import annotations

import pytest

from printers.escpos.encoding import display_width, encode_text, wrap


def test_plain_chinese_is_gb_bytes() -> None:
    assert encode_text("中文", "gbk") == bytes.fromhex("d6 d0 ce c4")
    assert encode_text("中文", "gb18030") == bytes.fromhex("d6 d0 ce c4")


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "gb2312"])
def test_yen_becomes_fullwidth_yen_on_every_printer(encoding: str) -> None:
    assert encode_text("¥5", encoding) == bytes.fromhex("a3 a4 35")


def test_euro_and_bullet_on_gbk() -> None:
    assert encode_text("€1•2", "gbk") == b"EUR1" + "·".encode("gbk") + b"2"


def test_rare_character_needs_gb18030() -> None:
    assert encode_text("𠀀", "gb18030") == "𠀀".encode("gb18030")
    assert len(encode_text("𠀀", "gb18030")) == 4
    assert encode_text("𠀀", "gbk") == b"?"


def test_ling_is_gbk_and_spelled_out_on_gb2312() -> None:
    assert encode_text("〇", "gbk") == bytes.fromhex("a9 96")
    assert encode_text("二〇二五", "gb2312") == "二零二五".encode("gb2312")


def test_unmappable_becomes_question_mark() -> None:
    assert encode_text("号😀", "gbk") == "号".encode("gbk") + b"?"


def test_control_characters_cannot_inject_commands() -> None:
    data = encode_text("张\x1b@三\x1dV\x00", "gb18030")
    assert 0x1B not in data and 0x1D not in data and 0x00 not in data


def test_gbk_sends_no_single_high_byte_for_euro() -> None:
    # Python's gbk codec would give 0x80 here, which printers show as junk
    assert 0x80 not in encode_text("€", "gbk")


def test_display_width_and_wrap() -> None:
    assert display_width("A001") == 4
    assert display_width("取号") == 4
    lines = wrap("请携带本人身份证原件及复印件", 16)
    assert lines == ["请携带本人身份证", "原件及复印件"]
    assert all(display_width(line) <= 16 for line in wrap("see http://x.cn 长文本" * 4, 16))
