"""Priority lanes (绿色通道) and the ID-number rules that grant them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import InvalidInput
from app.identity import age_on, mask_resident_id, parse_resident_id
from app.settings import Settings

PRIORITY_LABELS = {
    "elderly": "老年人",
    "disabled": "残疾人",
    "military": "军人",
    "pregnant": "孕妇",
    "appointment": "预约",
}


def enabled_kinds(settings: Settings) -> list[str]:
    return [k.strip() for k in settings.priority_kinds.split(",") if k.strip()]


@dataclass(frozen=True)
class Applicant:
    priority: str | None
    id_number_masked: str | None


def elderly_lane(settings: Settings, id_number: str, today: dt.date) -> bool:
    """The one elderly rule: the lane is enabled and the ID's holder is old enough today
    (``today`` is the hall's day, app.kiosk.hall_clock.hall_today)."""
    rid = parse_resident_id(id_number, today=today)
    return "elderly" in enabled_kinds(settings) and age_on(rid, today) >= settings.elderly_age


def resolve(
    settings: Settings, priority: str | None, id_number: str | None, today: dt.date
) -> Applicant:
    """The lane a ticket gets: the one asked for, else elderly when the ID says so."""
    kinds = enabled_kinds(settings)
    if priority and priority not in kinds:
        offered = "、".join(f"{PRIORITY_LABELS.get(k, k)}（{k}）" for k in kinds) or "无"
        label = PRIORITY_LABELS.get(priority, priority)
        raise InvalidInput(f"优先通道“{label}”未开通，可选：{offered}")
    masked = None
    if id_number:
        rid = parse_resident_id(id_number, today=today)
        masked = mask_resident_id(rid.number)
        if not priority and elderly_lane(settings, rid.number, today):
            priority = "elderly"
    return Applicant(priority or None, masked)
