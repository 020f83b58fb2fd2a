"""Window LED screen and rating pad: frame bytes, checksums and a pty round trip."""

from __future__ import annotations

import time

import pytest

from printers.displays import (
    LedConfig,
    LedSimulator,
    LineFrameConfig,
    RatingPadConfig,
    RatingPadSimulator,
    decode_frames,
    key_label,
    led_frame,
    open_led,
    open_rating_pad,
    prompt_frame,
    satisfaction_code,
)
from printers.errors import DeviceError


def test_led_frame_bytes_with_xor_checksum() -> None:
    frame = led_frame(LedConfig(), 3, ["A012", "请"])
    text = b"A012\x0d" + "请".encode("gbk")
    xor = 0
    for b in bytes([3]) + text:
        xor ^= b
    assert frame == b"\x02" + bytes([3]) + text + bytes([xor]) + b"\x03"


def test_led_frame_sum8_custom_header_and_gb2312() -> None:
    cfg = LedConfig(
        frame=LineFrameConfig(
            header=b"\xaa\x55", tail=b"\x0d\x0a", checksum="sum8", encoding="gb2312"
        ),
        address_offset=0x10,
    )
    frame = led_frame(cfg, 2, ["窗口"])
    body = bytes([0x12]) + "窗口".encode("gb2312")
    assert frame == b"\xaa\x55" + body + bytes([sum(body) & 0xFF]) + b"\x0d\x0a"
    assert decode_frames(cfg.frame, frame) == (len(frame), [(0x12, "窗口".encode("gb2312"))])


def test_corrupted_frame_is_skipped_and_next_frame_decoded() -> None:
    cfg = LineFrameConfig()
    good = led_frame(LedConfig(), 1, ["B007"])
    bad = bytearray(led_frame(LedConfig(), 2, ["B008"]))
    bad[-2] ^= 0x01
    used, frames = decode_frames(cfg, bytes(bad) + good)
    assert frames == [(1, b"B007")]


def test_satisfaction_mapping_follows_gb_t_39046() -> None:
    assert [satisfaction_code(k) for k in (5, 4, 3, 2, 1)] == [1, 2, 3, 4, 5]
    assert key_label(5) == "非常满意" and key_label(1) == "非常不满意"
    with pytest.raises(DeviceError):
        satisfaction_code(6)


def test_prompt_frame_carries_staff_and_window() -> None:
    frame = prompt_frame(RatingPadConfig(), "李娜", 3)
    assert frame.startswith(b"\x02\x03P") and "请评价：3号窗口 李娜".encode("gbk") in frame


def _wait_for(predicate, what: str) -> None:  # type: ignore[no-untyped-def]
    # The simulator thread works asynchronously; wait for its state, never for a duration.
    deadline = time.monotonic() + 5
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"simulator never saw {what}")
        time.sleep(0.01)


def test_led_over_pty_shows_per_window() -> None:
    with LedSimulator() as sim:
        led = open_led(sim.url)
        led.show(3, ["A012 请到3号窗口", "食品经营许可"])
        led.show(5, ["暂停服务"])
        _wait_for(lambda: 5 in sim.shown, "window 5")
        led.close()
        assert sim.shown == {3: ["A012 请到3号窗口", "食品经营许可"], 5: ["暂停服务"]}


def test_rating_pad_round_trip_key5_is_very_satisfied() -> None:
    with RatingPadSimulator() as sim:
        pad = open_rating_pad(sim.url)
        pad.prompt("李娜", 3)
        _wait_for(lambda: sim.last_prompt is not None, "the prompt")
        assert sim.prompts == [(3, "请评价：3号窗口 李娜")]
        sim.press(5)
        key = pad.read_rating(timeout=5)
        pad.close()
    assert key == 5 and satisfaction_code(key) == 1 and key_label(key) == "非常满意"


def test_rating_pad_no_press_returns_none_and_sim_urls_work() -> None:
    pad = open_rating_pad("sim://")
    led = open_led("sim://")
    try:
        pad.prompt("王伟", 1)
        assert pad.read_rating(timeout=0.2) is None
        led.show(1, ["A001"])
        _wait_for(lambda: led.simulator.shown.get(1) == ["A001"], "the sim:// LED")  # type: ignore[attr-defined]
    finally:
        pad.close()
        led.close()
