"""Progress of a long export, for the dashboard's progress bar and the command line."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total, what): called after each step; ``what`` is a short Chinese label.
Progress = Callable[[int, int, str], None]


def quiet(done: int, total: int, what: str) -> None:
    """The default: report nothing."""
