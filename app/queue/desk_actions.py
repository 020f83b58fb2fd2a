"""Which calling actions a window can take now, which one comes next, and what F1 means.

The clerk's panel enables its buttons and keys from this and nothing else, so a button never
looks active for an action the service would refuse."""

from __future__ import annotations

from dataclasses import dataclass

from app.queue.views import WindowStatus

ACTIONS = ("call", "recall", "skip", "transfer", "start", "finish", "pause", "rejoin")


@dataclass(frozen=True)
class DeskState:
    allowed: frozenset[str]
    next: str | None  # the action a clerk most likely takes next (highlighted)
    f1: str  # F1 calls the next number, or calls the current one again when not heard
    hint: str  # one line saying what the window is doing


def desk_state(w: WindowStatus) -> DeskState:
    t = w.current
    if t is None and w.paused:
        return DeskState(frozenset({"pause", "rejoin"}), "pause", "call",
                         f"{w.no} 号窗口已暂停服务，按 F6 恢复后才能叫号")  # fmt: skip
    if t is None:
        nxt = "call" if w.waiting else None
        hint = "可按 F1 叫下一位" if w.waiting else "当前没有等候的群众"
        return DeskState(frozenset({"call", "pause", "rejoin"}), nxt, "call", hint)
    if t.status == "called":
        return DeskState(
            frozenset({"call", "recall", "skip", "transfer", "start", "finish", "rejoin"}),
            "finish", "recall",
            f"已呼叫 {t.number}：群众未到可再按 F1（或 F2）重呼，仍未到按 F3 过号",
        )  # fmt: skip
    return DeskState(frozenset({"transfer", "finish", "rejoin"}), "finish", "call",
                     f"{t.number} 办理中：办完按 F5 办结，之后才能叫下一位或暂停")  # fmt: skip

