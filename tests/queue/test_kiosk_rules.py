"""The kiosk's rules in app/: what the ticket says, the hall clock, the repeat question, the
exit PIN, the one elderly-lane rule."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.identity import resident_id_check_char
from app.kiosk import exit_pin, wording
from app.kiosk.hall_clock import clock_text, hall_today
from app.kiosk.repeat import RETURN_GUARD_SECONDS, RepeatGuard
from app.queue.priority import elderly_lane
from app.settings import Settings


def test_nobody_ahead_never_reads_zero_minutes() -> None:
    assert "0 分钟" not in wording.wait_text(0, 0)
    assert wording.wait_text(3, 15) == "前面还有 3 人 · 预计等候约 15 分钟"
    assert "0 分钟" not in wording.tile_wait_text(0, 0)
    assert wording.windows_text([7, 3, 4]) == "请到 3、4、7 号窗口办理（以叫号为准）"


def test_clocks_show_beijing_time_whatever_the_pc_zone() -> None:
    utc = dt.datetime(2026, 12, 1, 11, 40, tzinfo=dt.UTC)  # 19:40 in the hall
    assert clock_text(lambda: utc) == "2026-12-01  19:40"
    late = dt.datetime(2026, 12, 1, 16, 30, tzinfo=dt.UTC)  # already the 2nd in the hall
    assert hall_today(lambda: late) == dt.date(2026, 12, 2)


def test_repeat_question_and_return_guard() -> None:
    now = [100.0]
    guard = RepeatGuard(180, clock=lambda: now[0])
    guard.came_home()
    assert guard.tap_guarded()
    now[0] += RETURN_GUARD_SECONDS
    assert not guard.tap_guarded()
    guard.issued("ZH", "A001")
    now[0] += 60
    recent = guard.asks_first("ZH")
    assert recent is not None and recent.number == "A001"
    assert guard.asks_first("BDC") is None
    now[0] += 121
    assert guard.asks_first("ZH") is None
    assert RepeatGuard(0, clock=lambda: now[0]).asks_first("ZH") is None


def test_exit_pin_is_checked_against_its_hash_and_weak_pins_are_refused() -> None:
    for weak in ("1234", "111111", "123456", "abcdef"):
        with pytest.raises(InvalidInput):
            exit_pin.hash_pin(weak)
    with pytest.raises(InvalidInput, match="不一致"):
        exit_pin.validate("583920", "583921")
    digest = exit_pin.hash_pin("583920")
    assert "583920" not in digest
    assert exit_pin.check(digest, "583920") and not exit_pin.check(digest, "583921")
    assert not exit_pin.check("", "583920") and not exit_pin.check("not-a-hash", "583920")


def test_elderly_lane_follows_the_lane_setting() -> None:
    first17 = "11010119450101123"
    old = first17 + resident_id_check_char(first17)
    today = dt.date(2026, 12, 2)
    assert elderly_lane(Settings(), old, today)
    assert not elderly_lane(Settings(priority_kinds="disabled,military"), old, today)
    assert not elderly_lane(Settings(elderly_age=90), old, today)
