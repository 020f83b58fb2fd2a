"""A SAM-UART ID-card reader on a pseudo-terminal that answers the real frames."""

from __future__ import annotations

from datetime import date

from printers.errors import DeviceError
from printers.idcard import frames as f
from printers.idcard.card_data import PHOTO_LEN, IdCardData, encode_card
from printers.idcard.pty_device import PtyDevice


def sample_card() -> IdCardData:
    """A plausible resident card (valid check digit; the photo is filler, not a real WLT)."""
    return IdCardData(
        name="王晓明",
        sex_code="1",
        nation_code="01",
        birth_date=date(1985, 3, 15),
        address="河南省邓州市花洲街道新华路88号3号楼2单元501室",
        id_number="41138119850315123X",
        authority="邓州市公安局",
        valid_from=date(2016, 5, 20),
        valid_to=date(2036, 5, 20),
        photo_wlt=bytes(range(256)) * (PHOTO_LEN // 256),
    )


class IdCardReaderSimulator(PtyDevice):
    """Answers reset/status/SAM id/find/select/read (30 01, 30 10) like a desk reader.

    ``card`` is the card on the reader (None = no card). ``fail(command, sw3)`` makes that
    command answer with an error status until ``clear_failures()``.
    """

    SAM_ID = bytes([0x05, 0x01]) + bytes(14)

    def __init__(self, card: IdCardData | None = None, *, fingerprint: bytes = b"") -> None:
        super().__init__()
        self.card = card
        self.fingerprint = fingerprint
        self.failures: dict[tuple[int, int], int] = {}
        self.received: list[tuple[int, int]] = []

    def insert_card(self, card: IdCardData | None = None) -> None:
        with self.lock:
            self.card = card or sample_card()

    def remove_card(self) -> None:
        with self.lock:
            self.card = None

    def fail(self, command: tuple[int, int], sw3: int) -> None:
        with self.lock:
            self.failures[command] = sw3

    def clear_failures(self) -> None:
        with self.lock:
            self.failures.clear()

    # -- protocol ---------------------------------------------------------------------------
    def feed(self, buffer: bytes) -> tuple[int, bytes]:
        start = buffer.find(f.PREAMBLE)
        if start < 0:  # noise: keep a possible partial preamble at the end
            return max(0, len(buffer) - len(f.PREAMBLE) + 1), b""
        if start > 0:
            return start, b""
        if len(buffer) < f.HEADER_LEN:
            return 0, b""
        size = f.frame_length(buffer)
        if len(buffer) < size:
            return 0, b""
        try:
            cmd = f.parse_command(buffer[:size])
        except DeviceError as err:
            sw3 = 0x10 if err.code == "idcard_checksum" else 0x11
            return size, f.build_reply(0, 0, sw3)
        self.received.append((cmd.cmd, cmd.para))
        return size, self._answer((cmd.cmd, cmd.para))

    def _answer(self, key: tuple[int, int]) -> bytes:
        if key in self.failures:
            return f.build_reply(0, 0, self.failures[key])
        if key in (f.RESET, f.STATUS):
            return f.build_reply(0, 0, f.SW_OK)
        if key == f.SAM_ID:
            return f.build_reply(0, 0, f.SW_OK, self.SAM_ID)
        if key == f.FIND_CARD:
            if self.card is None:
                return f.build_reply(0, 0, f.SW_NO_CARD)
            return f.build_reply(0, 0, f.SW_FIND_OK, bytes(4))
        if key == f.SELECT_CARD:
            if self.card is None:
                return f.build_reply(0, 0, 0x81)
            return f.build_reply(0, 0, f.SW_OK, bytes(8))
        if key in (f.READ_BASE, f.READ_BASE_FP):
            if self.card is None:
                return f.build_reply(0, 0, 0x41)
            return f.build_reply(0, 0, f.SW_OK, self._base_info(key == f.READ_BASE_FP))
        return f.build_reply(0, 0, 0x21)

    def _base_info(self, with_fp: bool) -> bytes:
        assert self.card is not None
        text = encode_card(self.card)
        photo = self.card.photo_wlt.ljust(PHOTO_LEN, b"\x00")[:PHOTO_LEN]
        lengths = len(text).to_bytes(2, "big") + len(photo).to_bytes(2, "big")
        if not with_fp:
            return lengths + text + photo
        return lengths + len(self.fingerprint).to_bytes(2, "big") + text + photo + self.fingerprint
