"""Running sync: one round (push, then pull, then push the pull's own audit entry), or rounds forever with backoff while the county is
unreachable. The hall never waits on it: the GUI runs it on a worker thread, the CLI in its
own process. Every round's outcome is written to the hall's sync state, where
``yichuang sync status`` and the status bar read it.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.errors import user_message
from app.store import safe_url
from app.sync import state
from app.sync.link import CountyUnreachable
from app.sync.push import DEFAULT_BATCH, Progress, Pusher, PushResult
from db.engine import Store

log = logging.getLogger(__name__)


@dataclass
class RoundResult:
    push: PushResult | None = None
    pull: Any = None
    error: str | None = None
    retry_in: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class SyncWorker:
    def __init__(
        self,
        hall: Store,
        county_url: str,
        *,
        hall_code: str = "",
        interval: float = 30.0,
        max_backoff: float = 300.0,
        batch_size: int = DEFAULT_BATCH,
        on_progress: Progress | None = None,
        pull: bool = True,
    ) -> None:
        self.hall = hall
        self.county_url = county_url
        self.hall_code = hall_code
        self.interval = interval
        self.max_backoff = max_backoff
        self.batch_size = batch_size
        self.on_progress = on_progress
        self.pull = pull
        self.failures = 0

    def run_once(self) -> RoundResult:
        """One round. Errors are recorded and raised (the CLI prints them)."""
        result = RoundResult()
        try:
            result.push = pushed = Pusher(self.hall, self.county_url, hall_code=self.hall_code,
                                          batch_size=self.batch_size,
                                          on_progress=self.on_progress).run()  # fmt: skip
            if self.pull:
                from app.sync.pull import pull

                result.pull = pull(self.hall, self.county_url, hall_code=self.hall_code)
                if result.pull.rows or result.pull.deleted:
                    # The pull's own audit entry ("sync.pull") is in the hall's chain and
                    # outbox now; carry it too, so a round leaves no backlog of its own.
                    self._push_more(pushed)
        except Exception as exc:
            message = user_message(exc) or f"同步出错：{exc.__class__.__name__}"
            state.record_error(self.hall, message)
            self.failures += 1
            raise
        state.record_error(self.hall, None)
        self.failures = 0
        return result

    def _push_more(self, so_far: PushResult) -> None:
        more = Pusher(self.hall, self.county_url, hall_code=self.hall_code,
                      batch_size=self.batch_size).run()  # fmt: skip
        so_far.batches += more.batches
        so_far.entries += more.entries
        so_far.rows += more.rows
        so_far.audit += more.audit
        so_far.skipped += more.skipped
        so_far.watermark = more.watermark

    def next_delay(self) -> float:
        """The interval when all is well; doubling (with jitter, so many halls coming back
        after a county outage do not all knock at once) while rounds fail."""
        if self.failures == 0:
            return self.interval
        base = min(self.max_backoff, self.interval * (2 ** min(self.failures - 1, 16)))
        return base * random.uniform(0.8, 1.0)

    def run_forever(
        self,
        stop: threading.Event,
        on_round: Callable[[RoundResult], None] | None = None,
    ) -> None:
        while not stop.is_set():
            try:
                outcome = self.run_once()
            except Exception as exc:
                message = user_message(exc)
                if message is None:
                    log.exception("sync round failed")
                    message = f"同步出错：{exc.__class__.__name__}"
                elif not isinstance(exc, CountyUnreachable):
                    log.warning("sync round refused: %s", message)
                outcome = RoundResult(error=message)
            outcome.retry_in = self.next_delay()
            if on_round:
                on_round(outcome)
            log.debug("next sync round in %.0f s (county %s)", outcome.retry_in,
                      safe_url(self.county_url))  # fmt: skip
            stop.wait(outcome.retry_in)
