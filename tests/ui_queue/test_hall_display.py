"""The hall display: a call appears on screen and its announcement is queued; announcements
never overlap; the joined clip WAV is one clean file."""

from __future__ import annotations

import io
import wave
from collections.abc import Callable
from pathlib import Path

from app.announce_audio import clip_path, concat_wavs, default_clip_dir
from app.queue.service import QueueService
from db.engine import Store
from tests.ui_queue.conftest import ADMIN, CLERK
from ui.hall.hall_window import HallWindow
from ui.hall.voice import Announcer, ClipBackend, SilentBackend


class HeldSink:
    """Stands in for the sound card only: records each WAV handed to it and finishes it when
    the test says so, so overlap would be visible."""

    def __init__(self) -> None:
        self.played: list[bytes] = []
        self.pending: list[Callable[[], None]] = []

    def play_file(self, path: Path, length_ms: int, done: Callable[[], None]) -> None:
        self.played.append(path.read_bytes())
        self.pending.append(done)

    def finish_one(self) -> None:
        self.pending.pop(0)()

    def stop(self) -> None:
        self.pending.clear()


def test_a_call_appears_on_screen_and_its_announcement_is_queued(
    qtbot, store: Store, settings, service: QueueService
):  # type: ignore[no-untyped-def]
    announcer = Announcer(settings.voice_template, backends=[SilentBackend()])
    hall = HallWindow(store, settings, hall_name="测试县政务服务中心", service=service,
                      announcer=announcer)  # fmt: skip
    qtbot.addWidget(hall)
    hall.show()
    qtbot.waitUntil(lambda: hall.primed and 3 in hall.cards)
    announced: list[str] = []
    announcer.announced.connect(announced.append)
    service.issue(ADMIN, "ZH")
    service.call_next(CLERK, 3)
    qtbot.waitUntil(lambda: hall.cards[3].number.text() == "A001", timeout=5000)
    qtbot.waitUntil(lambda: announced == ["请 A001 号 到 3 号窗口 办理"], timeout=5000)
    assert hall.banner.text() == "请 A001 号 到 3 号窗口 办理"
    assert hall.recent.texts()[0].startswith("A001")
    service.recall(CLERK, 3)  # a recall is announced again
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=5000)
    hall.shutdown()


def test_two_calls_are_spoken_in_order_one_after_the_other(qtbot) -> None:  # type: ignore[no-untyped-def]
    sink = HeldSink()
    announcer = Announcer(backends=[ClipBackend(sink=sink), SilentBackend()])
    started: list[str] = []
    announcer.announced.connect(started.append)
    announcer.enqueue("A001", 3)
    announcer.enqueue("B012", 12)
    assert announcer.pending_texts() == [
        "请 A001 号 到 3 号窗口 办理",
        "请 B012 号 到 12 号窗口 办理",
    ]
    qtbot.waitUntil(lambda: len(sink.played) == 1)
    qtbot.wait(50)  # let any wrongly scheduled second start happen
    assert len(sink.played) == 1 and started == ["请 A001 号 到 3 号窗口 办理"]
    sink.finish_one()
    qtbot.waitUntil(lambda: len(sink.played) == 2)
    assert started[1] == "请 B012 号 到 12 号窗口 办理"
    assert announcer.pending_texts() == ["请 B012 号 到 12 号窗口 办理"]
    sink.finish_one()
    qtbot.waitUntil(lambda: not announcer.busy)
    assert [backend for _t, backend in announcer.spoken] == ["clips", "clips"]
    with wave.open(io.BytesIO(sink.played[1]), "rb") as w:
        assert w.getnframes() > w.getframerate()  # a whole phrase, not one clip


def test_joined_wav_has_one_header_the_clip_format_and_the_summed_length() -> None:
    clips = [clip_path(default_clip_dir(), n) for n in ["请", "A", "零", "零", "一", "号"]]
    frames, params = 0, []
    for path in clips:
        with wave.open(str(path), "rb") as w:
            frames += w.getnframes()
            params.append((w.getnchannels(), w.getsampwidth(), w.getframerate()))
    data = concat_wavs(clips)
    assert data.count(b"RIFF") == 1 and data.count(b"WAVEfmt") == 1
    with wave.open(io.BytesIO(data), "rb") as w:
        assert w.getnframes() == frames
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == params[0] == (1, 2, 22050)
    assert len(set(params)) == 1


def test_missing_clips_fall_back_to_the_next_backend(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    announcer = Announcer(
        backends=[ClipBackend(clip_dir=tmp_path, sink=HeldSink()), SilentBackend()]
    )
    announcer.enqueue("A001", 3)
    qtbot.waitUntil(lambda: bool(announcer.spoken) and not announcer.busy)
    assert announcer.spoken == [("请 A001 号 到 3 号窗口 办理", "silent")]
