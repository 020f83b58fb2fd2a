"""The one-time rule (一次性告知, 行政许可法 art. 32(4)).

The first notice lists every missing or defective item. A later notice may repeat what is
still outstanding from it; anything new on it is a deficiency the first notice failed to name:
it goes out only with a supervisor's approval and is recorded as a breach against the staff
member who issued the first notice. Acceptance needs every item of the open notice resolved.
No notice within 5 working days of receipt: the application counts as accepted from the day
of receipt (see sweep.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.cases.views import Deficiency
from app.errors import Conflict, InvalidInput
from db.models import CaseNotice

DEFAULT_CONSEQUENCE = (
    "请于补正期限内一次性补齐上述材料；逾期未补正的，视为放弃本次申请，申请材料退回，"
    "您可重新提出申请。"
)

WINDOW_DAYS = 5  # art. 32: 当场或者在五日内一次告知


def _key(text: str) -> str:
    return "".join(text.split())


def check_items(items: Sequence[Deficiency]) -> None:
    if not items:
        raise InvalidInput("补正内容：请至少列出一项缺少或有误的材料")
    for d in items:
        if not d.material.strip():
            raise InvalidInput("补正内容：材料名称不能为空")
        if not d.problem.strip():
            raise InvalidInput(f"补正内容：请写明“{d.material}”缺少或有误的原因")


def new_items(first: CaseNotice | None, items: Sequence[Deficiency]) -> list[Deficiency]:
    """Items not on the first notice (none when there is no first notice)."""
    if first is None:
        return []
    named = {_key(i["material"]) for i in first.items}
    return [d for d in items if _key(d.material) not in named]


def unresolved(notice: CaseNotice) -> list[str]:
    return [i["material"] for i in notice.items if not i.get("resolved")]


def resolve(notice: CaseNotice, seqs: Sequence[int]) -> list[dict]:
    known = {i["seq"] for i in notice.items}
    unknown = [s for s in seqs if s not in known]
    if unknown:
        raise InvalidInput(f"告知单 {notice.notice_no} 中没有第 {unknown[0]} 项")
    if not notice.open:
        raise Conflict(f"告知单 {notice.notice_no} 已办结")
    items = [dict(i, resolved=i.get("resolved", False) or i["seq"] in seqs) for i in notice.items]
    return items
