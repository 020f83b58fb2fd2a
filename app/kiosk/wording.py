"""What the ticket says, on the screen and on the slip, in one place so they never disagree."""

from __future__ import annotations

# The one rule for a missed call, as the clerk's 过号补回 applies it (app.queue.rejoin).
MISSED_CALL = "过号请到叫号的窗口说明，由窗口为您补回"
WATCH = "请留意大厅显示屏和语音叫号"


def wait_text(ahead: int, minutes: int) -> str:
    """``前面还有 3 人 · 预计等候约 15 分钟``; nobody ahead never reads "约 0 分钟"."""
    if ahead <= 0:
        return "前面没有人等候，请留意叫号"
    if minutes <= 1:
        return f"前面还有 {ahead} 人 · 很快就到您"
    return f"前面还有 {ahead} 人 · 预计等候约 {minutes} 分钟"


def tile_wait_text(waiting: int, minutes: int) -> str:
    """On a line's tile: ``等候 6 人 · 约 9 分钟``, or ``现在无需等候``."""
    if waiting <= 0:
        return "现在无需等候"
    if minutes <= 1:
        return f"等候 {waiting} 人 · 很快"
    return f"等候 {waiting} 人 · 约 {minutes} 分钟"


def windows_text(windows: list[int]) -> str:
    """Where the ticket is served: ``请到 3、4、5 号窗口办理``."""
    if not windows:
        return "请留意叫号时所报的窗口"
    nos = "、".join(str(n) for n in sorted(windows))
    return f"请到 {nos} 号窗口办理（以叫号为准）"


def notice_lines(windows: list[int]) -> list[str]:
    return [windows_text(windows), WATCH, MISSED_CALL]
