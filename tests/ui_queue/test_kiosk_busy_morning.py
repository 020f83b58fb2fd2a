"""The kiosk as a hurried or elderly applicant uses it: quick taps, the return tap that lands on
a tile, a second ticket for the same line, the priority lane and its way out, the hall clock,
what the ticket says, and the administrator's exit PIN."""

from __future__ import annotations

import dataclasses
import random
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.cli.main import run
from app.kiosk import exit_pin
from app.kiosk.repeat import RETURN_GUARD_SECONDS
from app.kiosk.wording import MISSED_CALL
from app.queue.service import QueueService
from app.settings import Settings
from app.staff import add_staff
from db.engine import Store
from printers.escpos import render_ticket
from tests.ui_queue.conftest import ADMIN
from ui.kiosk.kiosk_window import KioskWindow

PIN = "240816"
PIN_HASH = exit_pin.hash_pin(PIN)


class StepClock:
    """The kiosk's own time for its tap rules: each tap below moves it on a quarter second."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def kiosk(qtbot, store: Store, service: QueueService, settings: Settings) -> Iterator[KioskWindow]:  # type: ignore[no-untyped-def]
    k = KioskWindow(store, dataclasses.replace(settings, kiosk_pin_hash=PIN_HASH),
                    hall_name="测试县政务服务中心", service=service)  # fmt: skip
    qtbot.addWidget(k)
    k.show()
    qtbot.waitUntil(lambda: "ZH" in k.tiles.tiles)
    yield k
    k.shutdown()


def tap(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def issued_numbers(service: QueueService) -> list[str]:
    return [f"{ln.prefix}{n:03d}" for ln in service.lines() for n in range(1, ln.issued_today + 1)]


def test_a_minute_of_quick_taps_issues_only_the_tickets_asked_for(qtbot, kiosk, service) -> None:  # type: ignore[no-untyped-def]
    clock = StepClock()
    kiosk.guard.clock = clock
    rng = random.Random(7)
    asked_for: list[str] = []
    printed: list[object] = []  # counted from before each tap: a quick print can finish first
    kiosk.print_finished.connect(lambda *args: printed.append(args))

    def quick(widget) -> None:  # type: ignore[no-untyped-def]
        clock.t += 0.25  # four taps a second
        tap(qtbot, widget)

    while clock.t < 1060.0:  # one minute of kiosk time
        line = rng.choice(["ZH", "BDC"])
        tile = kiosk.tiles.tiles[line]
        clock.t += RETURN_GUARD_SECONDS  # the applicant walks up
        before = len(issued_numbers(service))
        prints_before = len(printed)
        quick(tile)
        if kiosk.stack.currentWidget() is kiosk.repeat_screen:
            # the same line a moment ago: asked first; half say no, half really want another
            if rng.random() < 0.5:
                quick(kiosk.repeat_screen.no_button)
                assert kiosk.stack.currentWidget() is kiosk.home
                continue
            quick(kiosk.repeat_screen.yes_button)  # the second half of a double tap
            assert kiosk.stack.currentWidget() is kiosk.repeat_screen
            clock.t += RETURN_GUARD_SECONDS  # reads the question, then answers
            with qtbot.waitSignal(kiosk.print_finished, timeout=10000):
                quick(kiosk.repeat_screen.yes_button)
        else:
            qtbot.waitUntil(lambda n=prints_before: len(printed) > n, timeout=10000)
        asked_for.append(line)
        assert len(issued_numbers(service)) == before + 1
        # back home: by a tap on the screen, or by the 10 s timer just before the tap lands
        if rng.random() < 0.5:
            quick(kiosk.ticket_screen)
        else:
            kiosk._ticket_timer.timeout.emit()
        for _ in range(3):  # the tap for "轻触屏幕返回首页" and two more land on tiles
            quick(kiosk.tiles.tiles[rng.choice(["ZH", "BDC"])])
        assert kiosk.stack.currentWidget() is kiosk.home
        qtbot.wait(50)
        assert len(issued_numbers(service)) == before + 1  # none of them issued
    per_line = {code: asked_for.count(code) for code in ("ZH", "BDC")}
    lines = {ln.code: ln.issued_today for ln in service.lines()}
    assert lines["ZH"] == per_line["ZH"] and lines["BDC"] == per_line["BDC"]
    assert len(asked_for) >= 5


def test_a_second_ticket_for_the_same_line_asks_first(qtbot, kiosk, service) -> None:  # type: ignore[no-untyped-def]
    kiosk.guard.clock = clock = StepClock()
    with qtbot.waitSignal(kiosk.print_finished, timeout=10000):
        tap(qtbot, kiosk.tiles.tiles["ZH"])
    tap(qtbot, kiosk.ticket_screen)
    clock.t += 30  # half a minute later, the same tile
    with qtbot.waitSignal(kiosk.asked, timeout=2000):
        tap(qtbot, kiosk.tiles.tiles["ZH"])
    assert "A001" in kiosk.repeat_screen.question.text()
    tap(qtbot, kiosk.repeat_screen.no_button)
    assert kiosk.stack.currentWidget() is kiosk.home
    assert [ln.issued_today for ln in service.lines() if ln.code == "ZH"] == [1]
    clock.t += 30
    with qtbot.waitSignal(kiosk.print_finished, timeout=10000):
        tap(qtbot, kiosk.tiles.tiles["BDC"])  # another line does not ask
    tap(qtbot, kiosk.ticket_screen)
    clock.t += 200  # past kiosk_repeat_seconds: no question
    with qtbot.waitSignal(kiosk.issued, timeout=10000) as got:
        tap(qtbot, kiosk.tiles.tiles["ZH"])
    assert got.args[0].number == "A002"


def test_the_ticket_names_its_windows_and_promises_nothing_it_cannot_keep(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(kiosk.print_finished, timeout=10000):
        tap(qtbot, kiosk.tiles.tiles["BDC"])
    screen = kiosk.ticket_screen
    assert "请到 3 号窗口办理" in screen.labels["ticketWhere"].text()  # BDC: window 3 only
    assert screen.labels["ticketInfo"].text() == "前面没有人等候，请留意叫号"  # no "约 0 分钟"
    assert MISSED_CALL in screen.notice.text()
    kt = kiosk.desk()
    slip = kt.slip(kt.describe(kiosk.service().ticket("C001")))
    assert slip.qr_payload is None  # the default: no QR a phone cannot open
    text = render_ticket(slip).decode("gb18030", errors="ignore")
    assert "扫码" not in text and "原窗口" not in text and "窗口说明，由窗口为您补回" in text
    linked = dataclasses.replace(kiosk.settings, ticket_qr="https://hall.example.cn/q?n={number}")
    kt.settings = linked
    assert kt.describe(kiosk.service().ticket("C001")).qr == "https://hall.example.cn/q?n=C001"


def test_tiles_say_what_each_line_is_for_and_the_clock_shows_hall_time(qtbot, kiosk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "UTC")  # the PC clock on UTC, as found in the hall
    kiosk._tick()
    assert "10:00" in kiosk.clock.text()  # the queue clock is 10:00 Beijing time
    kiosk.tiles.set_hints({"ZH": "办残疾证、换残疾证"})
    assert "办残疾证" in kiosk.tiles.tiles["ZH"].hint_label.text()


def test_priority_lane_has_one_confirm_shows_plainly_and_can_be_cancelled(qtbot, kiosk, service) -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, kiosk.priority_button)
    screen = kiosk.priority_screen
    tap(qtbot, screen.go_button)  # nothing chosen yet: says what to do
    assert "请先选择优先类别" in screen.message.text()
    tap(qtbot, screen.kind_buttons["disabled"])
    tap(qtbot, screen.go_button)
    assert kiosk.stack.currentWidget() is kiosk.home
    assert kiosk.priority_bar.isVisible() and "残疾人" in kiosk.priority_text.text()
    tap(qtbot, kiosk.cancel_priority)
    assert not kiosk.priority_bar.isVisible()
    kiosk.guard.clock = lambda: 1e6  # well after the return to home
    with qtbot.waitSignal(kiosk.issued, timeout=10000) as got:
        tap(qtbot, kiosk.tiles.tiles["ZH"])
    assert got.args[0].priority_kind is None  # cancelled: an ordinary ticket


def test_first_run_asks_for_the_exit_pin_and_stores_only_its_hash(qtbot, store, service, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cfg = tmp_path / "kiosk.toml"
    k = KioskWindow(store, dataclasses.replace(settings, config_path=cfg), hall_name="测试",
                    service=service)  # fmt: skip
    qtbot.addWidget(k)
    k.show()
    try:
        assert k.stack.currentWidget() is k.pin_setup
        pad = k.pin_setup.keypad
        for text in ("1234", "111111"):
            for ch in text:
                tap(qtbot, pad.buttons[ch])
            tap(qtbot, pad.buttons["确定"])
            assert "密码" in k.pin_setup.message.text()  # too short, too simple
        for text in (PIN, PIN):
            for ch in text:
                tap(qtbot, pad.buttons[ch])
            tap(qtbot, pad.buttons["确定"])
        qtbot.waitUntil(lambda: k.stack.currentWidget() is k.home, timeout=10000)
        stored = tomllib.loads(cfg.read_text(encoding="utf-8"))["kiosk_pin_hash"]
        assert stored.startswith("$argon2id$") and PIN not in cfg.read_text(encoding="utf-8")
        k.close()  # asks for the PIN it was just given
        assert k.stack.currentWidget() is k.pin_screen
        for ch in PIN:
            tap(qtbot, k.pin_screen.keypad.buttons[ch])
        tap(qtbot, k.pin_screen.keypad.buttons["确定"])
        qtbot.waitUntil(lambda: not k.isVisible(), timeout=10000)
    finally:
        k.shutdown()


def test_cli_sets_the_exit_pin_for_an_admin_only(store, settings, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    add_staff(store, ADMIN, work_no="K0001", name="管理员", password="admin-pass-1",
              roles=["admin"])  # fmt: skip
    add_staff(store, ADMIN, work_no="K0002", name="窗口", password="clerk-pass-1",
              roles=["clerk"])  # fmt: skip
    cfg = tmp_path / "pin.toml"
    monkeypatch.setenv("YICHUANG_KIOSK_PIN", "583920")
    monkeypatch.setenv("YICHUANG_PASSWORD", "clerk-pass-1")
    args = ["--db", settings.db, "--config", str(cfg), "kiosk", "pin", "set"]
    cfg.write_text("", encoding="utf-8")
    assert run([*args, "--admin", "K0002"]) != 0
    assert "不是系统管理员" in capsys.readouterr().err
    monkeypatch.setenv("YICHUANG_PASSWORD", "admin-pass-1")
    assert run([*args, "--admin", "K0001"]) == 0
    stored = tomllib.loads(cfg.read_text(encoding="utf-8"))["kiosk_pin_hash"]
    assert exit_pin.check(stored, "583920") and not exit_pin.check(stored, "583921")

