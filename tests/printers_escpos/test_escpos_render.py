"""The simulator's PNG reads as a ticket: CJK glyphs, a large number, a QR that decodes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from printers.escpos import TicketData, print_intake_slip, print_ticket
from printers.escpos.ticket import IntakeSlipData
from printers.simulator import QrBlock, render
from printers.simulator.render import MARGIN, qr_matrix


def _png(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L")


@pytest.mark.parametrize(("profile", "dots"), [("generic-58", 384), ("generic-80", 576)])
def test_png_has_paper_width_and_ink(
    sim_url: str, ticket: TicketData, tmp_path: Path, profile: str, dots: int
) -> None:
    result = print_ticket(sim_url, ticket, profile)
    assert result.simulator is not None
    out = tmp_path / "ticket.png"
    result.simulator.render_png(out)
    img = Image.open(out).convert("L")
    assert img.width == dots + 2 * MARGIN
    assert img.height > 600
    dark = sum(img.histogram()[:128])
    assert 0.03 < dark / (img.width * img.height) < 0.5


def test_number_is_printed_large(sim_url: str, ticket: TicketData) -> None:
    from printers.simulator.blocks import TextBlock

    big = render._text_image(TextBlock("A012", width_mul=4, height_mul=4))
    normal = render._text_image(TextBlock("A012"))
    assert big.height == 96 and normal.height == 24
    assert big.width == 4 * normal.width == 4 * 4 * 12


def test_chinese_renders_as_glyphs_not_boxes() -> None:
    from printers.simulator.blocks import TextBlock

    # two different characters must give two different bitmaps (tofu boxes are identical)
    a = render._text_image(TextBlock("政")).tobytes()
    b = render._text_image(TextBlock("务")).tobytes()
    assert a != b


def test_rendered_qr_decodes_to_the_payload(sim_url: str, ticket: TicketData) -> None:
    result = print_ticket(sim_url, ticket, "generic-58")
    assert result.simulator is not None
    img = _png(result.simulator.last_ticket_png())
    zxingcpp = pytest.importorskip("zxingcpp")
    texts = [r.text for r in zxingcpp.read_barcodes(img)]
    assert ticket.qr_payload in texts


def test_rendered_qr_matches_the_qr_matrix(sim_url: str, ticket: TicketData) -> None:
    """Works without a decoder: sample every module of the printed QR."""
    result = print_ticket(sim_url, ticket, "generic-80")
    assert result.simulator is not None
    qr = next(b for b in result.simulator.blocks if isinstance(b, QrBlock))
    matrix = qr_matrix(qr.payload, qr.ecc)
    img = _png(result.simulator.last_ticket_png())
    bbox = ImageOps.invert(img).getbbox()
    assert bbox is not None
    # find the QR: the widest run of rows whose ink is centred and square-sized
    size = len(matrix) * qr.module_size
    left = MARGIN + (576 - size) // 2
    top = next(
        y
        for y in range(img.height)
        if all(img.getpixel((left + x, y)) < 128 for x in range(7 * qr.module_size))
    )
    m = qr.module_size
    sampled = [
        [
            img.getpixel((left + x * m + m // 2, top + y * m + m // 2)) < 128
            for x in range(len(matrix))
        ]
        for y in range(len(matrix))
    ]
    assert sampled == matrix


def test_slip_barcode_decodes(sim_url: str, slip: IntakeSlipData) -> None:
    result = print_intake_slip(sim_url, slip, "generic-80")
    assert result.simulator is not None
    zxingcpp = pytest.importorskip("zxingcpp")
    texts = [r.text for r in zxingcpp.read_barcodes(_png(result.simulator.last_ticket_png()))]
    assert slip.case_number in texts
