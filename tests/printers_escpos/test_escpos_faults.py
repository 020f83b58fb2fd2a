"""Faults: nothing is printed on a faulty printer; a pulled cable is reported, not hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from printers.errors import DeviceError
from printers.escpos import TicketData, print_ticket, render_ticket
from printers.simulator import PtySimulator, SimulatedPrinter, TcpSimulator, TextBlock
from printers.transport import open_transport


@pytest.mark.parametrize(
    ("state", "message"),
    [("paper_out", "打印机缺纸，请更换纸卷"), ("cover_open", "打印机上盖打开，请合上上盖")],
)
def test_fault_stops_the_job_before_any_byte_is_printed(
    pty_sim: PtySimulator, ticket: TicketData, state: str, message: str
) -> None:
    pty_sim.printer.set_state(state)
    with pytest.raises(DeviceError) as info:
        print_ticket(pty_sim.url, ticket, "generic-80")
    assert str(info.value) == message
    assert info.value.code == state
    assert pty_sim.printer.status_queries > 0  # it asked …
    assert pty_sim.printer.print_bytes == 0  # … and sent nothing to print


def test_several_faults_are_all_named(sim_url: str, ticket: TicketData) -> None:
    with pytest.raises(DeviceError, match="缺纸.*上盖打开.*切刀故障"):
        print_ticket(sim_url + "?state=paper_out,cover_open,cutter_error", ticket)


def test_near_end_prints_with_a_warning(sim_url: str, ticket: TicketData) -> None:
    result = print_ticket(sim_url + "?state=near_end", ticket, "generic-58")
    assert result.warnings_zh == ["打印纸将尽，请尽快更换纸卷"]
    assert result.simulator is not None and result.simulator.print_bytes > 0


@pytest.mark.parametrize("server", [PtySimulator, TcpSimulator])
def test_cable_pulled_mid_print_raises_and_caller_keeps_ticket(
    server: type[PtySimulator] | type[TcpSimulator], ticket: TicketData
) -> None:
    with server() as sim:
        sim.pull_cable_after(120)  # status queries are 12 bytes; the cable goes mid-ticket
        with pytest.raises(DeviceError, match="连接已断开") as info:
            print_ticket(sim.url, ticket, "generic-80", write_chunk=64, timeout=0.5)
        assert info.value.code == "disconnected"
        assert "重新打印" in str(info.value)
    # the caller still holds the ticket and can print it on the spare printer
    spare = SimulatedPrinter()
    with PtySimulator(spare) as other:
        print_ticket(other.url, ticket, "generic-80")
    assert any(isinstance(b, TextBlock) and b.text == "A012" for b in spare.blocks)


def test_in_process_cable_pull_raises(sim_url: str, ticket: TicketData) -> None:
    with open_transport(sim_url) as t:
        assert t.simulator is not None
        t.simulator.pull_cable_after = 100
    with pytest.raises(DeviceError, match="连接已断开"):
        print_ticket(sim_url, ticket)


def test_unplugged_device_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DeviceError, match="找不到设备"):
        open_transport(f"serial://{tmp_path}/ttyUSB9")


def test_unknown_scheme_names_the_choices() -> None:
    with pytest.raises(DeviceError, match="不支持的设备地址.*serial://"):
        open_transport("usb://0416:5011")


def test_serial_url_parameters_are_applied(pty_sim: PtySimulator) -> None:
    url = f"serial://{pty_sim.port_name}?baudrate=115200&rtscts=1&xonxoff=0"
    with open_transport(url) as t:
        t.write(b"\x10\x04\x01")
        assert t.read(1) == b"\x12"


def test_bad_serial_parameter_is_refused(pty_sim: PtySimulator) -> None:
    with pytest.raises(DeviceError, match="不认识的串口参数"):
        open_transport(f"serial://{pty_sim.port_name}?speed=9600")


def test_file_spool_appends_each_job(tmp_path: Path, ticket: TicketData) -> None:
    spool = tmp_path / "spool" / "printer.bin"
    url = f"file://{spool}"
    first = print_ticket(url, ticket, "generic-58")
    print_ticket(url, ticket, "generic-58")
    assert first.status is None  # a file cannot answer a status query
    expected = render_ticket(ticket, "generic-58")
    assert spool.read_bytes() == expected + expected


def test_loop_reads_back_what_was_written() -> None:
    with open_transport("loop://", timeout=0.2) as t:
        t.write(b"\x1b@\x1c&\xd6\xd0")
        assert t.read(6) == b"\x1b@\x1c&\xd6\xd0"
        assert t.read(1, timeout=0.05) == b""


def test_transport_reopens_after_the_cable_is_back(pty_sim: PtySimulator) -> None:
    with open_transport(pty_sim.url) as t:
        t.close()
        t.write(b"\x10\x04\x01")  # write on a closed transport opens it again
        assert t.read(1) == b"\x12"
