"""Card readers: the interface, the SAM-UART backend and the URL factory."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol
from urllib.parse import unquote, urlsplit

from printers.errors import DeviceError
from printers.idcard import frames as f
from printers.idcard.card_data import IdCardData, parse_base_info
from printers.idcard.link import Link, open_link, read_exact

POLL_INTERVAL = 0.2
REPLY_TIMEOUT = 2.0


class CardReader(Protocol):
    def read_card(self, timeout: float = 0.0) -> IdCardData | None:
        """Wait up to ``timeout`` seconds for a card; None when none was placed."""
        ...

    def close(self) -> None: ...


def poll_for_card(attempt: Callable[[], IdCardData | None], timeout: float) -> IdCardData | None:
    """Try once, then again every POLL_INTERVAL until a card is read or ``timeout`` passes."""
    deadline = time.monotonic() + max(0.0, timeout)
    while True:
        card = attempt()
        if card is not None or time.monotonic() >= deadline:
            return card
        time.sleep(POLL_INTERVAL)


class SamSerialReader:
    """A reader that speaks the SAM UART protocol itself (serial, USB-CDC or serial-over-TCP)."""

    def __init__(self, url: str, *, fingerprint: bool = False, link: Link | None = None) -> None:
        self.url = url
        self.fingerprint = fingerprint
        self._link = link

    def _open(self) -> Link:
        if self._link is None:
            self._link = open_link(self.url, timeout=REPLY_TIMEOUT)
        return self._link

    def command(self, cmd: tuple[int, int]) -> f.Reply:
        """Send one command frame and return the parsed reply."""
        link = self._open()
        link.reset_input()
        link.write(f.build_command(*cmd))
        header = read_exact(link, f.HEADER_LEN, REPLY_TIMEOUT)
        if len(header) < f.HEADER_LEN:
            raise DeviceError("身份证读卡器无响应，请检查读卡器电源和数据线", code="idcard_timeout")
        rest = read_exact(link, f.frame_length(header) - f.HEADER_LEN, REPLY_TIMEOUT)
        return f.parse_reply(header + rest)

    def _expect(self, cmd: tuple[int, int]) -> f.Reply | None:
        reply = self.command(cmd)
        if reply.sw3 == f.SW_NO_CARD:
            return None
        if not reply.ok:
            raise DeviceError(reply.message, code=f"idcard_sw_{reply.sw3:02x}")
        return reply

    def read_once(self) -> IdCardData | None:
        """find → select → read; None when no card is on the reader."""
        if self._expect(f.FIND_CARD) is None or self._expect(f.SELECT_CARD) is None:
            return None
        reply = self._expect(f.READ_BASE_FP if self.fingerprint else f.READ_BASE)
        if reply is None:
            return None
        return parse_base_info(reply.data, with_fingerprint=self.fingerprint)

    def read_card(self, timeout: float = 0.0) -> IdCardData | None:
        return poll_for_card(self.read_once, timeout)

    def sam_id(self) -> bytes:
        reply = self._expect(f.SAM_ID)
        return reply.data if reply else b""

    def close(self) -> None:
        if self._link is not None:
            self._link.close()
            self._link = None


class SimulatedReader(SamSerialReader):
    """``sim://``: a SAM reader talking to an in-process simulator over a real pty."""

    def __init__(self, *, fingerprint: bool = False) -> None:
        from printers.idcard.simulator import IdCardReaderSimulator, sample_card

        self.simulator = IdCardReaderSimulator(sample_card()).start()
        super().__init__(self.simulator.url, fingerprint=fingerprint)

    def close(self) -> None:
        super().close()
        self.simulator.stop()


def open_reader(url: str) -> CardReader:
    """``serial://…`` / ``socket://…`` → SAM protocol; ``sdk:///path/libsdtapi.so[?port=1001]``
    → vendor SDK; ``sim://`` → built-in simulator with a sample card on it.
    Add ``fingerprint=1`` to the query to read with command 30 10."""
    parts = urlsplit(url.strip())
    fingerprint = "fingerprint=1" in parts.query
    query = "&".join(q for q in parts.query.split("&") if q and not q.startswith("fingerprint="))
    plain = parts._replace(query=query).geturl()
    if parts.scheme in ("serial", "socket", "loop"):
        return SamSerialReader(plain, fingerprint=fingerprint)
    if parts.scheme == "sim":
        return SimulatedReader(fingerprint=fingerprint)
    if parts.scheme == "sdk":
        from printers.idcard.vendor_sdk import VendorSdkReader

        port = 1001
        for item in query.split("&"):
            if item.startswith("port="):
                port = int(item[5:])
        return VendorSdkReader(unquote(parts.path), port=port)
    raise DeviceError(
        f"不支持的读卡器地址：{url}（可用 serial://、socket://、sdk://、sim://）", code="bad_url"
    )
