"""DLE EOT replies decoded bit by bit, asked over a real pty to the simulated printer."""

from __future__ import annotations

import pytest

from printers.errors import DeviceError
from printers.escpos import decode_status, query_status, read_status
from printers.simulator import PtySimulator, SimulatedPrinter
from printers.transport import open_transport


@pytest.mark.parametrize(
    ("replies", "flag"),
    [
        ({1: 0x1A}, "offline"),
        ({2: 0x16}, "cover_open"),
        ({2: 0x32}, "paper_out"),
        ({4: 0x72}, "paper_out"),
        ({4: 0x1E}, "paper_near_end"),
        ({3: 0x1A}, "cutter_error"),
        ({3: 0x32}, "unrecoverable"),
        ({3: 0x52}, "recoverable_error"),
    ],
)
def test_each_status_bit_is_decoded(replies: dict[int, int], flag: str) -> None:
    status = decode_status(replies)
    if flag == "offline":
        assert not status.online
    else:
        assert getattr(status, flag)
    others = {
        "cover_open",
        "paper_near_end",
        "paper_out",
        "cutter_error",
        "unrecoverable",
        "recoverable_error",
    } - {flag}
    assert not any(getattr(status, f) for f in others)


def test_all_clear() -> None:
    status = decode_status({1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12})
    assert status.ok and status.online and status.problems_zh() == []
    assert status.summary_zh() == "打印机正常"


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("paper_out", "缺纸"),
        ("cover_open", "上盖打开"),
        ("cutter_error", "切刀故障"),
        ("unrecoverable", "不可恢复错误"),
        ("recoverable_error", "暂时故障"),
        ("offline", "离线"),
    ],
)
def test_fault_read_over_pty_gives_chinese_problem(fault: str, words: str) -> None:
    printer = SimulatedPrinter()
    printer.set_state(fault)
    with PtySimulator(printer) as sim, open_transport(sim.url) as t:
        status = read_status(t)
    assert not status.ok
    assert any(words in p for p in status.problems_zh())


def test_near_end_is_only_a_warning(sim_url: str) -> None:
    status = query_status(sim_url + "?state=near_end")
    assert status.ok
    assert status.paper_near_end
    assert status.warnings_zh() == ["打印纸将尽，请尽快更换纸卷"]


def test_silent_printer_is_reported_as_no_response(pty_sim: PtySimulator) -> None:
    pty_sim.printer.set_state("no_response")
    with pytest.raises(DeviceError, match="打印机无响应") as info:
        query_status(pty_sim.url, timeout=0.2)
    assert info.value.code == "no_response"


def test_echo_instead_of_status_is_a_bad_reply() -> None:
    # loop:// echoes DLE (0x10), which lacks the 0xx1xx10 pattern of a status byte
    with pytest.raises(DeviceError, match="状态应答异常"):
        query_status("loop://")
