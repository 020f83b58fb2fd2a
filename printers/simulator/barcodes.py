"""Decoding of barcode payloads as a printer reads them."""

from __future__ import annotations


def decode_code128(raw: bytes) -> str:
    """Human data of a GS k 73 payload: ``{A``/``{B``/``{C`` switch sets, ``{{`` is ``{``,
    and in set C each byte is one pair of digits (0–99)."""
    out: list[str] = []
    codeset = "B"
    i = 0
    while i < len(raw):
        b = raw[i]
        if b == 0x7B and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in (0x41, 0x42, 0x43):
                codeset = chr(nxt)
                i += 2
                continue
            if nxt == 0x7B:
                out.append("{")
                i += 2
                continue
            i += 2  # FNC1–4 / shift: nothing printable
            continue
        out.append(f"{b:02d}" if codeset == "C" else chr(b))
        i += 1
    return "".join(out)
