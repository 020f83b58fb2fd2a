"""What the hall says when a ticket is called: the text of the announcement and the sequence of
pre-recorded clips that speak it ("请 A001 号 到 3 号窗口 办理").

Ticket numbers are read digit by digit (A001 → A 零 零 一), as every hall does so that 101 and
11 never sound alike; window numbers are read as numbers (12 → 十二), as people say them.
"""

from __future__ import annotations

import re
import string

DEFAULT_TEMPLATE = "请 {number} 号 到 {window} 号窗口 办理"

DIGITS = "零一二三四五六七八九"

#: Clip name → file stem in resources/sounds (ASCII, so the set packages on any file system).
CLIP_FILES: dict[str, str] = {
    "请": "qing",
    "号": "hao",
    "到": "dao",
    "号窗口": "haochuangkou",
    "窗口": "chuangkou",
    "办理": "banli",
    "前往": "qianwang",
    "十": "shi",
    "百": "bai",
    **{d: f"digit{i}" for i, d in enumerate(DIGITS)},
    **{c: f"letter_{c}" for c in string.ascii_uppercase},
}

#: What espeak-ng is asked to say for each clip (letters alone are read as English names).
CLIP_SPOKEN: dict[str, str] = {name: name for name in CLIP_FILES}

_FIELD = re.compile(r"\{(number|window)\}")


class NoClipFor(ValueError):
    """The template has words with no recorded clip; the caller falls back to speech synthesis."""


def announcement_text(template: str, number: str, window_no: int) -> str:
    """``请 {number} 号 到 {window} 号窗口 办理`` → ``请 A001 号 到 3 号窗口 办理``."""
    return template.replace("{number}", number).replace("{window}", str(window_no))


def window_words(n: int) -> list[str]:
    """3 → [三], 10 → [十], 12 → [十, 二], 20 → [二, 十], 105 → [一, 百, 零, 五]."""
    if n < 0 or n > 999:
        return [DIGITS[int(c)] for c in str(abs(n))]
    if n < 10:
        return [DIGITS[n]]
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words: list[str] = []
    if hundreds:
        words += [DIGITS[hundreds], "百"]
        if tens == 0 and ones:
            return [*words, "零", DIGITS[ones]]
    if tens:
        if tens > 1 or hundreds:
            words.append(DIGITS[tens])
        words.append("十")
    if ones:
        words.append(DIGITS[ones])
    return words


def number_words(number: str) -> list[str]:
    """A001 → [A, 零, 零, 一]; anything else in a number (a dash, a space) is not spoken."""
    out: list[str] = []
    for ch in number.upper():
        if ch.isdigit():
            out.append(DIGITS[int(ch)])
        elif ch in string.ascii_uppercase:
            out.append(ch)
    return out


def _literal_clips(text: str) -> list[str]:
    # Longest match first, so "号窗口" is one clip and keeps its natural intonation.
    names = sorted(CLIP_FILES, key=len, reverse=True)
    text = re.sub(r"[\s，。,.!！]", "", text)
    out: list[str] = []
    i = 0
    while i < len(text):
        for name in names:
            if text.startswith(name, i):
                out.append(name)
                i += len(name)
                break
        else:
            raise NoClipFor(f"叫号模板中的“{text[i:]}”没有录音片段")
    return out


def clip_sequence(number: str, window_no: int, template: str = DEFAULT_TEMPLATE) -> list[str]:
    """The clip names that speak ``announcement_text(template, number, window_no)``."""
    out: list[str] = []
    pos = 0
    for m in _FIELD.finditer(template):
        out += _literal_clips(template[pos : m.start()])
        out += number_words(number) if m.group(1) == "number" else window_words(window_no)
        pos = m.end()
    out += _literal_clips(template[pos:])
    return out
