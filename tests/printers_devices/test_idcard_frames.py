"""ID-card SAM frames: bytes equal the published ones; replies parse; bad frames are refused."""

from __future__ import annotations

from datetime import date

import pytest

from printers.errors import DeviceError
from printers.idcard import IdCardData, parse_base_info, sample_card
from printers.idcard import frames as f
from printers.idcard.card_data import encode_card
from printers.idcard.nations import NATIONS


@pytest.mark.parametrize(
    ("command", "published"),
    [
        (f.RESET, "AA AA AA 96 69 00 03 10 FF EC"),
        (f.STATUS, "AA AA AA 96 69 00 03 11 FF ED"),
        (f.SAM_ID, "AA AA AA 96 69 00 03 12 FF EE"),
        (f.FIND_CARD, "AA AA AA 96 69 00 03 20 01 22"),
        (f.SELECT_CARD, "AA AA AA 96 69 00 03 20 02 21"),
        (f.READ_BASE, "AA AA AA 96 69 00 03 30 01 32"),
        (f.READ_BASE_FP, "AA AA AA 96 69 00 03 30 10 23"),
    ],
)
def test_command_frames_match_published_bytes(command: tuple[int, int], published: str) -> None:
    assert f.build_command(*command) == bytes.fromhex(published)


def test_published_replies_parse() -> None:
    found = f.parse_reply(bytes.fromhex("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97"))
    assert found.ok and found.sw3 == 0x9F
    selected = f.parse_reply(bytes.fromhex("AA AA AA 96 69 00 0C 00 00 90" + "00" * 8 + "9C"))
    assert selected.ok and selected.data == bytes(8)


def test_failure_frame_reports_no_card_in_chinese() -> None:
    reply = f.parse_reply(bytes.fromhex("AA AA AA 96 69 00 04 00 00 80 84"))
    assert not reply.ok
    assert reply.message == "未放卡或卡片未放好"
    assert f.status_message(0x41) == "读卡失败，请重新放卡"
    assert "校验和" in f.status_message(0x10)
    assert "认证" in f.status_message(0x31) and "认证" in f.status_message(0x32)


def test_bad_checksum_is_rejected() -> None:
    frame = bytearray(bytes.fromhex("AA AA AA 96 69 00 04 00 00 80 84"))
    frame[-1] ^= 0xFF
    with pytest.raises(DeviceError, match="校验和"):
        f.parse_reply(bytes(frame))


def _full_reply(card: IdCardData) -> bytes:
    text = encode_card(card)
    return f.build_reply(0, 0, 0x90, bytes.fromhex("01000400") + text + card.photo_wlt)


def test_full_1295_byte_reply_decodes_every_field_including_long_term() -> None:
    card = IdCardData(
        name="欧阳秀英",
        sex_code="2",
        nation_code="03",
        birth_date=date(1958, 7, 22),
        address="河南省邓州市古城街道解放路12号",
        id_number="411381195807222021",
        authority="邓州市公安局",
        valid_from=date(2010, 3, 1),
        valid_to=None,
        photo_wlt=bytes([0x57, 0x4C]) * 512,
    )
    frame = _full_reply(card)
    assert len(frame) == 1295
    assert frame[:14] == bytes.fromhex("AA AA AA 96 69 05 08 00 00 90 01 00 04 00")
    reply = f.parse_reply(frame)
    got = parse_base_info(reply.data)
    assert got == card
    assert (got.sex_label, got.nation_name, got.valid_to_text) == ("女", "回族", "长期")
    assert len(got.photo_wlt) == 1024


def test_foreigner_card_flag_switches_layout() -> None:
    card = IdCardData(
        name="张约翰",
        english_name="SMITH JOHN",
        sex_code="1",
        nation_code="",
        nationality_code="USA",
        birth_date=date(1980, 1, 2),
        address="",
        id_number="USA110080010201",
        authority="1500",
        valid_from=date(2020, 1, 1),
        valid_to=date(2030, 1, 1),
        card_type="foreign_permanent",
        photo_wlt=bytes(1024),
    )
    text = encode_card(card)
    assert text[248:250] == "I".encode("utf-16-le")
    got = parse_base_info(f.parse_reply(_full_reply(card)).data)
    assert got.card_type == "foreign_permanent"
    assert (got.english_name, got.name, got.nationality_code) == ("SMITH JOHN", "张约翰", "USA")
    assert sample_card().card_type == "resident"


def test_nation_table_is_complete() -> None:
    assert len(NATIONS) == 58
    assert NATIONS["01"] == "汉族" and NATIONS["56"] == "基诺族" and NATIONS["97"] == "其他"
    assert NATIONS["98"].startswith("外国血统")
