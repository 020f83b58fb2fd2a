"""Printer capability profiles, kept as data in ``profiles.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from printers.errors import DeviceError
from printers.escpos.encoding import ENCODINGS


@dataclass(frozen=True)
class PrinterProfile:
    name: str
    name_zh: str
    paper_mm: int
    dots: int  # printable width in dots (203 dpi heads: 58 mm → 384, 80 mm → 576)
    columns: int  # ANK characters per line at normal size; a Chinese character takes 2
    encoding: str  # gb18030 / gbk / gb2312, set on the printer by DIP or memory switch
    qr: bool
    qr_max_bytes: int
    cutter: bool
    logo: bool
    status: bool  # answers DLE EOT
    max_char_mul: int = 8
    qr_module: int = 6


@lru_cache(maxsize=1)
def _raw() -> dict[str, dict[str, object]]:
    text = files("printers.escpos").joinpath("profiles.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, object]] = json.loads(text)
    return data


def list_profiles() -> list[str]:
    return sorted(_raw())


def load_profile(name: str) -> PrinterProfile:
    raw = _raw().get(name)
    if raw is None:
        raise DeviceError(
            f"未知的打印机型号：{name}（可选：{'、'.join(list_profiles())}）", code="bad_profile"
        )
    profile = PrinterProfile(name=name, **raw)  # type: ignore[arg-type]
    if profile.encoding not in ENCODINGS:
        raise DeviceError(
            f"打印机型号 {name} 的字符编码 {profile.encoding} 不受支持", code="bad_profile"
        )
    return profile


def resolve_profile(profile: str | PrinterProfile) -> PrinterProfile:
    return profile if isinstance(profile, PrinterProfile) else load_profile(profile)
