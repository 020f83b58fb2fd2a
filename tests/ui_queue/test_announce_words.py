"""What the hall says: the announcement text and the clips that speak it."""

from __future__ import annotations

import pytest

from app.announce import (
    CLIP_FILES,
    DEFAULT_TEMPLATE,
    NoClipFor,
    announcement_text,
    clip_sequence,
    window_words,
)
from app.announce_audio import default_clip_dir, missing_clips


def test_default_announcement_text() -> None:
    assert announcement_text(DEFAULT_TEMPLATE, "A001", 3) == "请 A001 号 到 3 号窗口 办理"


def test_ticket_digits_one_by_one_and_window_as_a_number() -> None:
    assert clip_sequence("A001", 3) == [
        "请",
        "A",
        "零",
        "零",
        "一",
        "号",
        "到",
        "三",
        "号窗口",
        "办理",
    ]
    assert clip_sequence("B120", 12)[1:5] == ["B", "一", "二", "零"]


@pytest.mark.parametrize(
    ("n", "words"),
    [(3, ["三"]), (10, ["十"]), (12, ["十", "二"]), (20, ["二", "十"]), (35, ["三", "十", "五"]),
     (105, ["一", "百", "零", "五"]), (110, ["一", "百", "一", "十"])],
)  # fmt: skip
def test_window_numbers_read_naturally(n: int, words: list[str]) -> None:
    assert window_words(n) == words


def test_a_custom_template_is_followed_by_the_clips() -> None:
    seq = clip_sequence("C007", 20, "请{number}号前往{window}号窗口")
    assert seq == ["请", "C", "零", "零", "七", "号", "前往", "二", "十", "号窗口"]


def test_template_words_without_clips_are_reported() -> None:
    with pytest.raises(NoClipFor):
        clip_sequence("A001", 3, "请 {number} 号 到 {window} 号窗口 办理业务，谢谢")


def test_the_shipped_clip_set_is_complete() -> None:
    assert missing_clips(default_clip_dir(), list(CLIP_FILES)) == []
