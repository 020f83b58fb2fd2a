"""Text → printer bytes in the printer's GB encoding, never letting a character become junk.

Characters a thermal printer mangles are replaced first (``¥`` is 4 bytes in GB18030 and
absent from GBK, Python's ``gbk`` codec turns ``€`` into 0x80 which no printer prints); then
whatever the encoding still lacks becomes a look-alike or ``?``.
"""

from __future__ import annotations

import unicodedata

ENCODINGS = ("gb18030", "gbk", "gb2312")

# Replaced on every printer: the replacement prints everywhere, the original does not.
ALWAYS = {
    "¥": "￥",
    "•": "·",
    "€": "EUR",
    "™": "TM",
    "©": "(C)",
    "®": "(R)",
    "\u00a0": " ",
    "\u3000": "  ",
    "\u2009": " ",
    "\u200b": "",
}
# Used only when the encoding lacks the character.
FALLBACK = {
    "–": "-",
    "‒": "-",
    "−": "-",
    "‐": "-",
    "·": ".",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "〇": "零",
    "°": "度",
    "£": "GBP",
    "½": "1/2",
    "№": "No.",
    "✓": "√",
    "✔": "√",
    "✗": "×",
    "☆": "*",
    "★": "*",
    "━": "-",
    "─": "-",
}


def _encodes(ch: str, encoding: str) -> bytes | None:
    try:
        data = ch.encode(encoding)
    except UnicodeEncodeError:
        return None
    # cp936 quirk: the gbk codec maps "€" to the single byte 0x80, which is not GBK
    return None if len(data) == 1 and data[0] >= 0x80 else data


def encode_text(text: str, encoding: str = "gb18030") -> bytes:
    """Encode for a printer in Chinese mode. Control characters become spaces so that data
    (a name, a matter title) can never smuggle an ESC/POS command onto the wire."""
    if encoding not in ENCODINGS:
        raise ValueError(f"unsupported printer encoding {encoding!r}")
    out = bytearray()
    for ch in text:
        if ch in ALWAYS:
            ch = ALWAYS[ch]
            out += encode_text(ch, encoding) if ch else b""
            continue
        if ch < " " or unicodedata.category(ch) == "Cc":
            out += b" "
            continue
        data = _encodes(ch, encoding)
        if data is None and ch in FALLBACK:
            data = encode_text(FALLBACK[ch], encoding)
        if data is None:
            folded = unicodedata.normalize("NFKC", ch)
            data = (
                encode_text(folded, encoding)
                if folded != ch and all(_encodes(c, encoding) for c in folded)
                else b"?"
            )
        out += data
    return bytes(out)


def display_width(text: str) -> int:
    """Columns on a thermal printer: ANK glyphs 1 column (12 dots); every GB multi-byte
    character, even ``·`` or ``°``, prints in the 24-dot Chinese cell: 2 columns."""
    return sum(2 if ord(c) > 0x7F else 1 for c in text)


def wrap(text: str, columns: int) -> list[str]:
    """Break at the column limit, keeping ASCII words whole where possible."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line, width = "", 0
        for ch in para:
            w = display_width(ch)
            if width + w > columns:
                cut_at = line.rfind(" ") if ch.isascii() and ch.isalnum() else -1
                if cut_at > 0 and line[cut_at + 1 :].isascii():
                    lines.append(line[:cut_at])
                    line = line[cut_at + 1 :]
                    width = display_width(line)
                else:
                    lines.append(line)
                    line, width = "", 0
                if ch == " " and not line:
                    continue
            line += ch
            width += w
        lines.append(line)
    return lines
