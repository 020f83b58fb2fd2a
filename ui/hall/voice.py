"""Voice calls for the hall: a FIFO of announcements, spoken one at a time, never overlapping.

Backends, tried in order for each announcement:
1. the pre-recorded clips joined into one WAV (one clean phrase) played with QtMultimedia;
2. QTextToSpeech, when an engine offers a Chinese voice;
3. silence with a logged warning, so the screen still shows the call.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from app.announce import DEFAULT_TEMPLATE, NoClipFor, announcement_text, clip_sequence
from app.announce_audio import clip_path, concat_wavs, default_clip_dir, duration_ms, missing_clips

log = logging.getLogger(__name__)


class CannotSpeak(Exception):
    """This backend cannot say this announcement; the next backend is tried."""


@dataclass(frozen=True)
class Announcement:
    number: str
    window_no: int
    text: str
    clips: list[str] = field(default_factory=list)


class Backend(Protocol):
    name: str

    def play(self, item: Announcement, done: Callable[[], None]) -> None: ...
    def stop(self) -> None: ...


class AudioSink(Protocol):
    def play_file(self, path: Path, length_ms: int, done: Callable[[], None]) -> None: ...
    def stop(self) -> None: ...


class PlayerSink(QObject):
    """QMediaPlayer + QAudioOutput; a watchdog ends the item if the device never reports."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(QAudioOutput(self))
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(lambda _e, msg: self._end(f"player error: {msg}"))
        self._watchdog = QTimer(self, singleShot=True)
        self._watchdog.timeout.connect(lambda: self._end("watchdog"))
        self._done: Callable[[], None] | None = None

    def play_file(self, path: Path, length_ms: int, done: Callable[[], None]) -> None:
        self._done = done
        self._watchdog.start(length_ms + 3000)
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def _on_status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._end("")

    def _end(self, why: str) -> None:
        if why:
            log.warning("announcement playback ended early: %s", why)
        self._watchdog.stop()
        done, self._done = self._done, None
        if done is not None:
            done()

    def stop(self) -> None:
        self._done = None
        self._watchdog.stop()
        self._player.stop()


_voice_tmp: Path | None = None


def _voice_dir() -> Path:
    """Where joined announcements are written: one folder per process, removed at exit."""
    global _voice_tmp
    if _voice_tmp is None:
        _voice_tmp = Path(tempfile.mkdtemp(prefix="yichuang-voice-"))
        atexit.register(shutil.rmtree, _voice_tmp, ignore_errors=True)
    return _voice_tmp


class ClipBackend:
    name = "clips"

    def __init__(self, clip_dir: Path | None = None, sink: AudioSink | None = None) -> None:
        self.clip_dir = clip_dir or default_clip_dir()
        self.sink = sink or PlayerSink()
        self._n = 0

    def build(self, item: Announcement) -> Path:
        missing = missing_clips(self.clip_dir, item.clips)
        if not item.clips or missing:
            raise CannotSpeak(f"missing clips {missing or 'for template'}")
        self._n += 1
        path = _voice_dir() / f"call-{self._n % 8}.wav"  # reuse a few files, not one
        try:
            path.write_bytes(concat_wavs([clip_path(self.clip_dir, c) for c in item.clips]))
        except (OSError, ValueError, EOFError) as exc:  # a damaged clip set: speak otherwise
            raise CannotSpeak(f"cannot join clips: {exc}") from exc
        return path

    def play(self, item: Announcement, done: Callable[[], None]) -> None:
        path = self.build(item)
        self.sink.play_file(path, duration_ms(path.read_bytes()), done)

    def stop(self) -> None:
        self.sink.stop()


class TtsBackend(QObject):
    name = "tts"

    def __init__(self, engine: str = "speechd", parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts = QTextToSpeech(engine, self)
        voices = [v for v in self._tts.availableVoices() if _is_chinese(v)]
        if self._tts.state() == QTextToSpeech.State.Error or not voices:
            raise CannotSpeak(f"no Chinese voice in TTS engine {engine}")
        self._tts.setVoice(voices[0])
        self._tts.stateChanged.connect(self._on_state)
        self._watchdog = QTimer(self, singleShot=True)
        self._watchdog.timeout.connect(self._finish)
        self._done: Callable[[], None] | None = None

    def play(self, item: Announcement, done: Callable[[], None]) -> None:
        self._done = done
        self._watchdog.start(15000)
        self._tts.say(item.text)

    def _on_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._finish()

    def _finish(self) -> None:
        self._watchdog.stop()
        done, self._done = self._done, None
        if done is not None:
            done()

    def stop(self) -> None:
        self._done = None
        self._tts.stop()


def _is_chinese(voice: object) -> bool:
    # espeak-ng's Mandarin voice is reported under locale "C", so the name is checked too.
    name = str(voice.name()).lower()  # type: ignore[attr-defined]
    locale = voice.locale().name()  # type: ignore[attr-defined]
    return locale.startswith("zh") or "mandarin" in name or "chinese" in name


class SilentBackend:
    name = "silent"

    def play(self, item: Announcement, done: Callable[[], None]) -> None:
        log.warning("no audio output for the voice call; shown only: %s", item.text)
        QTimer.singleShot(0, done)

    def stop(self) -> None:
        pass


def default_backends() -> list[Backend]:
    """Clips, then TTS, then silence; sound backends only when the PC has an audio output."""
    from PySide6.QtMultimedia import QMediaDevices

    backends: list[Backend] = []
    if QMediaDevices.audioOutputs():
        backends.append(ClipBackend())
        try:
            backends.append(TtsBackend())
        except CannotSpeak as exc:
            log.info("text-to-speech unavailable: %s", exc)
    else:
        log.warning("no audio output device: voice calls will be silent")
    backends.append(SilentBackend())
    return backends


class Announcer(QObject):
    """``enqueue`` returns at once; items are spoken in order, the next one only after the
    previous one has finished."""

    announced = Signal(str)  # an announcement starts
    finished = Signal(str)  # … and has ended

    def __init__(
        self,
        template: str = DEFAULT_TEMPLATE,
        backends: list[Backend] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.template = template
        self.backends = backends if backends is not None else default_backends()
        self._queue: deque[Announcement] = deque()
        self._current: Announcement | None = None
        self.spoken: list[tuple[str, str]] = []  # (text, backend name), for the log and tests

    def enqueue(self, number: str, window_no: int) -> str:
        text = announcement_text(self.template, number, window_no)
        try:
            clips = clip_sequence(number, window_no, self.template)
        except NoClipFor as exc:
            log.info("%s; using speech synthesis", exc)
            clips = []
        self._queue.append(Announcement(number, window_no, text, clips))
        QTimer.singleShot(0, self._next)
        return text

    @property
    def has_sound(self) -> bool:
        """False when every backend is silent (no audio device): the display says so."""
        return any(b.name != "silent" for b in self.backends)

    def pending_texts(self) -> list[str]:
        """The announcement playing now (if any) and those waiting, in order."""
        current = [self._current.text] if self._current else []
        return current + [a.text for a in self._queue]

    @property
    def busy(self) -> bool:
        return self._current is not None

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        item = self._current = self._queue.popleft()
        self.announced.emit(item.text)
        for backend in self.backends:
            try:
                backend.play(item, self._done)
            except CannotSpeak as exc:
                log.info("voice backend %s skipped: %s", backend.name, exc)
                continue
            self.spoken.append((item.text, backend.name))
            return
        self._done()

    def _done(self) -> None:
        item, self._current = self._current, None
        if item is not None:
            self.finished.emit(item.text)
        QTimer.singleShot(0, self._next)

    def stop(self) -> None:
        self._queue.clear()
        self._current = None
        for backend in self.backends:
            backend.stop()
