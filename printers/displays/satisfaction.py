"""GB/T 39046 A.8 满意度 codes and the rating pad's keys (5 stars = 非常满意)."""

from __future__ import annotations

from printers.errors import DeviceError

SATISFACTION_LABELS: dict[int, str] = {
    1: "非常满意",
    2: "满意",
    3: "基本满意",
    4: "不满意",
    5: "非常不满意",
}


def satisfaction_code(key: int) -> int:
    """Pad key 5 (five stars) → code 1 非常满意 … key 1 → code 5 非常不满意."""
    if key not in range(1, 6):
        raise DeviceError(f"评价器按键 {key} 无效（应为 1–5）", code="bad_key")
    return 6 - key


def satisfaction_label(code: int) -> str:
    return SATISFACTION_LABELS[code]


def key_label(key: int) -> str:
    return SATISFACTION_LABELS[satisfaction_code(key)]
