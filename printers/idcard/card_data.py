"""What an ID card holds, decoded from the 256-byte UCS-2 LE text block (hardware.md §3)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from printers.errors import DeviceError
from printers.idcard.nations import nation_name, sex_label

CardType = Literal["resident", "foreign_permanent", "hk_mo_tw"]

TEXT_LEN = 256
PHOTO_LEN = 1024
LONG_TERM = "长期"

# (offset, length) in bytes of the 256-byte text block.
RESIDENT_FIELDS: dict[str, tuple[int, int]] = {
    "name": (0, 30),
    "sex_code": (30, 2),
    "nation_code": (32, 4),
    "birth": (36, 16),
    "address": (52, 70),
    "id_number": (122, 36),
    "authority": (158, 30),
    "valid_from": (188, 16),
    "valid_to": (204, 16),
    "pass_number": (220, 18),  # HK/Macao/Taiwan permit only: 通行证号码
}
# 外国人永久居留身份证 (card flag 'I'): a different layout.
FOREIGN_FIELDS: dict[str, tuple[int, int]] = {
    "english_name": (0, 120),
    "sex_code": (120, 2),
    "id_number": (122, 30),
    "nationality_code": (152, 6),
    "name": (158, 30),
    "valid_from": (188, 16),
    "valid_to": (204, 16),
    "birth": (220, 16),
    "authority": (240, 8),
}
FLAG_SLICE = slice(248, 250)
CARD_FLAGS: dict[str, CardType] = {"I": "foreign_permanent", "J": "hk_mo_tw"}


@dataclass(frozen=True)
class IdCardData:
    """One card as read. The photo stays WLT-encoded: decoding needs the vendor's licensed lib."""

    name: str
    sex_code: str
    nation_code: str
    birth_date: date
    address: str
    id_number: str
    authority: str
    valid_from: date
    valid_to: date | None  # None = 长期
    card_type: CardType = "resident"
    photo_wlt: bytes = field(default=b"", repr=False)
    english_name: str = ""
    nationality_code: str = ""  # foreign card: ISO 3166 alpha-3
    pass_number: str = ""  # HK/Macao/Taiwan permit: 通行证号码
    fingerprint: bytes = field(
        default=b"", repr=False
    )  # raw template(s) from 30 10; empty when not read

    @property
    def sex_label(self) -> str:
        return sex_label(self.sex_code)

    @property
    def nation_name(self) -> str:
        return nation_name(self.nation_code) if self.nation_code else ""

    @property
    def valid_to_text(self) -> str:
        return LONG_TERM if self.valid_to is None else self.valid_to.strftime("%Y.%m.%d")


def _text(block: bytes, span: tuple[int, int]) -> str:
    off, n = span
    return block[off : off + n].decode("utf-16-le", errors="replace").strip(" \x00")


def _date(value: str, what: str) -> date:
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except (ValueError, IndexError):
        raise DeviceError(
            f"身份证{what}“{value}”无法识别，请重新放卡", code="idcard_data"
        ) from None


def card_type_of(block: bytes) -> CardType:
    flag = block[FLAG_SLICE].decode("utf-16-le", errors="replace").strip()
    return CARD_FLAGS.get(flag, "resident")


def decode_card(text: bytes, photo: bytes = b"") -> IdCardData:
    """Decode the 256-byte text block (and keep the WLT photo bytes as they are)."""
    if len(text) != TEXT_LEN:
        raise DeviceError("身份证文字信息长度不正确，请重新放卡", code="idcard_data")
    kind = card_type_of(text)
    spans = FOREIGN_FIELDS if kind == "foreign_permanent" else RESIDENT_FIELDS
    v = {key: _text(text, span) for key, span in spans.items()}
    valid_to = v["valid_to"]
    return IdCardData(
        name=v["name"] or v.get("english_name", ""),
        sex_code=v["sex_code"],
        nation_code=v.get("nation_code", "") if kind == "resident" else "",
        birth_date=_date(v["birth"], "出生日期"),
        address=v.get("address", ""),
        id_number=v["id_number"],
        authority=v["authority"],
        valid_from=_date(v["valid_from"], "有效期起始日期"),
        valid_to=None if valid_to == LONG_TERM else _date(valid_to, "有效期截止日期"),
        card_type=kind,
        photo_wlt=photo,
        english_name=v.get("english_name", ""),
        nationality_code=v.get("nationality_code", ""),
        pass_number=v.get("pass_number", "") if kind == "hk_mo_tw" else "",
    )


def parse_base_info(data: bytes, *, with_fingerprint: bool = False) -> IdCardData:
    """Decode the data part of a 30 01 / 30 10 reply: lengths, text, WLT photo [, fingerprint]."""
    head = 6 if with_fingerprint else 4
    if len(data) < head:
        raise DeviceError("身份证信息不完整，请重新放卡", code="idcard_data")
    text_len = int.from_bytes(data[0:2], "big")
    photo_len = int.from_bytes(data[2:4], "big")
    fp_len = int.from_bytes(data[4:6], "big") if with_fingerprint else 0
    if len(data) != head + text_len + photo_len + fp_len or text_len != TEXT_LEN:
        raise DeviceError("身份证信息长度不正确，请重新放卡", code="idcard_data")
    text = data[head : head + text_len]
    photo = data[head + text_len : head + text_len + photo_len]
    fp = data[head + text_len + photo_len :]
    card = decode_card(text, photo)
    return replace(card, fingerprint=fp) if fp else card


def _put(block: bytearray, span: tuple[int, int], value: str) -> None:
    off, n = span
    raw = value.encode("utf-16-le")[:n]
    block[off : off + len(raw)] = raw


def encode_card(card: IdCardData) -> bytes:
    """The 256-byte text block a reader would send for ``card`` (for the simulator)."""
    block = bytearray(" ".encode("utf-16-le") * (TEXT_LEN // 2))
    fmt = "%Y%m%d"
    values = {
        "name": card.name,
        "english_name": card.english_name,
        "sex_code": card.sex_code,
        "nation_code": card.nation_code,
        "nationality_code": card.nationality_code,
        "birth": card.birth_date.strftime(fmt),
        "address": card.address,
        "id_number": card.id_number,
        "authority": card.authority,
        "valid_from": card.valid_from.strftime(fmt),
        "valid_to": LONG_TERM if card.valid_to is None else card.valid_to.strftime(fmt),
        "pass_number": card.pass_number,
    }
    spans = FOREIGN_FIELDS if card.card_type == "foreign_permanent" else RESIDENT_FIELDS
    for key, span in spans.items():
        _put(block, span, values[key])
    flags = {v: k for k, v in CARD_FLAGS.items()}
    if card.card_type in flags:
        _put(block, (FLAG_SLICE.start, 2), flags[card.card_type])
    return bytes(block)
