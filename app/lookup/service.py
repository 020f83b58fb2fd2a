"""LookupService: the one API of the public touchscreen's case pages. Every call is short, and
none keeps a Session; the pages run them off the GUI thread."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from app.cases import rating
from app.cases.clock import CaseCalendar
from app.cases.service import CaseService
from app.cases.views import RatingView
from app.journal import Actor
from app.lookup import disclosure, gate, scan
from app.lookup.progress import case_progress
from app.lookup.views import CaseProgress, DisclosureList, ScannedCode
from app.queue.numbering import local_day
from app.settings import Settings

# The touchscreen rates as the applicant, through the "lookup" channel (查询触摸屏).
CALENDAR_MAX_AGE = 10.0
SCREEN = Actor(name="lookup:screen", roles=frozenset({"kiosk"}), display_name="查询触摸屏")


class LookupService:
    def __init__(self, store: Any, settings: Settings, *, hall_code: str | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:  # fmt: skip
        self.store, self.settings = store, settings
        self.cases = CaseService(store, settings, hall_code=hall_code, clock=clock)
        self._cal: tuple[float, CaseCalendar] | None = None

    def _now(self) -> dt.datetime:
        return self.cases.clock()

    def _calendar(self) -> CaseCalendar:
        """Loaded before the read and kept a few seconds (an import changes it rarely)."""
        now = time.monotonic()
        if self._cal is None or now - self._cal[0] > CALENDAR_MAX_AGE:
            self._cal = (now, CaseCalendar.load(self.store))
        return self._cal[1]

    @staticmethod
    def read_scan(text: str) -> ScannedCode:
        return scan.parse_scan(text)

    def progress(self, number: str, password: str) -> CaseProgress:
        """The case behind a case or query number, with its query password (throttled)."""
        now = self._now()
        opened = gate.open_case(self.store, self.settings, number, password, now,
                                hall_code=self.cases.hall_code)  # fmt: skip
        cal = self._calendar()
        with self.store.read() as s:
            return case_progress(s, opened.case_id, cal, local_day(now), self.settings)

    def disclosed(self, page: int = 0) -> DisclosureList:
        """One page of 办结公示. A wrong ``disclosure_rules`` setting is reported here, and
        stops nothing else on the screen."""
        rules = disclosure.parse_rules(self.settings.disclosure_rules)
        today = local_day(self._now())
        with self.store.read() as s:
            return disclosure.concluded_page(s, self.cases.hall_id, rules, today, page)

    def rate(self, number: str, password: str, level: int, reason: str = "") -> RatingView:
        """一事一评 from the screen: the query password first, then CaseService.rate on the
        "lookup" channel (one rating per case there; 4 or 5 opens a follow-up)."""
        rating.check_level(level)
        opened = gate.open_case(self.store, self.settings, number, password, self._now(),
                                hall_code=self.cases.hall_code)  # fmt: skip
        return self.cases.rate(SCREEN, opened.case_no, level, channel="lookup",
                               text=reason.strip() if level >= 4 else "")  # fmt: skip
