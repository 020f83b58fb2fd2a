"""The statutory holidays of a year whose official arrangement has not been imported.

全国年节及纪念日放假办法 as amended in 2024 (in force 2025-01-01): 元旦 1 day, 春节 4 (除夕 to
正月初三), 清明节 1, 劳动节 2, 端午节 1, 中秋节 1, 国庆节 3. A holiday for all citizens that
falls on a Saturday or Sunday is made up on the following working day (art. 6, 补假).

The lunar dates, the solar term 清明 and the art. 6 make-up days come from the ``holidays``
package's China calendar (years 1950–2100, earlier versions of the rules for earlier years).
Only the statutory days and their 补假 are taken: the package also carries the State Council's
调休 for the years it knows ("Day off (substituted …)"); those are official data, which this
project imports from the notices, never guesses. What this module cannot know is the 调休 and
its make-up Saturdays (补班); that is why such a year is provisional until imported.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays

from app.workcalendar import DayKind

__all__ = ["FIRST_YEAR", "LAST_YEAR", "statutory_days", "supported"]

FIRST_YEAR: int = holidays.China.start_year
LAST_YEAR: int = holidays.China.end_year

_NAMES = {
    "New Year's Day": "元旦",
    "Chinese New Year's Eve": "春节",
    "Chinese New Year (Spring Festival)": "春节",
    "Tomb-Sweeping Day": "清明节",
    "Labor Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-Autumn Festival": "中秋节",
    "National Day": "国庆节",
}
_OBSERVED = " (observed)"


def supported(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


@lru_cache(maxsize=256)
def statutory_days(year: int) -> dict[date, tuple[DayKind, str]]:
    """{day: (HOLIDAY, Chinese name)} of the statutory holidays of ``year`` and their 补假.

    Empty for a year outside :data:`FIRST_YEAR`..:data:`LAST_YEAR`; callers check
    :func:`supported` first.
    """
    if not supported(year):
        return {}
    table = holidays.China(years=year, language="en_US", observed=True)
    out: dict[date, tuple[DayKind, str]] = {}
    for day, english in sorted(table.items()):
        for part in english.split("; "):  # the package joins two holidays on one day so
            observed = part.endswith(_OBSERVED)
            base = part.removesuffix(_OBSERVED)
            name = _NAMES.get(base)
            if name is None:  # official 调休 ("Day off (substituted from …)"): not ours
                continue
            out.setdefault(day, (DayKind.HOLIDAY, f"{name}（补假）" if observed else name))
    return out
