"""Data for the supervisor's charts (the dashboard draws them with QtCharts, the PDF report with
reportlab graphics): plain numbers, no Qt. Each takes the same query as the KPI report and
covers the same tickets and cases (hall scope, dates)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from app.cases.views import RATING_LABELS
from app.reports.kpi import Computed, KpiQuery, compute
from app.settings import Settings
from db.engine import Store

# Upper bounds in minutes of the wait buckets (the last one is open-ended).
WAIT_BUCKETS = (5, 10, 15, 20, 30, 45, 60)
NOT_RATED = "未评价"
RATING_ORDER = (*RATING_LABELS.values(), NOT_RATED)  # 非常满意 … 非常不满意, 未评价
WEEKLY_AFTER_DAYS = 62  # longer ranges show the on-time trend per week


def _computed(store: Store, settings: Settings, q: KpiQuery | Computed,
              now: dt.datetime | None) -> Computed:  # fmt: skip
    return q if isinstance(q, Computed) else compute(store, settings, q, now=now)


def tickets_per_hour_by_weekday(store: Store, settings: Settings, q: KpiQuery | Computed, *,
                                now: dt.datetime | None = None) -> dict[int, list[int]]:  # fmt: skip
    """Weekday (0 Monday … 6 Sunday) → tickets issued in each local hour 0–23, summed over the
    period. Holidays and weekends the hall was closed simply add nothing."""
    c = _computed(store, settings, q, now)
    return {wd: [c.hours.get((wd, h), 0) for h in range(24)] for wd in range(7)}


def wait_buckets(waits: Counter[int]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    lo = 0
    for hi in WAIT_BUCKETS:
        out.append((f"{lo}–{hi}分钟", sum(v for k, v in waits.items() if lo < k <= hi
                                          or (lo == 0 and k == 0))))  # fmt: skip
        lo = hi
    out.append((f"{lo}分钟以上", sum(v for k, v in waits.items() if k > lo)))
    return out


def wait_distribution(store: Store, settings: Settings, q: KpiQuery | Computed, *,
                      now: dt.datetime | None = None) -> list[tuple[str, int]]:  # fmt: skip
    """(bucket label, tickets) of the wait from issue to first call; buckets include their upper
    bound (a wait of exactly 5 minutes is in 0–5)."""
    c = _computed(store, settings, q, now)
    waits: Counter[int] = Counter()
    for agg in c.tickets_by(c.query.by if c.query.by in c.queue.dims else None).values():
        waits.update(agg.waits)
    return wait_buckets(waits)


def on_time_trend(store: Store, settings: Settings, q: KpiQuery | Computed, *,
                  now: dt.datetime | None = None) -> list[tuple[dt.date, float | None]]:  # fmt: skip
    """On-time completion rate per day (per week, dated by its Monday, for ranges longer than
    62 days) of the cases concluded then; None where nothing was concluded (holidays too)."""
    c = _computed(store, settings, q, now)
    weekly = (c.query.end - c.query.start).days + 1 > WEEKLY_AFTER_DAYS
    def bucket(day: dt.date) -> dt.date:
        return day - dt.timedelta(days=day.weekday()) if weekly else day

    done: Counter[dt.date] = Counter()
    ok: Counter[dt.date] = Counter()
    for day, (n, on_time) in c.concluded_by_day().items():
        done[bucket(day)] += n
        ok[bucket(day)] += on_time
    out: list[tuple[dt.date, float | None]] = []
    day = bucket(c.query.start)
    step = dt.timedelta(days=7 if weekly else 1)
    while day <= c.query.end:
        out.append((day, ok[day] / done[day] if done[day] else None))
        day += step
    return out


def rating_counts(store: Store, settings: Settings, q: KpiQuery | Computed, *,
                  now: dt.datetime | None = None) -> dict[str, int]:  # fmt: skip
    """Ratings given in the period per level label (非常满意, 满意, 基本满意, 不满意,
    非常不满意) and 未评价, in that order."""
    c = _computed(store, settings, q, now)
    counts = dict.fromkeys(RATING_ORDER, 0)
    for level, n in c.rating_levels().items():
        counts[RATING_LABELS.get(level, NOT_RATED) if level else NOT_RATED] += n
    return counts
