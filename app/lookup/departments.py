"""The order of department tiles on the public screen: the hall's configured order first
(setting ``lookup_departments``, codes or names separated by commas), the rest by the pinyin
of the name with the county's own prefix left out (青川县民政局 sorts under 民政), never by
internal code."""

from __future__ import annotations

from app.pinyin import pinyin_keys


def _plain_name(name: str) -> str:
    # 国家税务总局青川县税务局 → 税务局; 青川县民政局 → 民政局: the part a citizen reads.
    for cut in ("县", "区", "市"):
        head, sep, tail = name.rpartition(cut)
        if sep and tail and len(tail) >= 2:
            return tail
    return name


def ordered_departments(
    departments: list[tuple[str, str]], configured: str = ""
) -> list[tuple[str, str]]:
    """(code, name) pairs: configured ones first in the given order, then by pinyin."""
    wanted = [w.strip() for w in configured.replace("，", ",").split(",") if w.strip()]
    rank = {w: i for i, w in enumerate(wanted)}

    def key(d: tuple[str, str]) -> tuple[int, str, str]:
        code, name = d
        pos = min(rank.get(code, len(wanted)), rank.get(name, len(wanted)))
        return pos, pinyin_keys(_plain_name(name))[0], name

    return sorted(departments, key=key)
