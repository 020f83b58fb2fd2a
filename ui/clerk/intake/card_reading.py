"""One read of the ID-card reader on a worker thread (the clerk presses 读身份证)."""

from __future__ import annotations

from typing import Any

from printers.idcard import IdCardData, open_reader

READ_TIMEOUT = 3.0


def read_card_once(url: str, timeout: float = READ_TIMEOUT) -> IdCardData | None:
    reader: Any = open_reader(url)
    try:
        card: IdCardData | None = reader.read_card(timeout=timeout)
        return card
    finally:
        reader.close()
