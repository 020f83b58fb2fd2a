"""``yichuang sounds …``: build the voice-call clip set with espeak-ng, or join clips into the
phrase the hall would play for a call (to listen to it)."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path
from typing import Any

from app.announce import CLIP_FILES, CLIP_SPOKEN, DEFAULT_TEMPLATE, announcement_text, clip_sequence
from app.announce_audio import (
    RATE,
    WavFormat,
    clip_path,
    concat_wavs,
    default_clip_dir,
    missing_clips,
    read_wav,
    trim_silence,
    wav_bytes,
)
from app.errors import InvalidInput

VOICE = "cmn"
SPEED = 150  # words per minute: slower than espeak's 175, clearer over a hall's echo


def register(subparsers: Any) -> None:
    sounds = subparsers.add_group("sounds", help="叫号语音片段")
    gen = sounds.add_parser("generate", help="用 espeak-ng 生成默认叫号语音片段（WAV）")
    gen.add_argument(
        "--out", type=Path, default=None, help="输出目录（默认为程序自带的 resources/sounds）"
    )
    gen.set_defaults(func=generate_handler)
    say = sounds.add_parser("say", help="把一次叫号的语音片段拼接成一个 WAV 文件")
    say.add_argument("number", help="票号，如 A001")
    say.add_argument("window", type=int, help="窗口号")
    say.add_argument("--out", type=Path, required=True, help="输出 WAV 文件")
    say.add_argument("--clips", type=Path, default=None, help="片段目录（默认为程序自带）")
    say.add_argument("--template", default=DEFAULT_TEMPLATE, help="叫号语音模板")
    say.set_defaults(func=say_handler)


def _espeak() -> str:
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise InvalidInput("找不到 espeak-ng，请先安装（Debian/Ubuntu：apt-get install espeak-ng）")
    return exe


def _trim_with_sox(sox: str, src: Path, dst: Path) -> None:
    # silence effect both ends (via reverse), then a short fade so joined clips never click
    subprocess.run(
        [sox, str(src), "-r", str(RATE), "-c", "1", "-b", "16", str(dst),
         "silence", "1", "0.01", "1%", "fade", "t", "0.006", "reverse",
         "silence", "1", "0.01", "1%", "fade", "t", "0.006", "reverse", "pad", "0.02", "0.02"],
        check=True, capture_output=True,
    )  # fmt: skip


def _trim_in_python(src: Path, dst: Path) -> None:
    fmt, frames = read_wav(src)
    if (fmt.channels, fmt.sample_width, fmt.rate) != (1, 2, RATE):
        raise InvalidInput(f"{src} 不是 {RATE} Hz 单声道 16 位，且没有 sox 可转换")
    dst.write_bytes(wav_bytes(WavFormat(1, 2, RATE), trim_silence(frames, RATE)))


def generate(out: Path) -> list[dict[str, Any]]:
    espeak, sox = _espeak(), shutil.which("sox")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, stem in CLIP_FILES.items():
            raw = Path(tmp) / f"{stem}.wav"
            subprocess.run(
                [espeak, "-v", VOICE, "-s", str(SPEED), "-w", str(raw), CLIP_SPOKEN[name]],
                check=True, capture_output=True,
            )  # fmt: skip
            dst = out / f"{stem}.wav"
            if sox:
                _trim_with_sox(sox, raw, dst)
            else:
                _trim_in_python(raw, dst)
            with wave.open(str(dst), "rb") as w:
                ms = int(1000 * w.getnframes() / w.getframerate())
            made.append({"clip": name, "file": dst.name, "ms": ms})
    return made


def generate_handler(args: argparse.Namespace) -> int:
    out = args.out or default_clip_dir()
    made = generate(out)
    if getattr(args, "json", False):
        print(json.dumps({"dir": str(out), "clips": made}, ensure_ascii=False))
    else:
        total = sum(m["ms"] for m in made)
        print(f"已生成 {len(made)} 个语音片段（共 {total / 1000:.1f} 秒）到 {out}")
    return 0


def say_handler(args: argparse.Namespace) -> int:
    clip_dir = args.clips or default_clip_dir()
    names = clip_sequence(args.number, args.window, args.template)
    missing = missing_clips(clip_dir, names)
    if missing:
        raise InvalidInput(
            f"{clip_dir} 中缺少语音片段：{'、'.join(missing)}，请先运行 yichuang sounds generate"
        )
    args.out.write_bytes(concat_wavs([clip_path(clip_dir, n) for n in names]))
    text = announcement_text(args.template, args.number, args.window)
    if getattr(args, "json", False):
        print(json.dumps({"text": text, "clips": names, "out": str(args.out)}, ensure_ascii=False))
    else:
        print(f"“{text}” → {args.out}")
    return 0
