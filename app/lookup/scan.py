"""What a barcode or QR scanner acting as a keyboard delivers, and how to tell it from a person
typing.

The acceptance receipt (受理通知书) prints a Code128 of the case number in its header; a QR,
when the hall configures one, carries a query link such as ``https://…/q?no=<query no>`` and
may add ``&pw=<query password>``. A scanner types the code's text in a burst of keystrokes a few
milliseconds apart and ends it with Enter; a person types a key every 100 ms or more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from app.errors import InvalidInput
from app.lookup.views import ScannedCode

_NUMBER_KEYS = ("no", "case_no", "case", "query_no", "q", "n")
_PASSWORD_KEYS = ("pw", "pwd", "password", "p")


def parse_scan(text: str) -> ScannedCode:
    """The case (or query) number, and the password when the code carries one."""
    raw = text.strip()
    if not raw:
        raise InvalidInput("未读到条码内容，请重新扫描受理通知书上的条码")
    if "?" in raw or "://" in raw or raw.startswith("yichuang:"):
        parts = urlsplit(raw)
        query = parse_qs(parts.query or (raw.split("?", 1)[1] if "?" in raw else ""))
        number = next((query[k][0] for k in _NUMBER_KEYS if query.get(k)), "")
        password = next((query[k][0] for k in _PASSWORD_KEYS if query.get(k)), "")
        if not number:
            raise InvalidInput("扫描的二维码不是办件查询码，请扫描受理通知书右上角的条码")
        return ScannedCode(number=number.strip(), password=password.strip())
    if any(c.isspace() for c in raw) or len(raw) > 50:
        raise InvalidInput("扫描的条码不是办件编号，请扫描受理通知书右上角的条码")
    return ScannedCode(number=raw)


# A scanner's keystrokes come 1–30 ms apart; people type 100 ms or more apart. A burst is the
# run of keys ending at Enter with no gap above BREAK_S; it is a scan when it is at least
# MIN_CHARS long and its keys came on average no more than MEAN_GAP_S apart (one stall of
# the GUI thread inside a long burst does not turn a scan into typing).
BREAK_S = 0.12
MEAN_GAP_S = 0.035
MIN_CHARS = 6


@dataclass
class KeyBurst:
    """Feed every typed character with its time (seconds, monotonic) and the field's text
    before it; at Enter, ``end`` says whether the keys were a scan."""

    keys: list[tuple[str, float, object, str]] = field(default_factory=list)

    def key(self, char: str, at: float, target: object, text_before: str) -> None:
        if self.keys:
            char0, at0, target0, before0 = self.keys[-1]
            # A pause, another field, or a field changed in between (cleared, edited): a new run.
            if at - at0 > BREAK_S or target0 is not target or before0 + char0 != text_before:
                self.keys.clear()
        self.keys.append((char, at, target, text_before))

    def end(self, at: float) -> tuple[str, object, str] | None:
        """(scanned text, the field it went into, that field's text before it) or None."""
        keys, self.keys = self.keys, []
        if not keys or at - keys[-1][1] > BREAK_S or len(keys) < MIN_CHARS:
            return None
        if (keys[-1][1] - keys[0][1]) / (len(keys) - 1) > MEAN_GAP_S:
            return None
        return "".join(k[0] for k in keys), keys[0][2], keys[0][3]

    def clear(self) -> None:
        self.keys.clear()
