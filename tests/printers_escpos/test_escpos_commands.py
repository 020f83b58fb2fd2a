"""Each command's bytes against the table in docs/hardware.md 1.1."""

from __future__ import annotations

import pytest
from PIL import Image

from printers.escpos import commands as c


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (c.init(), "1b 40 1c 26"),
        (c.chinese_on(), "1c 26"),
        (c.chinese_off(), "1c 2e"),
        (c.align("left"), "1b 61 00"),
        (c.align("center"), "1b 61 01"),
        (c.align("right"), "1b 61 02"),
        (c.bold(True), "1b 45 01"),
        (c.bold(False), "1b 45 00"),
        (c.underline(1), "1b 2d 01"),
        (c.size(1, 1), "1d 21 00"),
        (c.size(2, 2), "1d 21 11"),
        (c.size(4, 4), "1d 21 33"),
        (c.size(2, 1), "1d 21 10"),
        (c.feed(3), "1b 64 03"),
        (c.cut(partial=False), "1d 56 00"),
        (c.cut(partial=True), "1d 56 01"),
        (c.cut(partial=False, feed_dots=0), "1d 56 41 00"),
        (c.cut(partial=True, feed_dots=0), "1d 56 42 00"),
        (c.qr_model(2), "1d 28 6b 04 00 31 41 32 00"),
        (c.qr_module_size(6), "1d 28 6b 03 00 31 43 06"),
        (c.qr_ecc("L"), "1d 28 6b 03 00 31 45 30"),
        (c.qr_ecc("H"), "1d 28 6b 03 00 31 45 33"),
        (c.qr_store(b"AB"), "1d 28 6b 05 00 31 50 30 41 42"),
        (c.qr_print(), "1d 28 6b 03 00 31 51 30"),
        (c.status_request(1), "10 04 01"),
        (c.status_request(4), "10 04 04"),
    ],
)
def test_command_bytes_match_reference_table(built: bytes, expected: str) -> None:
    assert built.hex(" ") == expected


def test_qr_store_length_counts_payload_plus_three() -> None:
    data = b"x" * 300
    cmd = c.qr_store(data)
    assert cmd[3] + 256 * cmd[4] == len(data) + 3
    assert cmd.endswith(data)


def test_qr_payload_travels_as_utf8() -> None:
    assert "政务".encode() in c.qr("政务")


def test_code128_uses_set_c_for_even_digits_and_set_b_otherwise() -> None:
    assert c.code128_data("20250612") == b"{C" + bytes([20, 25, 6, 12])
    assert c.code128_data("YC-12") == b"{BYC-12"
    assert c.code128_data("123") == b"{B123"


def test_code128_escapes_a_literal_brace() -> None:
    assert c.code128_data("A{1") == b"{BA{{1"


def test_code128_command_counts_the_selector_in_n() -> None:
    cmd = c.code128("AB12", height=60, module_width=2, hri="below")
    assert cmd.startswith(bytes.fromhex("1d 68 3c 1d 77 02 1d 48 02 1d 66 00"))
    assert cmd.endswith(bytes.fromhex("1d 6b 49 06") + b"{BAB12")


def test_code128_rejects_chinese() -> None:
    with pytest.raises(ValueError):
        c.code128_data("办件1")


def test_raster_logo_is_gs_v_0_with_black_bits_set() -> None:
    img = Image.new("L", (10, 2), 255)
    img.putpixel((0, 0), 0)  # one black dot top-left
    cmd = c.raster(img, max_width=384)
    assert cmd[:8] == bytes.fromhex("1d 76 30 00 02 00 02 00")  # 2 bytes wide, 2 rows
    assert cmd[8:] == bytes([0x80, 0, 0, 0])


def test_magnification_outside_1_to_8_is_refused() -> None:
    with pytest.raises(ValueError):
        c.size(9, 1)
