"""Ticket → bytes → simulator over a real pty and loopback TCP → decoded blocks."""

from __future__ import annotations

import time

from printers.escpos import IntakeSlipData, TicketData, print_intake_slip, print_ticket
from printers.simulator import (
    BarcodeBlock,
    Cut,
    PtySimulator,
    QrBlock,
    SimulatedPrinter,
    TcpSimulator,
    TextBlock,
)


def _wait_for_cut(printer: SimulatedPrinter) -> None:
    # print_ticket's closing status query has been answered, so all bytes are in;
    # the loop only guards against a slow CI thread switch
    for _ in range(200):
        if any(isinstance(b, Cut) for b in printer.blocks):
            return
        time.sleep(0.01)


def _texts(printer: SimulatedPrinter) -> list[TextBlock]:
    return [b for b in printer.blocks if isinstance(b, TextBlock)]


def test_ticket_round_trip_gb18030(
    wire_sim: PtySimulator | TcpSimulator, ticket: TicketData
) -> None:
    result = print_ticket(wire_sim.url, ticket, "generic-80")
    assert result.status is not None and result.status.ok
    _wait_for_cut(wire_sim.printer)
    texts = _texts(wire_sim.printer)
    joined = "\n".join(t.text for t in texts)
    assert "一窗政务服务中心" in joined
    assert "综合受理（不动产登记）" in joined
    assert "〇号窗口办理 生僻字𠀀 费用￥5" in joined  # ¥ mapped, 𠀀 kept as 4-byte GB18030
    number = next(t for t in texts if t.text == "A012")
    assert (number.width_mul, number.height_mul, number.align, number.bold) == (
        4,
        4,
        "center",
        True,
    )
    assert any(t.text == "【老年人优先】" and t.bold for t in texts)
    assert any(t.text == "您前面还有 3 人等候" for t in texts)
    assert any(t.text == "预计等待约 15 分钟" for t in texts)
    assert any(t.text == "取号时间：2025-06-12 09:31:05" for t in texts)
    qr = [b for b in wire_sim.printer.blocks if isinstance(b, QrBlock)]
    assert [q.payload for q in qr] == [ticket.qr_payload]
    assert wire_sim.printer.blocks[-1] == Cut(partial=True)


def test_gbk_printer_gets_fullwidth_yen_and_question_mark_for_rare_char(
    pty_sim: PtySimulator, ticket: TicketData
) -> None:
    print_ticket(pty_sim.url, ticket, "xprinter-xp80")
    _wait_for_cut(pty_sim.printer)
    assert any(t.text == "〇号窗口办理 生僻字? 费用￥5" for t in _texts(pty_sim.printer))
    raw = bytes(pty_sim.printer.received)
    assert "¥".encode("gb18030") not in raw and bytes.fromhex("a3a4") in raw


def test_58mm_ticket_fits_its_columns(sim_url: str, ticket: TicketData) -> None:
    result = print_ticket(sim_url, ticket, "generic-58")
    assert result.simulator is not None
    for block in _texts(result.simulator):
        cols = sum(2 if ord(ch) > 0x7F else 1 for ch in block.text) * block.width_mul
        assert cols <= 32, block
    number = next(t for t in _texts(result.simulator) if t.text == "A012")
    assert number.height_mul == 4


def test_printer_without_qr_gets_the_link_as_text(sim_url: str, ticket: TicketData) -> None:
    result = print_ticket(sim_url, ticket, "legacy-58-gb2312")
    assert result.simulator is not None
    blocks = result.simulator.blocks
    assert not any(isinstance(b, QrBlock) for b in blocks)
    text = "".join(b.text for b in blocks if isinstance(b, TextBlock))
    assert "zwfw.example.gov.cn" in text
    assert not any(isinstance(b, Cut) for b in blocks)  # no cutter: feed to the tear bar


def test_intake_slip_barcode_and_masked_name(tcp_sim: TcpSimulator, slip: IntakeSlipData) -> None:
    print_intake_slip(tcp_sim.url, slip, "generic-80")
    _wait_for_cut(tcp_sim.printer)
    blocks = tcp_sim.printer.blocks
    bars = [b for b in blocks if isinstance(b, BarcodeBlock)]
    assert [(b.kind, b.data, b.hri) for b in bars] == [("CODE128", "YC2025061200012", 2)]
    text = "\n".join(b.text for b in blocks if isinstance(b, TextBlock))
    assert "申请人：欧**娜" in text and "欧阳娜娜" not in text
    assert "查询密码：839201" in text and "办件编号：YC2025061200012" in text


def test_numeric_case_number_uses_code_set_c(sim_url: str, slip: IntakeSlipData) -> None:
    from dataclasses import replace

    result = print_intake_slip(sim_url, replace(slip, case_number="2025061200012345"), "generic-58")
    assert result.simulator is not None
    assert b"{C" in bytes(result.simulator.received)
    bars = [b for b in result.simulator.blocks if isinstance(b, BarcodeBlock)]
    assert bars[0].data == "2025061200012345"
