"""The clip set on disk and joining clips into one WAV, with the standard library only.

Why our own code instead of pydub/soundfile: the clips are PCM WAVs we make ourselves, so
``wave`` and ``array`` do all that is needed without a native dependency on the hall PCs.
"""

from __future__ import annotations

import array
import io
import sys
import wave
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from app.announce import CLIP_FILES

RATE = 22050
FADE_MS = 6  # a few ms of fade at each clip edge: no click where two clips meet


@dataclass(frozen=True)
class WavFormat:
    channels: int
    sample_width: int
    rate: int


def default_clip_dir() -> Path:
    with as_file(files("resources").joinpath("sounds")) as path:
        return Path(path)


def clip_path(clip_dir: Path, name: str) -> Path:
    return clip_dir / f"{CLIP_FILES[name]}.wav"


def missing_clips(clip_dir: Path, names: list[str]) -> list[str]:
    return [n for n in names if n not in CLIP_FILES or not clip_path(clip_dir, n).is_file()]


def read_wav(path: Path) -> tuple[WavFormat, bytes]:
    with wave.open(str(path), "rb") as w:
        fmt = WavFormat(w.getnchannels(), w.getsampwidth(), w.getframerate())
        return fmt, w.readframes(w.getnframes())


def wav_bytes(fmt: WavFormat, frames: bytes) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(fmt.channels)
        w.setsampwidth(fmt.sample_width)
        w.setframerate(fmt.rate)
        w.writeframes(frames)
    return buf.getvalue()


def concat_wavs(paths: list[Path]) -> bytes:
    """One WAV (one header) holding the clips back to back. All clips must share one format;
    a clip set mixing formats is a packaging error, reported with the offending file."""
    if not paths:
        raise ValueError("no clips to join")
    fmt0: WavFormat | None = None
    chunks: list[bytes] = []
    for path in paths:
        fmt, frames = read_wav(path)
        if fmt0 is None:
            fmt0 = fmt
        elif fmt != fmt0:
            raise ValueError(f"clip {path} is {fmt}, expected {fmt0}")
        chunks.append(frames)
    assert fmt0 is not None
    return wav_bytes(fmt0, b"".join(chunks))


def duration_ms(data: bytes) -> int:
    with wave.open(io.BytesIO(data), "rb") as w:
        return int(1000 * w.getnframes() / w.getframerate())


def trim_silence(frames: bytes, rate: int, *, threshold: int = 600, pad_ms: int = 25) -> bytes:
    """Cut leading/trailing quiet (16-bit mono), keep ``pad_ms`` of air, fade both edges."""
    samples = array.array("h")
    samples.frombytes(frames)
    if sys.byteorder == "big":
        samples.byteswap()
    loud = [i for i, s in enumerate(samples) if abs(s) > threshold]
    if not loud:
        return b""
    pad = rate * pad_ms // 1000
    start, end = max(0, loud[0] - pad), min(len(samples), loud[-1] + pad)
    out = samples[start:end]
    fade = min(len(out) // 2, rate * FADE_MS // 1000)
    for i in range(fade):
        out[i] = out[i] * i // fade
        out[-1 - i] = out[-1 - i] * i // fade
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()
