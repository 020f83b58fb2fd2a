"""Stored due dates that rest on the calendar are recomputed when an arrangement is imported.

A capability that stores due dates (cases) registers ``fn(uow, calendar, years) -> int`` once
at import time of its module. Calendar import calls every registered fn inside its own unit of
work, with the calendar as it is after the import, and the notice years that changed; fn
recomputes what it keeps for those years, records each change through ``uow.record`` and
returns how many it changed. A failing fn rolls the whole import back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.workcalendar import WorkCalendar

__all__ = ["RecomputeFn", "register_recompute", "registered", "unregister_recompute"]

RecomputeFn = Callable[[Any, WorkCalendar, set[int]], int]

_REGISTRY: dict[str, tuple[str, RecomputeFn]] = {}


def _key(fn: RecomputeFn) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def register_recompute(fn: RecomputeFn, label: str = "") -> RecomputeFn:
    """Register ``fn`` (usable as a decorator); ``label`` names it in the import report
    (default: the function's docstring's first line, else its name). Registering the same
    function again replaces it."""
    doc = (getattr(fn, "__doc__", None) or "").strip().splitlines()
    name = label or (doc[0] if doc else getattr(fn, "__name__", "recompute"))
    _REGISTRY[_key(fn)] = (name, fn)
    return fn


def unregister_recompute(fn: RecomputeFn) -> None:
    _REGISTRY.pop(_key(fn), None)


def registered() -> list[tuple[str, RecomputeFn]]:
    return list(_REGISTRY.values())
